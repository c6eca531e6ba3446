import Audience
import ArgumentParser
import Foundation
import Logging
import PostgresStore
import ServiceLifecycle
import Studio
import StudioServer
import UnixSignals

/// `cliff serve`: the web studio, the REST API and the viewer channel.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web studio (review, approve, schedule), its REST API and the viewer channel.",
        discussion: """
            Serves one project, or every project folder inside the given folder. Log in
            with a user made by 'cliff user add'. The API is described at
            /api/v1/openapi.yaml; the public channel is at /watch.

            Example:
              cliff user add demo mei --role reviewer
              cliff serve demo --port 8080

            Several studio processes (behind one address, on one or several machines)
            share their users, sessions, reviews and release calendars in a PostgreSQL
            database given by --database, CLIFF_DATABASE_URL or cliff.yaml 'database':
            the studio's tables go in schema 'cliffhanger', each series' queue in its
            own; each approved release is published once, whichever process gets there
            first. Add users with 'cliff user add … --database' to the same database.
            """
    )

    @Argument(help: "A project folder, or a folder of project folders (default: the current folder).")
    var directory: String = "."

    @Option(help: "Port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(help: "Interface to listen on. The studio has no TLS: keep it on 127.0.0.1 behind a proxy that adds it.")
    var host: String = "127.0.0.1"

    @OptionGroup var shared: DatabaseOption

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535, not \(port)") }
    }

    func run() async throws {
        let logger = Logger(label: "cliff.studio")
        let root = URL(fileURLWithPath: directory)
        var sharedStudio: SharedStudio?
        if let url = try SharedStudio.resolve(flag: shared.database, root: root) { sharedStudio = try await SharedStudio.open(url) }
        let studio: Studio
        do {
            if let sharedStudio {
                studio = try await Studio(root: root, storage: sharedStudio.storage, logger: logger)
            } else {
                studio = try await Studio(root: root, logger: logger)
            }
        } catch {
            await sharedStudio?.close()
            throw error
        }
        if let sharedStudio { Console.write("Studio records in \(sharedStudio.database.location)") }
        let moved = try await studio.migrateLegacyEvents()
        if moved > 0 { Console.write("moved \(moved) viewer events from the studio database into \(studio.audience.path)") }
        if try await studio.accounts.users().isEmpty {
            Console.write("warning: no users yet: nobody can log in. Add one with: cliff user add \(directory) NAME --role admin")
        }
        let server = StudioServer(studio: studio, host: host, port: port)
        let host = self.host
        let application = server.application { port in
            // Written straight to the file descriptor, so a script reading our output sees it now.
            FileHandle.standardOutput.write(Data("Cliffhanger Studio on http://\(host):\(port)/  (channel: /watch, API: /api/v1/openapi.yaml). Ctrl-C stops.\n".utf8))
        }
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: application), .init(service: PublisherService(studio: studio))],
            gracefulShutdownSignals: [.sigint, .sigterm],
            logger: Logger(label: "cliff.lifecycle")))
        do {
            try await group.run()
        } catch {
            await sharedStudio?.close()
            throw error
        }
        await sharedStudio?.close()
    }
}

/// `cliff user`: studio accounts.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage web studio users (reviewer, producer, admin).",
        subcommands: [Add.self, List.self, Remove.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user (or change one with --replace). The password is read from standard input.",
            discussion: """
                Example:
                  printf '%s\\n' 'a long passphrase' | cliff user add demo mei --role reviewer
                Roles: reviewer (approve, reject, regenerate), producer (also render, retry,
                schedule), admin.
                """
        )
        @Argument(help: "The project folder (or folder of projects) the studio serves.")
        var directory: String
        @Argument(help: "Login name.")
        var name: String
        @Option(help: "reviewer, producer or admin.")
        var role: String = "reviewer"
        @Flag(help: "Change the role and password of an existing user.")
        var replace = false
        @OptionGroup var shared: DatabaseOption

        func run() async throws {
            guard let role = Role(rawValue: role) else {
                throw CLIError(message: "--role must be reviewer, producer or admin, not '\(role)'")
            }
            let password = (readLine(strippingNewline: true) ?? "")
            guard !password.isEmpty else {
                throw CLIError(message: "no password on standard input; pipe one in: printf '%s\\n' 'a long passphrase' | cliff user add \(directory) \(name) --role \(role.rawValue)")
            }
            try await UserCommand.withAccounts(directory, database: shared.database) { accounts in
                try await accounts.add(name: name, role: role, password: password, replace: replace)
            }
            print("\(replace ? "Updated" : "Added") \(name) (\(role.rawValue)).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users and their roles.")
        @Argument(help: "The project folder (or folder of projects).")
        var directory: String = "."
        @OptionGroup var shared: DatabaseOption
        func run() async throws {
            let users = try await UserCommand.withAccounts(directory, database: shared.database) { try await $0.users() }
            if users.isEmpty { print("No users. Add one with: cliff user add \(directory) NAME --role admin") }
            for user in users { print("\(user.name)\t\(user.role.rawValue)") }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a user and end their sessions.")
        @Argument(help: "The project folder (or folder of projects).")
        var directory: String
        @Argument(help: "Login name.")
        var name: String
        @OptionGroup var shared: DatabaseOption
        func run() async throws {
            try await UserCommand.withAccounts(directory, database: shared.database) { try await $0.remove(name: name) }
            print("Removed \(name).")
        }
    }

    /// Runs `body` with the accounts of the studio serving `directory`: in the shared
    /// database when one is given (as `cliff serve` finds it), else in the folder's SQLite file.
    static func withAccounts<T: Sendable>(_ directory: String, database flag: String?, _ body: (Accounts) async throws -> T) async throws -> T {
        let root = URL(fileURLWithPath: directory)
        guard let url = try SharedStudio.resolve(flag: flag, root: root) else {
            return try await body(try await Accounts.open(root: root))
        }
        let shared = try await SharedStudio.open(url)
        do {
            let result = try await body(try await Accounts.open(database: shared.database))
            await shared.close()
            return result
        } catch {
            await shared.close()
            throw error
        }
    }
}
