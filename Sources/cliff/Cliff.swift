import Basics
import ArgumentParser
import DramaModel
import Foundation
import Logging
import Production
import StoryEngine
import Studio

/// `cliff`: the Cliffhanger command-line tool.
struct Cliff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cliff",
        abstract: "Cliffhanger: an AI-first micro-drama studio — from a one-line premise to a vertical series.",
        discussion: """
            Start a project, then look at its season plan:
              cliff new demo \\
                  --premise "A broke intern signs a contract marriage with a cold CEO" \\
                  --episodes 80
              cliff outline demo
              cliff produce demo

            Exit codes: 0 ok, 1 a problem with your input (the message says what and
            where), 2 an internal error. Set CLIFF_LOG_LEVEL=info (or debug) to see the
            production line's log on standard error.
            """,
        version: "0.1.0",
        subcommands: [
            NewCommand.self, SlateCommand.self, ExperimentCommand.self, ValidateCommand.self, WriteCommand.self, OutlineCommand.self, ExportCommand.self,
            LocalizeCommand.self,
            ProduceCommand.self, WorkerCommand.self, RenderCommand.self, StatusCommand.self, CostCommand.self, GCCommand.self,
            ServeCommand.self, UserCommand.self, PublishCommand.self, ChannelsCommand.self,
            ConsentCommand.self, PolicyCommand.self, AuditCommand.self, VerifyCommand.self,
            InsightsCommand.self, SimulateAudienceCommand.self, ImportAudienceCommand.self, DoctorCommand.self,
        ]
    )
}

@main
enum Main {
    static func main() async {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["CLIFF_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
            return handler
        }
        do {
            var command = try Cliff.parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            exit(report(error))
        }
    }

    /// Prints an error the way its kind deserves and returns the exit code: 1 for problems with
    /// the user's input, 2 for internal errors. Every module's error explains itself
    /// (`ExplainedError`), so none is rewrapped here.
    static func report(_ error: any Error) -> Int32 {
        if let error = error as? any ExplainedError {
            Console.error(error.report)
            switch error.kind {
            case .input: return 1
            case .internal:
                Console.write("(\(error.codeName): an internal error; please report it with the command you ran.)")
                return 2
            }
        }
        let code = Cliff.exitCode(for: error)
        let message = Cliff.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            return 0
        }
        if code == .validationFailure {  // a usage error: unknown flag, missing option, bad value
            Console.write(message)
            return 1
        }
        Console.error("internal error: \(error). Please report it with the command you ran.")
        return 2
    }
}

/// An error in how `cliff` was called or what it found, with a message for people.
struct CLIError: ExplainedError {
    var message: String
    var description: String { message }
    var codeName: String { "usage" }
    var kind: ErrorKind { .input }
}

/// Writing to the terminal: results to standard output, problems to standard error.
enum Console {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) { write("error: \(text)") }

    static func diagnostic(_ diagnostic: Diagnostic) { write(diagnostic.description) }
}

/// The project folder argument shared by commands.
struct ProjectArgument: ParsableArguments {
    @Argument(help: "The project folder (default: the current folder).")
    var directory: String = "."

    var project: SeriesProject { SeriesProject(root: URL(fileURLWithPath: directory)) }
}

/// `--database` shared by the commands that work a queue (`produce`, `worker`, `status`, `cost`),
/// the studio's (`serve`, `user`) and those that read or write viewer events (`insights`,
/// `import-audience`, `simulate-audience`).
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: "A shared PostgreSQL database, postgres://USER:PASSWORD@HOST:PORT/DATABASE (default: CLIFF_DATABASE_URL, else cliff.yaml 'database', else the project's SQLite files).")
    var database: String?
}

/// `--episodes` shared by commands that act on some episodes.
struct EpisodeOption: ParsableArguments {
    @Option(name: .long, help: "Episodes to act on: N, FIRST-LAST or a comma list (e.g. 5-12 or 1-3,8). Default: all.")
    var episodes: String?

    /// The selected episode numbers in a season of `count` episodes.
    /// - Throws: `CLIError` for a malformed range or numbers beyond the season.
    func numbers(in count: Int) throws -> [Int] {
        guard let episodes else { return Array(1...max(1, count)) }
        let selection = try EpisodeSelection(parsing: episodes)
        let beyond = selection.outOfRange(in: count)
        guard beyond.isEmpty else {
            throw CLIError(message: "--episodes \(episodes) goes beyond the season's \(count) episodes; pick episodes from 1 to \(count) (or raise format.episodes in series.yaml)")
        }
        return selection.episodes(in: count)
    }
}

/// Converts an option's text to one of a type's cases, with a did-you-mean on typos.
func choice<Value: RawRepresentable & CaseIterable>(_ text: String?, option: String, as type: Value.Type) throws -> Value? where Value.RawValue == String {
    guard let text else { return nil }
    if let value = Value(rawValue: text.lowercased()) { return value }
    let names = Value.allCases.map(\.rawValue)
    throw CLIError(message: "\(option) '\(text)' is not one of \(names.joined(separator: ", ")).\(Suggestion.didYouMean(text, in: names))")
}
