import Crypto
public import Foundation
import Subprocess
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Embeds a C2PA manifest (Content Credentials) into a rendered episode: the optional last step
/// that touches the video, run when `c2patool` is on `PATH` or the PyPI `c2pa-python` package is
/// importable by `python3`. The signed provenance sidecar is written after it, over the final
/// bytes, so `cliff verify` checks the file as published.
///
/// The manifest says the video was created by a trained algorithm (IPTC digital source type
/// `trainedAlgorithmicMedia`) and carries the AIGC metadata as an `org.cliffhanger.aigc`
/// assertion. It is signed with the project's Ed25519 key under a certificate from a local,
/// untrusted CA that is created once in `.cliff/c2pa/` (readers therefore report
/// `signingCredential.untrusted`; a studio with a certificate from a C2PA-trusted CA puts its
/// `chain.pem` there instead).
///
/// ```swift
/// if let embedder = await C2PAEmbedder.locate() {
///     try await embedder.embed(video, projectRoot: root, title: "ep001", aigc: ["Label": "1"])
/// }
/// ```
public struct C2PAEmbedder: Sendable {
    /// The program that does the embedding.
    package enum Tool: Sendable, Hashable, CustomStringConvertible {
        /// The `c2patool` command, at this path.
        case c2patool(String)
        /// `python3` (this path) with the `c2pa` module of `c2pa-python`.
        case python(String)

        package var description: String {
            switch self {
            case .c2patool(let path): "c2patool (\(path))"
            case .python(let path): "c2pa-python (\(path))"
            }
        }
    }

    /// What a C2PA reader says about a file.
    public struct Report: Sendable, Hashable {
        /// `Valid`, `Trusted` or `Invalid`, as the C2PA SDK reports it.
        public var validationState: String
        /// The validation status codes (`signingCredential.untrusted`, …).
        public var statusCodes: [String]
        /// Labels of the active manifest's assertions.
        public var assertions: [String]
        /// The digital source type the actions assertion declares, if any.
        public var digitalSourceType: String?
    }

    /// The command that installs the optional tool.
    public static let installHint = "pip install c2pa-python (or put c2patool on PATH)"
    /// The ISO BMFF `uuid` box type C2PA manifests live in.
    static let manifestBoxUUID: [UInt8] = [0xd8, 0xfe, 0xc3, 0xd6, 0x1b, 0x0e, 0x48, 0x3c, 0x92, 0x97, 0x58, 0x28, 0x87, 0x7e, 0xc4, 0x81]
    /// IPTC's term for media a trained model made.
    public static let trainedAlgorithmicMedia = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"

    /// The tool in use.
    package let tool: Tool

    /// An embedder using `tool`.
    package init(tool: Tool) { self.tool = tool }

