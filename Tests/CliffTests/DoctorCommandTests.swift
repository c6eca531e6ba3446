import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct DoctorCommandTests {
    /// A tiny OpenAI-compatible `/v1/models` on loopback (python3's http.server), and its port.
    func modelsServer() async throws -> (BackgroundProcess, Int) {
        let script = """
            import http.server, json
            class H(http.server.BaseHTTPRequestHandler):
                def do_GET(self):
                    ok = self.path == "/v1/models" and self.headers.get("Authorization") == "Bearer doctor-key"
                    body = json.dumps({"object": "list", "data": [{"id": "test-model"}]} if ok else {"error": {"message": "Incorrect API key provided"}}).encode()
                    self.send_response(200 if ok else 401)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                def log_message(self, *args):
                    pass
            server = http.server.HTTPServer(("127.0.0.1", 0), H)
            print(server.server_port, flush=True)
            server.serve_forever()
            """
        let folder = try temporaryDirectory("cliff-doctor-server")
        let server = try BackgroundProcess(executable: URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", "-c", script], directory: folder)
        let line = try await server.waitForOutput(matching: #"[0-9]+\n"#, "the models server to print its port")
        return (server, Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0)
    }

    @Test func withoutServicesDoctorSaysEverythingIsBuiltIn() async throws {
        let cli = try CLIRunner()
        try FileManager.default.createDirectory(at: cli.url("demo"), withIntermediateDirectories: true)
        let result = try await cli.run("doctor", "demo")
        #expect(result.status == 0)
        #expect(result.stdout.contains("No model services"))
    }

    @Test func doctorPassesAServiceThatAnswersAndFailsWithFixesOtherwise() async throws {
        let (server, port) = try await modelsServer()
        // SIGKILL: the server inherits a signal mask that blocks SIGTERM.
        defer { server.signal(SIGKILL) }
        #expect(port > 0)
        let cli = try CLIRunner()
        try FileManager.default.createDirectory(at: cli.url("demo"), withIntermediateDirectories: true)
        try cli.write("demo/cliff.yaml", """
            services:
              writer:
                kind: openai-chat
                endpoint: http://127.0.0.1:\(port)/v1
                model: test-model
                api_key_env: DOCTOR_KEY
            """)
        let passing = try await cli.run(["doctor", "demo"], environment: ["DOCTOR_KEY": "doctor-key"])
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
        #expect(passing.stdout.contains("ok   model present: 'test-model' is served"))
        #expect(passing.stdout.contains("All 3 checks passed."))

        let wrongKey = try await cli.run(["doctor", "demo"], environment: ["DOCTOR_KEY": "wrong-key"])
        #expect(wrongKey.status == 1)
        #expect(wrongKey.stdout.contains("FAIL authenticated"))
        #expect(wrongKey.stdout.contains("fix: check the key in $DOCTOR_KEY"))
        #expect(!(wrongKey.stdout + wrongKey.stderr).contains("wrong-key"), "the key is never printed")

        try cli.write("demo/cliff.yaml", """
            services:
              writer:
                kind: openai-chat
                endpoint: http://127.0.0.1:9/v1
                model: test-model
                api_key_env: UNSET_DOCTOR_KEY
            """)
        let unreachable = try await cli.run(["doctor", "demo"], environment: ["UNSET_DOCTOR_KEY": ""])
        #expect(unreachable.status == 1)
        #expect(unreachable.stdout.contains("FAIL reachable"))
        #expect(unreachable.stdout.contains("fix: start the service, or correct services.writer.endpoint"))
        #expect(unreachable.stdout.contains("export UNSET_DOCTOR_KEY="))
    }

    @Test func aMalformedServicesSectionListsEveryProblem() async throws {
        let cli = try CLIRunner()
        try FileManager.default.createDirectory(at: cli.url("demo"), withIntermediateDirectories: true)
        try cli.write("demo/cliff.yaml", """
            services:
              writer:
                kind: chat
                endpoint: nowhere
            """)
        let result = try await cli.run("doctor", "demo")
        #expect(result.status == 1)
        #expect(result.stderr.contains("services.writer.kind: unknown writer service kind 'chat'"))
        #expect(result.stderr.contains("services.writer.endpoint: 'nowhere' is not an http(s) URL"))
        #expect(result.stderr.contains("services.writer.model: missing required field 'model'"))
    }
}
