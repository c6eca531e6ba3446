import Crypto
public import Foundation

/// Checks an episode file against its signed provenance manifest: the manifest parses, the
/// signature is valid for the public key it names (and that key is the project's, when the
/// project is known), and the file's SHA-256 and size are the ones signed.
public enum ProvenanceVerifier {
    /// `provenance.json` next to `video`.
    public static func manifestURL(for video: URL) -> URL {
        video.deletingLastPathComponent().appendingPathComponent("provenance.json")
    }

    /// Writes a signed manifest as `provenance.json` next to its video, atomically.
    /// - Throws: `GovernanceError` `.storeFailed`.
    package static func write(_ signed: SignedManifest, nextTo video: URL) throws(GovernanceError) {
        var data = try SignedManifest.canonicalBytes(signed)
        data.append(UInt8(ascii: "\n"))
        try AtomicWrite.write(data, to: manifestURL(for: video))
    }

    /// Verifies `video` against `manifest` (default: `provenance.json` beside it). With
    /// `projectRoot`, the signer must be that project's key.
    /// - Returns: the verified manifest.
    /// - Throws: `GovernanceError` `.provenanceInvalid` saying exactly what failed,
    ///   `.storeFailed` when a file cannot be read.
    @discardableResult
    package static func verify(video: URL, manifest: URL? = nil, projectRoot: URL? = nil) throws(GovernanceError) -> ProvenanceManifest {
        let manifestURL = manifest ?? manifestURL(for: video)
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw GovernanceError(
                code: .provenanceInvalid,
                message: "\(video.lastPathComponent) has no provenance manifest (\(manifestURL.path) is missing). Render it with cliff render, which signs it.")
        }
        let data: Data
        do {
            data = try Data(contentsOf: manifestURL)
        } catch {
            throw GovernanceError(code: .storeFailed, message: "cannot read \(manifestURL.path): \(error.localizedDescription).")
        }
        let signed: SignedManifest
        do {
            signed = try JSONDecoder().decode(SignedManifest.self, from: data)
        } catch {
            throw GovernanceError(code: .provenanceInvalid, message: "\(manifestURL.lastPathComponent) is not a valid provenance manifest (\(error)); it was damaged or edited. Render the episode again to re-sign it.")
        }
        guard let keyData = Data(base64Encoded: signed.manifest.publicKey),
            let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: keyData)
        else {
            throw GovernanceError(code: .provenanceInvalid, message: "\(manifestURL.lastPathComponent): the public key is malformed.")
        }
        let signedBytes = try SignedManifest.canonicalBytes(signed.manifest)
        guard let signature = Data(base64Encoded: signed.signature),
            publicKey.isValidSignature(signature, for: signedBytes)
        else {
            throw GovernanceError(
                code: .provenanceInvalid,
                message: "\(manifestURL.lastPathComponent): the signature does not match the manifest: the manifest was changed after it was signed.")
        }
        if let projectRoot, let projectKey = try ProjectSigningKey.load(projectRoot: projectRoot),
            projectKey.publicKeyBase64 != signed.manifest.publicKey
        {
            throw GovernanceError(
                code: .provenanceInvalid,
                message: "\(manifestURL.lastPathComponent) is signed by a key that is not this project's (.cliff/provenance.key): it was re-signed elsewhere.")
        }
        let (digest, size) = try ProvenanceBuilder.fileDigest(video)
        guard digest == signed.manifest.fileSHA256, size == signed.manifest.fileSize else {
            throw GovernanceError(
                code: .provenanceInvalid,
                message: "\(video.lastPathComponent) does not match its manifest: SHA-256 \(digest.prefix(16))… (\(size) bytes), signed \(signed.manifest.fileSHA256.prefix(16))… (\(signed.manifest.fileSize) bytes). The video was changed after it was rendered.")
        }
        return signed.manifest
    }
}
