import Foundation
import TestSupport

/// Runs the built `cliff` binary in a subprocess, the way a user would.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `cliff` next to the test binary (SwiftPM builds it because the tests depend on it).
    static let binary: URL = {
        let exe = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var folder = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("cliff")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return Repository.root.appendingPathComponent(".build/debug/cliff")
    }()

    let directory: URL
    /// The `cliff` this runner starts (`binary` unless a test copied it elsewhere).
    let executable: URL

    init(executable: URL = CLIRunner.binary) throws {
        self.executable = executable
        directory = try temporaryDirectory("cliff-cli")
    }

    func run(_ arguments: String...) async throws -> Result { try await run(arguments) }

    /// Runs `cliff` with `arguments` to its end (see `runProcess`: no thread of the test pool
    /// is held while it runs).
    func run(_ arguments: [String], environment: [String: String]? = nil, input: String? = nil) async throws -> Result {
        let output = try await runProcess(executable, arguments, directory: directory, environment: environment, input: input.map { Data($0.utf8) })
        return Result(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }

    func url(_ path: String) -> URL { directory.appendingPathComponent(path) }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    func write(_ path: String, _ text: String) throws { try Data(text.utf8).write(to: url(path)) }

    /// Every file below `path` with its bytes, to prove that nothing changed.
    func snapshot(_ path: String) throws -> [String: Data] {
        let root = url(path)
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let file = enumerator?.nextObject() as? URL {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue {
                out[String(file.path.dropFirst(root.path.count))] = try Data(contentsOf: file)
            }
        }
        return out
    }
}

/// A `cliff` process running in the background, its output going to files.
typealias BackgroundCLI = BackgroundProcess

extension BackgroundProcess {
    /// Starts `cliff` with `arguments` in the runner's folder.
    init(_ runner: CLIRunner, _ arguments: [String]) throws {
        try self.init(executable: runner.executable, arguments: arguments, directory: runner.directory)
    }
}
