import ArgumentParser
import AsyncHTTPClient
import Basics
import Channels
import DramaModel
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `cliff channels`: the external channels of a project and their credentials.
struct ChannelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "channels",
        abstract: "List the external channels of cliff.yaml and authorise them (OAuth 2.0 with PKCE).",
        discussion: """
            Examples:
              cliff channels list demo
              cliff channels authorize youtube demo

            Channels are set under 'channels:' in cliff.yaml (docs/channels.md). A YouTube
            or TikTok channel needs its client id and secret in the environment variables
            cliff.yaml names, and one authorisation; the tokens are kept in a file only
            you can read (.cliff/tokens/<channel>.json) and refreshed when they expire.
            """,
        subcommands: [ChannelsListCommand.self, ChannelsAuthorizeCommand.self]
    )
}

/// The channels of the project at `directory`.
private func loadChannels(_ directory: String) throws -> (URL, ChannelSettings) {
    let root = URL(fileURLWithPath: directory)
    guard ProjectLayout.isProject(root) else {
        throw CLIError(message: "\(directory) is not a project (it has no series.yaml); give the project folder, e.g. cliff channels list demo")
    }
    return (root, try ChannelSettings.load(projectRoot: root))
}

/// `cliff channels list`.
struct ChannelsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the channels of cliff.yaml: kind, offset after release, privacy, and whether each is authorised.")

    @Argument(help: "The project folder (default: the current folder).") var directory: String = "."

    func run() async throws {
        let (root, settings) = try loadChannels(directory)
        print("Built-in channel: /watch/\(root.lastPathComponent) on the studio (cliff serve), at each release time.")
        guard !settings.channels.isEmpty else {
            print("No external channels: add them under 'channels:' in cliff.yaml (docs/channels.md).")
            return
        }
        var rows = [["CHANNEL", "KIND", "OFFSET", "PRIVACY", "SUBTITLES", "CREDENTIALS"]]
        for channel in settings.channels {
            let credentials: String
            if channel.kind.usesOAuth {
                let file = TokenFile(channel: channel, projectRoot: root)
                do {
                    if let token = try file.read() {
                        let expiry = ISO8601DateFormatter().string(from: token.expiresAt)
                        credentials = token.refreshToken == nil ? "authorised until \(expiry) (no refresh token)" : "authorised (refreshed as needed)"
                    } else {
                        credentials = "not authorised: cliff channels authorize \(channel.name) \(directory)"
                    }
                } catch {
                    credentials = error.message
                }
            } else {
                credentials = "none needed (writes \(channel.folder ?? "out/delivery/\(channel.name)"))"
            }
            rows.append([
                channel.name, channel.kind.displayName, "\(channel.offsetSeconds / 60) min", channel.privacy ?? "—",
                channel.subtitleLanguages.map { $0.isEmpty ? "none" : $0.joined(separator: ", ") } ?? "all", credentials,
            ])
        }
        print(Format.table(rows))
    }
}

