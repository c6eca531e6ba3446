package import Foundation
import Synchronization

/// What a finished child process printed, and how it ended.
package struct ProcessOutput: Sendable {
    /// The exit status, or the signal number for a signalled exit.
    package var status: Int32
    package var stdout: String
    package var stderr: String

    package init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs `executable` to its end without holding a thread of Swift's cooperative pool.
///
/// Tests run in parallel on that pool, which has one thread per core; a test that blocked one
/// of them in `waitUntilExit` or `readDataToEndOfFile` could starve an in-process server or
/// database another test (or the same one) is waiting for, and on a two-core machine stall
/// the whole suite. Here the pipes are read on threads of their own and the exit is awaited.
///
/// The deadline only bounds a hang (the default is generous: a busy machine never hits it);
/// past it the process is killed and the test fails with what it printed.
///
/// ```swift
/// let result = try await runProcess(URL(fileURLWithPath: "/usr/bin/ffprobe"), ["-v", "error", file.path])
/// #expect(result.status == 0, "\(result.stderr)")
/// ```
///
/// - Throws: Foundation's error when the process cannot start; ``WaitTimeout`` with its output
///   after `deadline`.
package func runProcess(
    _ executable: URL, _ arguments: [String], directory: URL? = nil, environment: [String: String]? = nil, input: Data? = nil,
    deadline: Duration = .seconds(1200)
) async throws -> ProcessOutput {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    let out = Pipe(), err = Pipe(), stdin = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin
    try process.run()
    let pid = process.processIdentifier
    let killed = Mutex(false)
    let watchdog = Task {
        try await Task.sleep(for: deadline)
        killed.withLock { $0 = true }
        kill(pid, SIGKILL)
    }
    defer { watchdog.cancel() }
    let writer = stdin.fileHandleForWriting
    Thread.detachNewThread {
        if let input { try? writer.write(contentsOf: input) }
        try? writer.close()
    }
    async let stdoutData = readToEnd(out.fileHandleForReading)
    async let stderrData = readToEnd(err.fileHandleForReading)
    let (stdout, stderr) = await (stdoutData, stderrData)
    // The pipes close when the process exits; the exit itself follows within moments.
    try await waitUntil("\(executable.lastPathComponent) to exit after closing its output", deadline: .seconds(120)) { !process.isRunning }
    let output = ProcessOutput(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    if killed.withLock({ $0 }) {
        throw WaitTimeout(message: "\(executable.lastPathComponent) \(arguments.joined(separator: " ")) ran past \(deadline) and was killed; it printed:\n\(output.stdout)\n\(output.stderr)")
    }
    return output
}

/// Reads `handle` to its end on a thread of its own, so the caller's thread is not held.
package func readToEnd(_ handle: FileHandle) async -> Data {
    await withCheckedContinuation { continuation in
        Thread.detachNewThread { continuation.resume(returning: handle.readDataToEndOfFile()) }
    }
}

/// Waits for `process` to exit without holding a thread of the cooperative pool; past
/// `deadline` it is killed and the wait throws.
///
/// - Throws: ``WaitTimeout`` after `deadline`.
package func waitForExit(_ process: Process, _ what: String, deadline: Duration = .seconds(1200)) async throws {
    do {
        try await waitUntil(what, deadline: deadline) { !process.isRunning }
    } catch let timeout as WaitTimeout {
        kill(process.processIdentifier, SIGKILL)
        throw timeout
    }
}
