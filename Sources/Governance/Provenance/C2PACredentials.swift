import Foundation
import Subprocess
import SystemPackage

/// The certificate chain C2PA manifests are signed under, in `.cliff/c2pa/`: the project's
/// Ed25519 key (`signer.key`, PKCS #8, mode 0600) certified by a local CA made once with openssl
/// (`ca.key`, `ca.pem`), and `chain.pem` (signer certificate, then CA). C2PA requires a
/// certificate that is not self-signed, with the digital-signature key usage and an extended
/// key usage it accepts (e-mail protection here).
struct C2PACredentials: Sendable {
    let chain: URL
    let key: URL

    static func loadOrCreate(projectRoot: URL) async throws(GovernanceError) -> C2PACredentials {
        let folder = projectRoot.appendingPathComponent(".cliff/c2pa")
        let credentials = C2PACredentials(chain: folder.appendingPathComponent("chain.pem"), key: folder.appendingPathComponent("signer.key"))
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: credentials.chain.path), fileManager.fileExists(atPath: credentials.key.path) { return credentials }
        let signing = try ProjectSigningKey.loadOrCreate(projectRoot: projectRoot)
        let scratch = projectRoot.appendingPathComponent(".cliff/c2pa-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: scratch) }
        do {
            try fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)
            try Data(signing.pkcs8PEM.utf8).write(to: scratch.appendingPathComponent("signer.key"))
            try fileManager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: scratch.appendingPathComponent("signer.key").path)
            try Data(caConfig.utf8).write(to: scratch.appendingPathComponent("ca.cnf"))
            try Data(signerExtensions.utf8).write(to: scratch.appendingPathComponent("signer.cnf"))
        } catch {
            throw GovernanceError(code: .storeFailed, message: "cannot prepare C2PA credentials in \(scratch.path): \(error.localizedDescription)")
        }
        let openssl = try locateOpenSSL()
        try await run(openssl, ["genpkey", "-algorithm", "ed25519", "-out", "ca.key"], in: scratch)
        try await run(openssl, ["req", "-x509", "-new", "-key", "ca.key", "-config", "ca.cnf", "-extensions", "v3_ca", "-days", "3650", "-out", "ca.pem"], in: scratch)
        try await run(openssl, ["req", "-new", "-key", "signer.key", "-subj", "/CN=Cliffhanger project signer/O=Cliffhanger", "-out", "signer.csr"], in: scratch)
        try await run(openssl, [
            "x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "1825",
            "-extfile", "signer.cnf", "-out", "signer.pem",
        ], in: scratch)
        do {
            let chain = try Data(contentsOf: scratch.appendingPathComponent("signer.pem")) + Data(contentsOf: scratch.appendingPathComponent("ca.pem"))
            try chain.write(to: scratch.appendingPathComponent("chain.pem"))
            for name in ["signer.csr", "ca.cnf", "signer.cnf", "ca.srl"] { try? fileManager.removeItem(at: scratch.appendingPathComponent(name)) }
            try? fileManager.removeItem(at: folder)
            try fileManager.moveItem(at: scratch, to: folder)
        } catch {
            if fileManager.fileExists(atPath: credentials.chain.path) { return credentials }
            throw GovernanceError(code: .storeFailed, message: "cannot store C2PA credentials in \(folder.path): \(error.localizedDescription)")
        }
        return credentials
    }

    private static func locateOpenSSL() throws(GovernanceError) -> String {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let path = folders.map({ "\($0)/openssl" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw GovernanceError(code: .toolMissing, message: "openssl is needed to make the C2PA signing certificate: apt-get install openssl")
        }
        return path
    }

    private static func run(_ openssl: String, _ arguments: [String], in folder: URL) async throws(GovernanceError) {
        do {
            let result = try await Subprocess.run(
                .path(FilePath(openssl)), arguments: Arguments(arguments), workingDirectory: FilePath(folder.path),
                output: .discarded, error: .string(limit: 1 << 16))
            guard case .exited(0) = result.terminationStatus else {
                throw GovernanceError(code: .storeFailed, message: "openssl \(arguments.first ?? "") failed: \(result.standardError)")
            }
        } catch let error as GovernanceError {
            throw error
        } catch {
            throw GovernanceError(code: .toolMissing, message: "cannot run openssl: \(error)")
        }
    }

    static let caConfig = """
        [req]
        distinguished_name = dn
        prompt = no
        [dn]
        CN = Cliffhanger local C2PA CA (untrusted)
        O = Cliffhanger
        [v3_ca]
        basicConstraints = critical,CA:TRUE
        keyUsage = critical,keyCertSign,cRLSign
        subjectKeyIdentifier = hash

        """

    static let signerExtensions = """
        basicConstraints = critical,CA:FALSE
        keyUsage = critical,digitalSignature
        extendedKeyUsage = emailProtection
        subjectKeyIdentifier = hash
        authorityKeyIdentifier = keyid,issuer

        """
}
