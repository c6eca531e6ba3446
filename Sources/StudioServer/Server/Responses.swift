import Studio
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Builders for the studio's responses.
enum Responses {
    /// Runs the work of a public route (the viewer channel). A failure other than "not found"
    /// is logged with its details, and the viewer — who may not be logged in — sees only that
    /// the series is unavailable: a project's load error quotes its files.
    static func publicly<T>(_ context: StudioContext, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StudioError where error.code == .notFound || error.code == .rateLimited || error.code == .tooLarge {
            throw error
        } catch {
            context.logger.error("public request failed", metadata: ["error": "\(error)"])
            throw StudioError(code: .unavailable, message: "this series cannot be shown right now; the studio's log says why")
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    /// A JSON response.
    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The JSON error body every failed API request gets: `{"error": {"code", "message", "field"}}`.
    static func error(_ error: StudioError) -> Response {
        struct Body: Encodable {
            struct Inner: Encodable {
                var code: String
                var message: String
                var field: String?
            }
            var error: Inner
        }
        return json(
            Body(error: .init(code: error.code.description, message: error.message, field: error.field)),
            status: HTTPResponse.Status(code: error.status))
    }

    /// An HTML page.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Plain text or another type.
    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A redirect (303 See Other).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// Turns every failure into a proper answer: JSON `{"error": …}` for the API, a small HTML
/// page in the studio's layout elsewhere; never a bare 500 for bad input.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = StudioContext
    /// To show the logged-in user on error pages.
    let accounts: Accounts

    func handle(_ request: Request, context: StudioContext, next: (Request, StudioContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as StudioError {
            return await answer(error, request)
        } catch let error as any HTTPResponseError {
            let status = error.status
            let code: StudioError.Code = switch status.code {
            case 401: .unauthenticated
            case 403: .forbidden
            case 404: .notFound
            case 413: .tooLarge
            case 429: .rateLimited
            case 400..<500: .invalidInput
            default: .storeFailed
            }
            var studioError = StudioError(code: code, message: status.code == 404 ? "no such page or endpoint: \(request.uri.path)" : status.code == 413 ? "the request body is too large" : "\(status.reasonPhrase)")
            if status.code == 405 { studioError = StudioError(code: .invalidInput, message: "\(request.method.rawValue) is not allowed on \(request.uri.path)") }
            var response = await answer(studioError, request)
            if status.code == 405 || status.code == 416 { response.status = status }
            return response
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return await answer(StudioError(code: .storeFailed, message: "the studio failed on this request; the server log has the details"), request)
        }
    }

    private func answer(_ error: StudioError, _ request: Request) async -> Response {
        if request.uri.path.hasPrefix("/api/") || request.uri.path.hasPrefix("/media/") || request.uri.path.hasPrefix("/watch/media/") {
            return Responses.error(error)
        }
        if error.code == .unauthenticated {
            return Responses.redirect("/login?next=" + (request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
        }
        // The page keeps the layout of the logged-in user: their name, the navigation, Log out.
        var user: StudioUser?
        if let token = request.cookies[AuthenticationMiddleware.cookie]?.value { user = try? await accounts.user(forSession: token) }
        return Responses.html(Pages.errorPage(status: error.status, message: error.message, user: user), status: HTTPResponse.Status(code: error.status))
    }
}

/// Reads the session cookie (browsers) or HTTP Basic credentials (scripts) and sets the user.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = StudioContext
    let accounts: Accounts
    let loginGuard: LoginGuard

    func handle(_ request: Request, context: StudioContext, next: (Request, StudioContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookie]?.value {
            context.user = try await accounts.user(forSession: token)
        } else if let header = request.headers[.authorization], header.lowercased().hasPrefix("basic "),
                  let decoded = Data(base64Encoded: String(header.dropFirst(6))).map({ String(decoding: $0, as: UTF8.self) }),
                  let colon = decoded.firstIndex(of: ":") {
            context.user = try await loginGuard.verify(
                name: String(decoded[..<colon]), password: String(decoded[decoded.index(after: colon)...]), client: context.client)
        }
        return try await next(request, context)
    }

    static let cookie = "cliff_session"
}

extension Request {
    /// The body, at most `limit` bytes.
    /// - Throws: `StudioError` `tooLarge`.
    func data(upTo limit: Int) async throws -> Data {
        var collected = ByteBuffer()
        let body = self.body
        for try await var chunk in body {
            guard collected.readableBytes + chunk.readableBytes <= limit else {
                throw StudioError(code: .tooLarge, message: "the request body is larger than \(limit / 1024) KB", field: "body")
            }
            collected.writeBuffer(&chunk)
        }
        _ = body
        return Data(collected.readableBytesView)
    }

    /// The body decoded as JSON of type `T`, at most `limit` bytes, with a precise message
    /// naming the field at fault.
    func decode<T: Decodable>(_ type: T.Type, limit: Int = 64 * 1024) async throws -> T {
        let data = try await data(upTo: limit)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw StudioError(code: .invalidInput, message: "is missing", field: Self.path(context.codingPath + [key]))
        } catch let DecodingError.typeMismatch(expected, context) {
            throw StudioError(code: .invalidInput, message: "must be \(Self.name(of: expected))", field: Self.path(context.codingPath))
        } catch let DecodingError.valueNotFound(expected, context) {
            throw StudioError(code: .invalidInput, message: "must be \(Self.name(of: expected)), not null", field: Self.path(context.codingPath))
        } catch let DecodingError.dataCorrupted(context) {
            throw StudioError(code: .invalidInput, message: context.codingPath.isEmpty ? "the body is not valid JSON" : context.debugDescription, field: context.codingPath.isEmpty ? "body" : Self.path(context.codingPath))
        } catch {
            throw StudioError(code: .invalidInput, message: "the body does not decode: \(error)", field: "body")
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue { out += "[\(index)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return out.isEmpty ? "body" : out
    }

    static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
