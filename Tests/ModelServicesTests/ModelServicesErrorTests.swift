import ModelServices
import Testing

@Suite("ModelServicesError")
struct ModelServicesErrorTests {
    @Test("codes compare by kind and print their names")
    func codes() {
        let error = ModelServicesError(code: .rateLimited, message: "writer: 429 after 5 tries")
        #expect(error.code == .rateLimited && error.code != .serverError)
        #expect("\(error.code)" == "rateLimited")
        #expect(error.description == "writer: 429 after 5 tries")
    }
}
