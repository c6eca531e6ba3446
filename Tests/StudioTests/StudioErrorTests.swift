import Studio
import StudioServer
import Testing

@Suite struct StudioErrorTests {
    @Test func mapsEveryCodeToItsStatus() {
        let cases: [(StudioError.Code, Int)] = [
            (.invalidInput, 400), (.unauthenticated, 401), (.forbidden, 403), (.notFound, 404), (.conflict, 409),
            (.tooLarge, 413), (.rateLimited, 429), (.storeFailed, 500), (.unavailable, 503),
        ]
        for (code, status) in cases {
            #expect(StudioError(code: code, message: "x").status == status, "\(code)")
        }
        #expect(StudioError(code: .invalidInput, message: "must be a number", field: "events[0].position").description
            == "events[0].position: must be a number")
    }
}
