import Foundation
import Testing

@Suite struct RenderCLITests {
    @Test func withoutFfmpegRenderSaysWhatToInstallAndChangesNothing() async throws {
        let cli = try CLIRunner()
        _ = try await cli.run("new", "demo", "--premise", "A broke intern signs a contract marriage with a cold CEO", "--episodes", "1", "--target-seconds", "20")
        let run = try await cli.run(["render", "demo", "--progress", "none"], environment: ["PATH": "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("ffmpeg is not installed"), "\(run.stderr)")
        #expect(run.stderr.contains("apt-get install ffmpeg"))
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/out/ep001/episode.mp4").path))
    }

    @Test func anUnknownParentheticalIsAWarningAndTheLineIsSpokenNeutral() async throws {
        let cli = try CLIRunner()
        _ = try await cli.run("new", "demo", "--premise", "A broke intern signs a contract marriage with a cold CEO", "--episodes", "1", "--target-seconds", "20")
        var script = try cli.read("demo/episodes/ep001.fountain")
        let cue = try #require(script.range(of: "\n\n[A-Z]+\n", options: .regularExpression))
        script.insert(contentsOf: "(whistling a tune)\n", at: cue.upperBound)
        try cli.write("demo/episodes/ep001.fountain", script)
        let run = try await cli.run("produce", "demo", "--subtitles-only", "--progress", "none")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: "))
        #expect(run.stderr.contains("(whistling a tune) names no emotion"))
        #expect(run.stderr.contains("ep001.fountain:"))
    }

    @Test func renderHelpShowsAnExample() async throws {
        let run = try await CLIRunner().run("render", "--help")
        #expect(run.stdout.contains("cliff render demo --episodes 1-3"))
        #expect(run.stdout.contains("--preview"))
    }
}
