package import Foundation
import Synchronization

/// A process running in the background (a `cliff serve`, a stand-in server), its output going
/// to files so that it never blocks on a full pipe and a test can read what it printed so far.
///
/// ```swift
/// let server = try BackgroundProcess(executable: cliff, arguments: ["serve", "demo", "--port", "0"], directory: folder)
/// let address = try await server.waitForOutput(matching: #"127\.0\.0\.1:\d+"#, "serve to print its address")
/// ```
package struct BackgroundProcess: Sendable {
    /// What the process printed, and how it ended.
    package typealias Result = ProcessOutput

    /// A signal to send as soon as the process has printed enough lines of a kind on standard
    /// error: sent from a thread of its own that reads the output as it comes, so it lands while
    /// the process is still mid-way however busy the test's own threads are.
    package struct Interruption: Sendable {
        /// The signal to send (`SIGKILL`, `SIGINT`).
        package var signal: Int32
        /// How many lines must have been printed.
        package var lines: Int
        /// What those lines start with.
        package var prefix: String

        package init(_ signal: Int32, afterLines lines: Int, startingWith prefix: String) {
            self.signal = signal
            self.lines = lines
            self.prefix = prefix
        }
    }

    /// The running process.
    package let process: Process
    /// Where its standard output goes.
    package let stdoutURL: URL
    /// Where its standard error goes.
    package let stderrURL: URL
    private let watch: StandardErrorWatch?

    /// Whether the interruption asked for was sent.
    package var interrupted: Bool { watch?.sent ?? false }

    /// Starts `executable` with `arguments` in `directory`; its output goes to files in
    /// `outputDirectory` (by default `directory`). With `interruption`, sends its signal once
    /// standard error has the lines it names.
    ///
    /// - Throws: the file system's error, or Foundation's when the process cannot start.
    package init(
        executable: URL, arguments: [String], directory: URL, outputDirectory: URL? = nil, environment: [String: String]? = nil,
        interruption: Interruption? = nil
    ) throws {
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let id = UUID().uuidString
        let output = outputDirectory ?? directory
        stdoutURL = output.appendingPathComponent(".out-\(id)")
        stderrURL = output.appendingPathComponent(".err-\(id)")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardInput = FileHandle.nullDevice
        guard let interruption else {
            watch = nil
            process.standardError = try FileHandle(forWritingTo: stderrURL)
            try process.run()
            return
        }
        let pipe = Pipe()
        closeOnExec(pipe)
        process.standardError = pipe
        let watch = StandardErrorWatch(interruption, file: try FileHandle(forWritingTo: stderrURL))
        self.watch = watch
        try process.run()
        let process = process
        Thread.detachNewThread { watch.read(pipe.fileHandleForReading, of: process) }
    }

    /// Sends a signal.
    package func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Standard output so far.
    package func stdout() -> String { (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "" }

    /// Standard error so far.
    package func stderr() -> String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }

    /// Waits until standard output holds a match of the regular expression `pattern`, and
    /// returns the first match.
    ///
    /// - Throws: ``WaitTimeout`` when the process exits without printing it (with what it
    ///   printed on standard error), or after `deadline`.
    package func waitForOutput(matching pattern: String, _ what: String, deadline: Duration = .seconds(120)) async throws -> String {
        try await waitFor(what, deadline: deadline) {
            let ended = process.endStatus  // before reading, so output printed just before exit is seen
            let out = stdout()
            if let range = out.range(of: pattern, options: .regularExpression) { return String(out[range]) }
            if let ended {
                throw WaitTimeout(message: "the process exited (status \(ended)) before \(what): \(stderr())")
            }
            return nil
        }
    }

    /// Waits for the process to exit and returns what it printed, without holding a thread of
    /// the cooperative pool (see ``runProcess(_:_:directory:environment:input:deadline:)``).
    ///
    /// - Throws: ``WaitTimeout`` when it runs past `deadline` (it is killed then), with the end
    ///   of what it printed on standard error: a process that does not stop says, in its own
    ///   words, what it was doing.
    package func wait(deadline: Duration = .seconds(1200)) async throws -> Result {
        do {
            try await waitForExit(process, "\(process.executableURL?.lastPathComponent ?? "the process") to exit", deadline: deadline)
        } catch var timeout as WaitTimeout {
            timeout.message += "; the end of its standard error:\n\(stderr().suffix(6000))"
            throw timeout
        }
        // Everything it printed is copied by the time its pipe ends — or, when a process started
        // elsewhere at the same moment holds a copy of the pipe, within moments of its exit.
        if let watch { try? await waitUntil("the process's standard error to be copied", deadline: .seconds(30)) { watch.ended } }
        return Result(status: process.endStatus ?? -1, stdout: stdout(), stderr: stderr())
    }
}

/// Reads a process's standard error on a thread of its own, copies it to a file, and sends
/// the interruption's signal once. Its state is guarded by mutexes.
private final class StandardErrorWatch: Sendable {
    let interruption: BackgroundProcess.Interruption
    let file: FileHandle
    private let state = Mutex<(pending: String, lines: Int, sent: Bool)>(("", 0, false))

    init(_ interruption: BackgroundProcess.Interruption, file: FileHandle) {
        self.interruption = interruption
        self.file = file
    }

    var sent: Bool { state.withLock { $0.sent } }

    /// Whether `read` has copied everything (the process exited and closed its output).
    var ended: Bool { finished.withLock { $0 } }
    private let finished = Mutex(false)

    /// Blocks until the output ends (the process exited and closed it).
    func read(_ handle: FileHandle, of process: Process) {
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            file.write(chunk)
            let running = process.endStatus == nil
            let send = state.withLock { state -> Bool in
                state.pending += String(decoding: chunk, as: UTF8.self)
                var lines = state.pending.split(separator: "\n", omittingEmptySubsequences: false)
                state.pending = String(lines.removeLast())
                state.lines += lines.filter { $0.hasPrefix(interruption.prefix) }.count
                guard running, !state.sent, state.lines >= interruption.lines else { return false }
                state.sent = true
                return true
            }
            if send { kill(process.processIdentifier, interruption.signal) }
        }
        try? file.close()
        finished.withLock { $0 = true }
    }
}
