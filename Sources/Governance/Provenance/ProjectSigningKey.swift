import Crypto
public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The project's Ed25519 signing key, `.cliff/provenance.key` (mode 0600), created on first use.
public struct ProjectSigningKey: Sendable {
    private let key: Curve25519.Signing.PrivateKey

    /// The private key as PKCS #8 PEM, for tools that sign with it (C2PA embedding).
    var pkcs8PEM: String {
        let der = Data([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]) + key.rawRepresentation
        return "-----BEGIN PRIVATE KEY-----\n\(der.base64EncodedString(options: [.lineLength64Characters]))\n-----END PRIVATE KEY-----\n"
    }

    /// The public key, base64 of the raw 32 bytes.
    public var publicKeyBase64: String { key.publicKey.rawRepresentation.base64EncodedString() }

    /// `.cliff/provenance.key` under `projectRoot`.
    public static func fileURL(projectRoot: URL) -> URL { projectRoot.appendingPathComponent(".cliff/provenance.key") }

    /// Loads the project's key, creating it (mode 0600) when there is none.
    /// - Throws: `GovernanceError` `.storeFailed` when it cannot be read or created, or when the
    ///   file is readable by others.
    public static func loadOrCreate(projectRoot: URL) throws(GovernanceError) -> ProjectSigningKey {
        if let existing = try load(projectRoot: projectRoot) { return existing }
        let url = fileURL(projectRoot: projectRoot)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw GovernanceError(code: .storeFailed, message: "cannot create \(url.deletingLastPathComponent().path): \(error.localizedDescription).")
        }
        let key = Curve25519.Signing.PrivateKey()
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0, errno == EEXIST, let raced = try load(projectRoot: projectRoot) { return raced }
        guard fd >= 0 else {
            throw GovernanceError(code: .storeFailed, message: "cannot create the signing key \(url.path): \(String(cString: strerror(errno))).")
        }
        let text = Array((key.rawRepresentation.base64EncodedString() + "\n").utf8)
        let written = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fsync(fd)
        close(fd)
        guard written == text.count else {
            unlink(url.path)
            throw GovernanceError(code: .storeFailed, message: "cannot write the signing key \(url.path).")
        }
        return ProjectSigningKey(key: key)
    }

    /// Loads the project's key, or nil when there is none yet.
    /// - Throws: `GovernanceError` `.storeFailed` for an unreadable, malformed or world-readable key.
    public static func load(projectRoot: URL) throws(GovernanceError) -> ProjectSigningKey? {
        let url = fileURL(projectRoot: projectRoot)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        var info = stat()
        if stat(url.path, &info) == 0, info.st_mode & 0o077 != 0 {
            throw GovernanceError(code: .storeFailed, message: "the signing key \(url.path) is readable by others; run chmod 600 on it.")
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: data)
        else {
            throw GovernanceError(code: .storeFailed, message: "the signing key \(url.path) is malformed; restore it from a backup (manifests signed with it verify only against it).")
        }
        return ProjectSigningKey(key: key)
    }

    /// Signs `manifest` (setting its public key to this key's) and returns the signed form.
    /// - Throws: `GovernanceError` `.provenanceInvalid` if signing fails.
    package func sign(_ manifest: ProvenanceManifest) throws(GovernanceError) -> SignedManifest {
        var manifest = manifest
        manifest.publicKey = publicKeyBase64
        let bytes = try SignedManifest.canonicalBytes(manifest)
        do {
            let signature = try key.signature(for: bytes)
            return SignedManifest(manifest: manifest, signature: signature.base64EncodedString())
        } catch {
            throw GovernanceError(code: .provenanceInvalid, message: "cannot sign the provenance manifest: \(error).")
        }
    }
}
