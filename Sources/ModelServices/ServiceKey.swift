import Crypto
import Foundation

/// A service's key, read from the environment variable `cliff.yaml` names. It is sent only
/// in the `Authorization` header: never printed, logged, hashed into cache keys or written.
struct ServiceKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The key itself.
    let value: String

    var description: String { "[redacted]" }

    /// The `Authorization` header value: `Bearer <key>`; for Kling, a key written
    /// `ACCESS_KEY:SECRET_KEY` becomes a JWT (HS256, `iss` the access key, valid 30 minutes)
    /// as Kling's own API asks.
    func authorization(for kind: ServiceSettings.Kind, now: Date = Date()) -> String {
        guard kind == .klingVideo, let colon = value.firstIndex(of: ":") else { return "Bearer \(value)" }
        let access = String(value[..<colon])
        let secret = String(value[value.index(after: colon)...])
        func base64URL(_ data: Data) -> String {
            data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }
        let seconds = Int(now.timeIntervalSince1970)
        let header = base64URL(Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let claims = (try? JSONSerialization.data(withJSONObject: ["iss": access, "exp": seconds + 1800, "nbf": seconds - 5], options: [.sortedKeys])) ?? Data()
        let signingInput = header + "." + base64URL(claims)
        let signature = HMAC<SHA256>.authenticationCode(for: Data(signingInput.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "Bearer " + signingInput + "." + base64URL(Data(signature))
    }
    var debugDescription: String { "[redacted]" }

    /// The key in `environment[name]`.
    /// - Throws: `.missingKey` naming the variable (never a value) and how to set it.
    static func load(_ name: String?, role: String, environment: [String: String]) throws(ModelServicesError) -> ServiceKey? {
        guard let name else { return nil }
        guard let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            throw ModelServicesError(
                code: .missingKey,
                message: "the \(role) service's key is not set: cliff.yaml names the environment variable \(name), which is empty; run `export \(name)=…` before cliff, or remove api_key_env for a service without keys")
        }
        return ServiceKey(value: value)
    }
}
