import Studio

extension StudioError {
    /// The HTTP status this error answers with (the one place that maps studio errors to HTTP).
    package var status: Int {
        switch code {
        case .invalidInput: 400
        case .unauthenticated: 401
        case .forbidden: 403
        case .notFound: 404
        case .conflict: 409
        case .tooLarge: 413
        case .rateLimited: 429
        case .unavailable: 503
        default: 500
        }
    }
}
