import ArgumentParser
import Foundation
import ModelServices

/// `cliff doctor`: checks the model services `cliff.yaml` configures.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check each model service in cliff.yaml: reachable, authenticated, model present.",
        discussion: """
            Examples:
              cliff doctor demo
              OPENAI_API_KEY=… cliff doctor demo

            Each configured service (services.writer, voice, image, video) is asked once,
            with a short timeout. Exit code 1 when any check fails, with what is missing
            and how to fix it. See docs/model-services.md.
            """
    )

    @OptionGroup var project: ProjectArgument

    func run() async throws {
        let root = URL(fileURLWithPath: project.directory).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIError(message: "no project folder at \(project.directory); pass the folder that holds cliff.yaml (cliff doctor demo)")
        }
        let settings: ServiceSettings
        settings = try ServiceSettings.load(projectRoot: root)
        guard !settings.configured.isEmpty else {
            print("No model services in \(project.directory)/cliff.yaml: everything is built in and offline.")
            print("To use one, add a 'services:' section (see docs/model-services.md), then run cliff doctor again.")
            return
        }
        let hub = ServiceHub(settings: settings, projectRoot: nil)
        let checks = await hub.doctor().run()
        try await hub.shutdown()
        var failed = 0
        for (role, service) in settings.configured {
            print("\(role): \(service.kind.rawValue) at \(service.endpoint.absoluteString), model \(service.model)")
            for check in checks where check.role == role {
                print("  \(check.passed ? "ok  " : "FAIL") \(check.name): \(check.detail)")
                if let fix = check.fix { print("       fix: \(fix)") }
                if !check.passed { failed += 1 }
            }
        }
        if failed > 0 {
            Console.error("\(failed) check\(failed == 1 ? "" : "s") failed")
            throw ExitCode(1)
        }
        print("All \(checks.count) checks passed.")
    }
}
