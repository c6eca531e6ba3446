import ArgumentParser
import Production

/// `cliff render`: produce finished episodes (or previews) for some episodes.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render finished vertical episodes (or quick previews) from the scripts.",
        discussion: """
            Examples:
              cliff render demo --episodes 1-3
              cliff render demo --episodes 2 --preview

            The final render is 1080×1920 H.264 High with AAC 48 kHz, loudness −14 LUFS,
            subtitles and a visible AI label burned in, written to out/epNNN/episode.mp4
            with episode.srt, episode.vtt, episode.otio (an editable cut, its media in
            media/) and cover.jpg. --preview writes a 540×960 preview.mp4, about five
            times faster. Shots are rendered once and cached: after editing a line, only
            its shot is re-rendered and the episode is re-joined without re-encoding.
            """
    )

    @OptionGroup var project: ProjectArgument
    @OptionGroup var selection: EpisodeOption
    @OptionGroup var options: RunOptions

    @Flag(name: .long, help: "Render 540×960 previews (out/epNNN/preview.mp4) instead of the 1080×1920 masters.")
    var preview = false

    func validate() throws { try options.validate() }

    func run() async throws {
        try await ProductionDriver(options: options).run(project: project, selection: selection, deliverable: preview ? .preview : .final)
    }
}
