import Foundation

/// A Piper voice model on disk: the `.onnx` file and what its `.onnx.json` config says.
struct PiperModel: Sendable, Hashable {
    /// The `.onnx` file.
    var path: String
    /// Output samples per second (`audio.sample_rate`).
    var sampleRate: Int
    /// The espeak-ng voice Piper phonemizes with (`espeak.voice`), for mouth cues.
    var espeakVoice: String

    /// The model named `nameOrPath`: a `.onnx` path, a directory holding one, or a model name
    /// found in `searchDirectories()`. Nil when absent or its config is unreadable.
    static func locate(_ nameOrPath: String) -> PiperModel? {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if nameOrPath.hasSuffix(".onnx") { return load(nameOrPath) }
        if nameOrPath.contains("/"), files.fileExists(atPath: nameOrPath, isDirectory: &isDirectory), isDirectory.boolValue {
            let onnx = (try? files.contentsOfDirectory(atPath: nameOrPath))?.filter { $0.hasSuffix(".onnx") }.sorted().first
            return onnx.flatMap { load("\(nameOrPath)/\($0)") }
        }
        guard !nameOrPath.isEmpty, !nameOrPath.contains("/") else { return nil }
        for directory in searchDirectories() {
            if let model = load("\(directory)/\(nameOrPath).onnx") { return model }
        }
        return nil
    }

    /// Where installed voice models live: `$CLIFF_PIPER_MODEL` when it is a directory, then
    /// the `data/` folder of every `*piper*` package in the Python site-packages beside each
    /// `PATH` entry (`/usr/local`, a pyenv's versions, `~/.local`).
    static func searchDirectories() -> [String] {
        let files = FileManager.default
        let environment = ProcessInfo.processInfo.environment
        var directories = [String]()
        if let configured = environment[PiperSynthesizer.modelEnvironmentKey], !configured.hasSuffix(".onnx"), !configured.isEmpty {
            directories.append(configured)
        }
        var prefixes = (environment["PATH"] ?? "").split(separator: ":").map { ($0 as NSString).deletingLastPathComponent }
        prefixes += ["/usr/local", "/usr", NSHomeDirectory() + "/.local"]
        var libraries = [String]()
        for prefix in prefixes {
            libraries.append("\(prefix)/lib")
            // pyenv keeps interpreters under <root>/versions/<version>/ next to its shims.
            for version in (try? files.contentsOfDirectory(atPath: "\(prefix)/versions"))?.sorted() ?? [] {
                libraries.append("\(prefix)/versions/\(version)/lib")
            }
        }
        var seen = Set<String>()
        for library in libraries where seen.insert(library).inserted {
            for python in (try? files.contentsOfDirectory(atPath: library))?.sorted() ?? [] where python.hasPrefix("python3") {
                for packages in ["site-packages", "dist-packages"] {
                    let root = "\(library)/\(python)/\(packages)"
                    for package in (try? files.contentsOfDirectory(atPath: root))?.sorted() ?? []
                    where package.contains("piper") && !package.hasSuffix("-info") {
                        directories.append("\(root)/\(package)/data")
                        directories.append("\(root)/\(package)")
                    }
                }
            }
        }
        return directories.filter { files.fileExists(atPath: $0) }
    }

    private static func load(_ path: String) -> PiperModel? {
        guard FileManager.default.fileExists(atPath: path),
            let data = FileManager.default.contents(atPath: path + ".json"),
            let config = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        let audio = config["audio"] as? [String: Any]
        let espeak = config["espeak"] as? [String: Any]
        let rate = (audio?["sample_rate"] as? NSNumber)?.intValue ?? 22050
        guard rate > 0 else { return nil }
        return PiperModel(path: path, sampleRate: rate, espeakVoice: espeak?["voice"] as? String ?? "en-us")
    }
}
