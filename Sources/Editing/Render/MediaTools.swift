public import Foundation
import Subprocess
import SystemPackage

/// The ffmpeg and ffprobe executables, found on `PATH`, and a way to run them.
///
/// Runs are cancellable: cancelling the calling task tears ffmpeg down (SIGTERM, then
/// SIGKILL), so an interrupted render leaves no process behind.
///
/// ```swift
/// let tools = try MediaTools.locate()
/// try await tools.ffmpeg(["-i", "in.wav", "out.m4a"])
/// ```
public struct MediaTools: Sendable {
    /// Path of `ffmpeg`.
    public let ffmpegPath: String
    /// Path of `ffprobe`.
    public let ffprobePath: String

    /// Finds both tools on `PATH` (or in `searchPath`).
    /// - Throws: `EditingError` `.toolMissing`, naming the package to install.
    public static func locate(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws(EditingError) -> MediaTools {
        let folders = (searchPath ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        func find(_ name: String) -> String? {
            folders.lazy.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        guard let ffmpeg = find("ffmpeg"), let ffprobe = find("ffprobe") else {
            throw EditingError(
                code: .toolMissing,
                message: "ffmpeg is not installed (needed to render episodes): run scripts/setup.sh or `apt-get install ffmpeg`")
        }
        return MediaTools(ffmpegPath: ffmpeg, ffprobePath: ffprobe)
    }

    /// Runs ffmpeg with `arguments` (quiet, never interactive) and returns what it printed on
    /// standard output.
    /// - Throws: `EditingError` `.toolFailed` with the end of ffmpeg's log; `CancellationError`.
    @discardableResult
    public func ffmpeg(_ arguments: [String], workingDirectory: URL? = nil) async throws -> String {
        try await execute(ffmpegPath, ["-hide_banner", "-nostdin", "-y", "-v", "error"] + arguments, workingDirectory: workingDirectory)
    }

    /// Runs ffmpeg with `input` on its standard input (arguments read it as `pipe:0`), so a
    /// large intermediate (a mixed WAV) never touches the disk.
    /// - Throws: `EditingError` `.toolFailed` with the end of ffmpeg's log; `CancellationError`.
    public func ffmpeg(_ arguments: [String], input: Data) async throws {
        _ = try await execute(ffmpegPath, ["-hide_banner", "-y", "-v", "error"] + arguments, workingDirectory: nil, input: input)
    }

    /// Runs ffmpeg reading raw frames on its standard input (`pipe:0`): each chunk's bytes
    /// are written `repeats` times, so a still held for 40 frames is converted once and sent
    /// 40 times, with no file and no decoder per frame.
    /// - Throws: `EditingError` `.toolFailed` with the end of ffmpeg's log; `CancellationError`.
    func ffmpeg(_ arguments: [String], workingDirectory: URL?, feeding chunks: [(bytes: [UInt8], repeats: Int)]) async throws {
        let result = try await Subprocess.run(
            .path(FilePath(ffmpegPath)), arguments: Arguments(["-hide_banner", "-y", "-v", "error"] + arguments),
            workingDirectory: workingDirectory.map { FilePath($0.path) },
            input: .inputWriter, output: .discarded, error: .string(limit: 1 << 20)
        ) { execution in
            // A write fails when ffmpeg stops early (a bad filter): its log then says why.
            do {
                for chunk in chunks {
                    for _ in 0..<chunk.repeats { _ = try await execution.standardInputWriter.write(chunk.bytes) }
                }
            } catch {}
            try? await execution.standardInputWriter.finish()
        }
        try Task.checkCancellation()
        guard case .exited(0) = result.terminationStatus else {
            let log = result.standardError.split(separator: "\n").suffix(12).joined(separator: "\n")
            throw EditingError(code: .toolFailed, message: "ffmpeg failed (\(result.terminationStatus)):\n\(log)")
        }
    }

    /// Runs ffmpeg and returns its standard error (where filters such as `ebur128` and
    /// `loudnorm` print their measurements).
    public func ffmpegLog(_ arguments: [String]) async throws -> String {
        try await execute(ffmpegPath, ["-hide_banner", "-nostdin", "-nostats"] + arguments, workingDirectory: nil, wantError: true)
    }

    /// Runs ffprobe and returns its standard output.
    public func ffprobe(_ arguments: [String]) async throws -> String {
        try await execute(ffprobePath, ["-v", "error"] + arguments, workingDirectory: nil)
    }

    private func execute(_ path: String, _ arguments: [String], workingDirectory: URL?, wantError: Bool = false, input: Data? = nil) async throws -> String {
        let status: TerminationStatus, standardOutput: String, standardError: String
        if let input {
            let result = try await Subprocess.run(
                .path(FilePath(path)), arguments: Arguments(arguments),
                workingDirectory: workingDirectory.map { FilePath($0.path) },
                input: .data(input), output: .string(limit: 16 << 20), error: .string(limit: 16 << 20))
            (status, standardOutput, standardError) = (result.terminationStatus, result.standardOutput, result.standardError)
        } else {
            let result = try await Subprocess.run(
                .path(FilePath(path)), arguments: Arguments(arguments),
                workingDirectory: workingDirectory.map { FilePath($0.path) },
                output: .string(limit: 16 << 20), error: .string(limit: 16 << 20))
            (status, standardOutput, standardError) = (result.terminationStatus, result.standardOutput, result.standardError)
        }
        try Task.checkCancellation()
        guard case .exited(0) = status else {
            let log = standardError.split(separator: "\n").suffix(12).joined(separator: "\n")
            let tool = (path as NSString).lastPathComponent
            throw EditingError(code: .toolFailed, message: "\(tool) failed (\(status)):\n\(log)")
        }
        return wantError ? standardError : standardOutput
    }
}