    /// Finds `c2patool` on `PATH`, else `python3` with the `c2pa` module; nil when neither.
    public static func locate(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) async -> C2PAEmbedder? {
        let folders = (searchPath ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        func find(_ name: String) -> String? {
            folders.lazy.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let tool = find("c2patool") { return C2PAEmbedder(tool: .c2patool(tool)) }
        guard let python = find("python3") else { return nil }
        let probe = try? await Subprocess.run(
            .path(FilePath(python)), arguments: ["-c", "import c2pa"], output: .discarded, error: .discarded)
        guard case .exited(0) = probe?.terminationStatus else { return nil }
        return C2PAEmbedder(tool: .python(python))
    }

    /// Whether `video` already holds a C2PA manifest (a top-level `uuid` box of C2PA's type).
    public static func hasManifest(_ video: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: video) else { return false }
        defer { try? handle.close() }
        var offset: UInt64 = 0
        let size = (try? handle.seekToEnd()) ?? 0
        while offset + 8 <= size {
            guard (try? handle.seek(toOffset: offset)) != nil, let header = try? handle.read(upToCount: 32), header.count >= 8 else { return false }
            let bytes = [UInt8](header)
            var length = UInt64(bytes[0]) << 24 | UInt64(bytes[1]) << 16 | UInt64(bytes[2]) << 8 | UInt64(bytes[3])
            let type = String(decoding: bytes[4..<8], as: UTF8.self)
            var headerLength: UInt64 = 8
            if length == 1, bytes.count >= 16 {
                length = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
                headerLength = 16
            } else if length == 0 {
                length = size - offset
            }
            if type == "uuid", bytes.count >= Int(headerLength) + 16, Array(bytes[Int(headerLength)..<Int(headerLength) + 16]) == manifestBoxUUID {
                return true
            }
            guard length >= 8 else { return false }
            offset += length
        }
        return false
    }

    /// Embeds a manifest into `video` in place (written beside it, then renamed over it), unless
    /// it already has one. Returns whether it embedded.
    /// - Throws: `GovernanceError` `.toolMissing` (openssl), `.storeFailed` (the tool failed).
    @discardableResult
    public func embed(_ video: URL, projectRoot: URL, title: String, aigc: [String: String]) async throws(GovernanceError) -> Bool {
        if Self.hasManifest(video) { return false }
        let credentials = try await C2PACredentials.loadOrCreate(projectRoot: projectRoot)
        let manifest: [String: Any] = [
            "claim_generator_info": [["name": "Cliffhanger", "version": "1"]],
            "title": title,
            "format": "video/mp4",
            "assertions": [
                ["label": "c2pa.actions", "data": ["actions": [["action": "c2pa.created", "digitalSourceType": Self.trainedAlgorithmicMedia]]]],
                ["label": "org.cliffhanger.aigc", "data": aigc],
            ],
        ]
        let temporary = video.deletingLastPathComponent().appendingPathComponent(".\(video.lastPathComponent).c2pa-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: temporary) }
        switch tool {
        case .python(let python):
            let json = String(decoding: (try? JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
            _ = try await run(python, ["-", "embed", video.path, temporary.path, credentials.chain.path, credentials.key.path, json], script: Self.pythonScript)
        case .c2patool(let c2patool):
            var definition = manifest
            definition["alg"] = "ed25519"
            definition["sign_cert"] = credentials.chain.path
            definition["private_key"] = credentials.key.path
            let file = temporary.appendingPathExtension("json")
            defer { try? FileManager.default.removeItem(at: file) }
            do {
                try JSONSerialization.data(withJSONObject: definition, options: [.sortedKeys]).write(to: file)
            } catch {
                throw GovernanceError(code: .storeFailed, message: "cannot write the C2PA manifest definition \(file.path): \(error.localizedDescription)")
            }
            _ = try await run(c2patool, [video.path, "-m", file.path, "-o", temporary.path, "-f"], script: nil)
        }
        guard Self.hasManifest(temporary) else {
            throw GovernanceError(code: .storeFailed, message: "\(tool) wrote \(temporary.lastPathComponent) without a C2PA manifest; \(video.lastPathComponent) is unchanged")
        }
        guard rename(temporary.path, video.path) == 0 else {
            throw GovernanceError(code: .storeFailed, message: "cannot replace \(video.path) with its C2PA-signed copy: \(String(cString: strerror(errno)))")
        }
        return true
    }

    /// Reads and validates the C2PA manifest of `video`.
    /// - Throws: `GovernanceError` `.provenanceInvalid` when there is none or it does not parse.
    public func read(_ video: URL) async throws(GovernanceError) -> Report {
        let output: String
        switch tool {
        case .python(let python): output = try await run(python, ["-", "read", video.path], script: Self.pythonScript)
        case .c2patool(let c2patool): output = try await run(c2patool, [video.path], script: nil)
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
              let active = object["active_manifest"] as? String,
              let manifest = (object["manifests"] as? [String: Any])?[active] as? [String: Any] else {
            throw GovernanceError(code: .provenanceInvalid, message: "\(video.lastPathComponent) has no readable C2PA manifest")
        }
        let assertions = (manifest["assertions"] as? [[String: Any]]) ?? []
        let statuses = (object["validation_status"] as? [[String: Any]]) ?? []
        let actions = assertions.first { ($0["label"] as? String)?.hasPrefix("c2pa.actions") == true }?["data"] as? [String: Any]
        let source = ((actions?["actions"] as? [[String: Any]]) ?? []).compactMap { $0["digitalSourceType"] as? String }.first
        let state = object["validation_state"] as? String ?? (statuses.contains { ($0["code"] as? String)?.contains("mismatch") == true } ? "Invalid" : "Valid")
        return Report(
            validationState: state, statusCodes: statuses.compactMap { $0["code"] as? String },
            assertions: assertions.compactMap { $0["label"] as? String }, digitalSourceType: source)
    }

    private func run(_ executable: String, _ arguments: [String], script: String?) async throws(GovernanceError) -> String {
        let tool = self.tool
        do {
            let result = try await Subprocess.run(
                .path(FilePath(executable)), arguments: Arguments(arguments),
                input: .string(script ?? ""), output: .string(limit: 8 << 20), error: .string(limit: 1 << 20))
            guard case .exited(0) = result.terminationStatus else {
                let log = result.standardError.split(separator: "\n").suffix(6).joined(separator: "\n")
                throw GovernanceError(code: .storeFailed, message: "\(tool) failed (\(result.terminationStatus)):\n\(log)")
            }
            return result.standardOutput
        } catch let error as GovernanceError {
            throw error
        } catch {
            throw GovernanceError(code: .storeFailed, message: "cannot run \(tool): \(error)")
        }
    }

    /// The glue for `c2pa-python`, fed to `python3 -` on standard input.
    static let pythonScript = """
        import json, sys, c2pa
        mode = sys.argv[1]
        if mode == "embed":
            source, destination, chain, key, manifest = sys.argv[2:7]
            info = c2pa.C2paSignerInfo(b"ed25519", open(chain, "rb").read(), open(key, "rb").read(), None)
            signer = c2pa.Signer.from_info(info)
            builder = c2pa.Builder(manifest)
            with open(source, "rb") as s, open(destination, "w+b") as d:
                builder.sign(signer, "video/mp4", s, d)
        else:
            reader = c2pa.Reader(sys.argv[2])
            report = json.loads(reader.json())
            report["validation_state"] = reader.get_validation_state()
            print(json.dumps(report))
        """
}