/// `cliff channels authorize`: the OAuth 2.0 authorization code flow with PKCE, for a terminal.
struct ChannelsAuthorizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authorize",
        abstract: "Authorise a YouTube or TikTok channel once: prints the address to open, then takes the code.",
        discussion: """
            Examples:
              cliff channels authorize youtube demo
              cliff channels authorize tiktok demo \\
                  --code 'http://127.0.0.1:8765/oauth/callback?code=…&state=…'

            Open the printed address in a browser, sign in and allow access. When
            the channel's redirect_uri is on this machine (by default
            http://127.0.0.1:8765/oauth/callback), the browser's return is caught
            here by itself; otherwise paste the address the browser ended on (or
            just its code) and press Enter. The tokens are written to the channel's
            token file (mode 600) and refreshed when they expire; run this again
            whenever the platform says the authorisation was revoked.
            """
    )

    @Argument(help: "The channel's name under 'channels:' in cliff.yaml.") var channel: String
    @Argument(help: "The project folder (default: the current folder).") var directory: String = "."
    @Option(help: "The code, or the whole address the browser was sent back to (skips waiting for it).") var code: String?
    @Flag(name: .customLong("no-listen"), help: "Do not listen on the redirect address; only read the code from standard input.") var noListen = false

    func run() async throws {
        let (root, settings) = try loadChannels(directory)
        guard let target = settings.channel(channel) else {
            let names = settings.channels.map(\.name)
            throw CLIError(
                message: "cliff.yaml has no channel '\(TextInput.excerpt(channel))'.\(Suggestion.didYouMean(channel, in: names))"
                    + (names.isEmpty ? " It has no channels: add one under 'channels:'." : " Its channels: \(names.joined(separator: ", ")).")
            )
        }
        guard target.kind.usesOAuth, let oauth = target.oauth else {
            throw CLIError(message: "channel '\(target.name)' is a \(target.kind.displayName): it needs no authorisation")
        }
        let client = OAuthClient(channel: target, projectRoot: root, http: HTTPClient.shared)
        let verifier = OAuthClient.makeVerifier()
        let state = OAuthClient.makeState()
        let address = try client.authorizationURL(state: state, verifier: verifier)
        let received: String
        if let code {
            received = code
        } else {
            // Written straight to standard output (not buffered): the address must show before
            // the wait, even when standard output is a file or a pipe.
            Self.say("Open this address in a browser, sign in to \(target.kind.displayName) and allow access:\n\n  \(address.absoluteString)\n")
            let redirect = URL(string: oauth.redirectURI)
            let listen = !noListen && redirect.map(Self.isLoopback) == true
            Self.say(listen
                ? "Waiting for the browser to come back to \(oauth.redirectURI) … (or paste the address it ended on, or the code, and press Enter)"
                : "Then paste the address the browser ended on (or the code) and press Enter:")
            received = try await Self.awaitCode(listenOn: listen ? redirect : nil, state: state)
        }
        let (codeValue, returnedState, platformError) = Self.parse(received)
        if let platformError { throw CLIError(message: "\(target.kind.displayName) did not authorise the channel: \(platformError). Run the command again and allow access.") }
        if let returnedState, returnedState != state {
            throw CLIError(message: "the address the browser came back with belongs to another authorisation (its state does not match); run the command again and use the new address")
        }
        guard let codeValue, !codeValue.isEmpty else {
            throw CLIError(message: "no code found in what was given; paste the whole address the browser ended on (it has ?code=…) or the code itself")
        }
        let token = try await client.exchange(code: codeValue, verifier: verifier)
        try client.tokenFile.write(token)
        print("Authorised channel '\(target.name)' (\(target.kind.displayName)). Its tokens are in \(oauth.tokenFile) (readable only by you) and are refreshed when they expire.")
    }

    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func isLoopback(_ url: URL) -> Bool {
        guard url.scheme == "http", let host = url.host, url.port != nil else { return false }
        return ["127.0.0.1", "localhost", "::1"].contains(host)
    }

    /// The code (or address) from the first of: the browser coming back to `redirect` (when
    /// given), a line on standard input.
    static func awaitCode(listenOn redirect: URL?, state: String) async throws -> String {
        let (answers, answer) = AsyncStream.makeStream(of: String.self)
        let listening = redirect != nil
        let stdin = Task.detached {
            while let line = readLine(strippingNewline: true) {
                let text = line.trimmingCharacters(in: .whitespaces)
                if !text.isEmpty {
                    answer.yield(text)
                    return
                }
            }
            // Standard input ended: without a listener nothing else can bring the code.
            if !listening { answer.finish() }
        }
        defer { stdin.cancel() }
        guard let redirect, let port = redirect.port else {
            var next = answers.makeAsyncIterator()
            guard let text = await next.next() else { throw CLIError(message: "no code was given") }
            return text
        }
        let path = redirect.path.isEmpty ? "/" : redirect.path
        let router = Router()
        router.get(RouterPath(path)) { request, _ -> Response in
            answer.yield("\(redirect.absoluteString.components(separatedBy: "?")[0])?\(request.uri.query ?? "")")
            let page = "<!doctype html><meta charset=utf-8><title>Cliffhanger</title><p>Cliffhanger received the authorisation. You can close this window and go back to the terminal.</p>"
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
        }
        var logger = Logger(label: "cliff.channels.authorize")
        logger.logLevel = .warning
        let app = Application(router: router, configuration: .init(address: .hostname(redirect.host ?? "127.0.0.1", port: port)), logger: logger)
        let services = ServiceGroup(configuration: .init(services: [app], logger: logger))
        return try await withThrowingTaskGroup(of: String?.self) { group in
            group.addTask {
                do {
                    try await services.run()
                } catch {
                    Console.write("cannot listen on \(redirect.host ?? "127.0.0.1"):\(port) (\(error)); paste the address the browser ends on instead")
                }
                return nil
            }
            group.addTask {
                var next = answers.makeAsyncIterator()
                return await next.next()
            }
            var result: String?
            while let value = try await group.next() {
                if let value {
                    result = value
                    break
                }
            }
            await services.triggerGracefulShutdown()
            group.cancelAll()
            guard let result else { throw CLIError(message: "no code was given") }
            return result
        }
    }

    /// The code, state and error in `text`: an address with `?code=…&state=…` (or `error=…`),
    /// or the code itself.
    static func parse(_ text: String) -> (code: String?, state: String?, error: String?) {
        guard text.contains("code=") || text.contains("error="), let components = URLComponents(string: text.contains("?") ? text : "?" + text) else {
            return (text, nil, nil)
        }
        let items = components.queryItems ?? []
        func value(_ name: String) -> String? { items.first { $0.name == name }?.value }
        if let error = value("error") { return (nil, value("state"), [error, value("error_description")].compactMap { $0 }.joined(separator: ": ")) }
        return (value("code"), value("state"), nil)
    }
}
