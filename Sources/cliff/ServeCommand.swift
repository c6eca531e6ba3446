import Audience
import ArgumentParser
import Foundation
import Logging
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
            """
    )

    @Argument(help: "A project folder, or a folder of project folders (default: the current folder).")
    var directory: String = "."

    @Option(help: "Port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(help: "Interface to listen on. The studio has no TLS: keep it on 127.0.0.1 behind a proxy that adds it.")
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535, not \(port)") }
    }

    func run() async throws {
        let logger = Logger(label: "cliff.studio")
        let studio = try await Studio(root: URL(fileURLWithPath: directory), logger: logger)
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
        try await group.run()
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

        func run() async throws {
            guard let role = Role(rawValue: role) else {
                throw CLIError(message: "--role must be reviewer, producer or admin, not '\(role)'")
            }
            let password = (readLine(strippingNewline: true) ?? "")
            guard !password.isEmpty else {
                throw CLIError(message: "no password on standard input; pipe one in: printf '%s\\n' 'a long passphrase' | cliff user add \(directory) \(name) --role \(role.rawValue)")
            }
            let accounts = try await Accounts.open(root: URL(fileURLWithPath: directory))
            try await accounts.add(name: name, role: role, password: password, replace: replace)
            print("\(replace ? "Updated" : "Added") \(name) (\(role.rawValue)).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users and their roles.")
        @Argument(help: "The project folder (or folder of projects).")
        var directory: String = "."
        func run() async throws {
            let users = try await Accounts.open(root: URL(fileURLWithPath: directory)).users()
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
        func run() async throws {
            try await Accounts.open(root: URL(fileURLWithPath: directory)).remove(name: name)
            print("Removed \(name).")
        }
    }
}
