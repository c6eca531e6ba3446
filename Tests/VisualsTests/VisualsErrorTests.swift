import Testing

@testable import Visuals

@Suite struct VisualsErrorTests {
    @Test func messageIsTheDescription() {
        let error = VisualsError(code: .drawingFailed, message: "cairo refused a 0×0 surface")
        #expect(error.description == "cairo refused a 0×0 surface")
    }
}
