package import DramaModel

/// A writer that can write one episode of a series again with notes for it — how a model
/// writer (`ChatWriter`, configured as `services.writer`) writes an experiment's variant. The
/// built-in writer does the same offline through `ScriptReviser`, on its own draft.
///
/// ```swift
/// let note = RevisionNote(insight: "experiment:ep001-hook", action: .strongerHook, strength: 1, evidence: "experiment ep001-hook, variant B")
/// let variant = try await rewriter.rewriteEpisode(1, of: series, notes: [note])
/// ```
package protocol EpisodeRewriter: Sendable {
    /// Episode `number` of `series`, written again with `notes` among the writer's notes.
    /// - Throws: `StoryEngineError` when the writer cannot write it.
    func rewriteEpisode(_ number: Int, of series: Series, notes: [RevisionNote]) async throws(StoryEngineError) -> EpisodeScript
}
