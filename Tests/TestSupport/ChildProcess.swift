package import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

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
/// the whole suite. Here the pipes are read on threads of their own and the exit is awaited,
/// learnt from the kernel (``Foundation/Process/endStatus``) rather than from Foundation alone.
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
    let output = try await runProcessData(executable, arguments, directory: directory, environment: environment, input: input, deadline: deadline)
    return ProcessOutput(status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self), stderr: output.stderr)
}

/// ``runProcess(_:_:directory:environment:input:deadline:)`` for a process whose standard
/// output is bytes (a raw video frame, a WAV stream): it comes back as it was written.
package func runProcessData(
    _ executable: URL, _ arguments: [String], directory: URL? = nil, environment: [String: String]? = nil, input: Data? = nil,
    deadline: Duration = .seconds(1200)
) async throws -> (status: Int32, stdout: Data, stderr: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    let out = Pipe(), err = Pipe(), stdin = Pipe()
    for pipe in [out, err, stdin] { closeOnExec(pipe) }
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
    let stdoutReader = PipeReader(out.fileHandleForReading), stderrReader = PipeReader(err.fileHandleForReading)
    // The watchdog above kills it past the deadline, so this wait ends.
    try await waitUntil("\(executable.lastPathComponent) to exit", deadline: deadline + .seconds(120)) { process.endStatus != nil }
    let (stdout, stderr) = (await stdoutReader.finish(), String(decoding: await stderrReader.finish(), as: UTF8.self))
    if killed.withLock({ $0 }) {
        throw WaitTimeout(
            message: "\(executable.lastPathComponent) \(arguments.joined(separator: " ")) ran past \(deadline) and was killed; it printed:\n\(String(decoding: stdout.suffix(4000), as: UTF8.self))\n\(stderr)")
    }
    return (process.endStatus ?? -1, stdout, stderr)
}

/// Waits for `process` to exit without holding a thread of the cooperative pool; past
/// `deadline` it is killed and the wait throws.
///
/// - Throws: ``WaitTimeout`` after `deadline`.
package func waitForExit(_ process: Process, _ what: String, deadline: Duration = .seconds(1200)) async throws {
    do {
        try await waitUntil(what, deadline: deadline) { process.endStatus != nil }
    } catch let timeout as WaitTimeout {
        kill(process.processIdentifier, SIGKILL)
        throw timeout
    }
}

extension Process {
    /// How the process ended — its exit code, or the signal that ended it — or nil while it
    /// runs. Use this, not `isRunning` and `terminationStatus`, to learn that a child ended.
    ///
    /// Foundation on Linux learns that a child exited when a socket it shares with the child
    /// closes, and only then reaps it. When another process started at the same moment (the
    /// tests start many at once) inherits that socket, it stays open after the child exits:
    /// `isRunning` stays true — as long as that other process lives, for ever if it is a server
    /// of another test — and the child lingers unreaped
    /// (swiftlang/swift-corelibs-foundation#4795). So this also asks the kernel, with
    /// `waitid(WNOWAIT)`, which reports an ended child without reaping it (Foundation still
    /// does that once the socket closes).
    package var endStatus: Int32? {
        if !isRunning { return terminationStatus }
        var info = siginfo_t()
        guard waitid(P_PID, id_t(processIdentifier), &info, WEXITED | WNOHANG | WNOWAIT) == 0 else {
            // Reaped meanwhile by Foundation (ECHILD): its status is there.
            return isRunning ? nil : terminationStatus
        }
        let child = info._sifields._sigchld
        guard child.si_pid == processIdentifier else { return nil }
        return child.si_status
    }
}

/// Closes `pipe`'s two ends in every process started from now on, so that a process another
/// test starts at the same moment does not keep a copy of its write end open (which would hold
/// off the end of what is read from it). The child it is meant for still gets it: Foundation
/// hands it over as standard input or output, a copy without the flag.
package func closeOnExec(_ pipe: Pipe) {
    for handle in [pipe.fileHandleForReading, pipe.fileHandleForWriting] {
        _ = fcntl(handle.fileDescriptor, F_SETFD, FD_CLOEXEC)
    }
}

/// Reads a pipe on a thread of its own as the data comes, keeping what it read; ``ended`` is
/// set at end of file.
package final class PipeReader: Sendable {
    private let state = Mutex<(data: Data, ended: Bool)>((Data(), false))

    /// Starts reading `handle`.
    package init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                state.withLock { $0.data.append(chunk) }
            }
            state.withLock { $0.ended = true }
        }
    }

    /// Whether the pipe reached its end (every process holding its write end closed it).
    package var ended: Bool { state.withLock { $0.ended } }
    /// What was read so far.
    package var data: Data { state.withLock { $0.data } }

    /// What the pipe held once the process writing it has ended: waits for its end of file —
    /// for at most `patience`, since a process started elsewhere at the same moment may hold a
    /// copy of its write end (what the child wrote is read by then; only the end is missing).
    package func finish(patience: Duration = .seconds(30)) async -> Data {
        try? await waitUntil("the pipe to end", deadline: patience) { ended }
        return data
    }
}
