package import DramaModel

/// How subtitles are laid out on a vertical (9:16) screen: line width, line count, timing.
///
/// `layOut(_:)` turns script lines into readable cues: it strips Fountain markup, wraps each
/// cue into at most `maxLines` balanced lines (Chinese lines end at punctuation where they
/// can), splits a cue that needs more into as few consecutive cues as it takes — balanced in
/// width and cut after a sentence, a clause or before a phrase, never leaving a lone word —
/// timed in proportion to their width, and keeps each cue on screen at least
/// `minimumDuration` when the gap before the next cue allows.
///
/// ```swift
/// let track = SubtitleTrack(language: .en, cues: [
///     SubtitleCue(start: .milliseconds(0), end: .milliseconds(2_000), text: "You *signed* it?", speaker: "MEI")
/// ])
/// let srt = SubtitleWriter.srt(SubtitleLayout().layOut(track))
/// ```
package struct SubtitleLayout: Sendable, Hashable {
    /// Most lines in one cue.
    package var maxLines: Int
    /// Widest English line, in columns.
    package var englishColumns: Int
    /// Widest Chinese line, in columns (a CJK or fullwidth character takes 2: 32 is 16 characters).
    package var chineseColumns: Int
    /// Shortest time a cue stays on screen, when the next cue leaves room.
    package var minimumDuration: MediaTime

    /// Creates a layout; the defaults suit 1080×1920 video.
    ///
    /// - Precondition: `maxLines >= 1` and both widths at least 2 columns.
    package init(
        maxLines: Int = 2, englishColumns: Int = 42, chineseColumns: Int = 32,
        minimumDuration: MediaTime = .milliseconds(800)
    ) {
        precondition(maxLines >= 1, "a cue needs at least one line")
        precondition(englishColumns >= 2 && chineseColumns >= 2, "a line needs at least 2 columns")
        self.maxLines = maxLines
        self.englishColumns = englishColumns
        self.chineseColumns = chineseColumns
        self.minimumDuration = minimumDuration
    }

    /// The widest line for `language`, in columns.
    package func columns(for language: Language) -> Int {
        switch language {
        case .en, .es: englishColumns
        case .zh: chineseColumns
        }
    }

    /// The columns `text` takes on one line: 2 for CJK and fullwidth characters, 1 otherwise;
    /// in Chinese, punctuation that Chinese fonts draw full width (`“”…—`) counts 2.
    package static func displayWidth(of text: some StringProtocol, language: Language) -> Int {
        DisplayWidth.of(text, ambiguousIsWide: language == .zh)
    }

    /// The track laid out for display.
    ///
    /// Cues come back sorted by start, without overlaps (a cue ends where the next begins),
    /// with clean text (no `*`, `_` emphasis markers or `[[notes]]`; cues left empty are
    /// dropped) wrapped into at most `maxLines` lines of at most `columns(for:)` columns.
    /// A cue that needs more lines becomes as few consecutive cues as greedy filling needs,
    /// balanced in width and cut where the text reads best (`LineBreaker.cueStarts`), whose
    /// durations are proportional to their display width and add up to the original duration. A cue shorter than
    /// `minimumDuration` is extended into the gap after it, up to the next cue's start.
    package func layOut(_ track: SubtitleTrack) -> SubtitleTrack {
        let breaker = LineBreaker(language: track.language)
        let maxWidth = columns(for: track.language)
        var input = SubtitleTiming.sortedWithoutOverlaps(track.cues)
        for i in input.indices {
            input[i].text = SubtitleText.clean(input[i].text)
            if input[i].end < input[i].start { input[i].end = input[i].start }
        }
        var cues: [SubtitleCue] = []
        for cue in input where !cue.text.isEmpty {
            cues += layOut(cue, breaker: breaker, maxWidth: maxWidth)
        }
        for i in cues.indices where cues[i].duration < minimumDuration {
            var end = cues[i].start + minimumDuration
            if i + 1 < cues.count { end = min(end, cues[i + 1].start) }
            if end > cues[i].end { cues[i].end = end }
        }
        return SubtitleTrack(language: track.language, cues: cues)
    }

    /// One cue wrapped, and split into several when it needs more than `maxLines` lines.
    private func layOut(_ cue: SubtitleCue, breaker: LineBreaker, maxWidth: Int) -> [SubtitleCue] {
        let units = breaker.units(of: cue.text, maxWidth: maxWidth)
        let natural = breaker.greedy(units, width: maxWidth).count
        if natural <= maxLines {
            var wrapped = cue
            wrapped.text = render(units, breaker: breaker, lines: natural, maxWidth: maxWidth).text
            return [wrapped]
        }
        var pieces: [(text: String, width: Int)] = []
        let bounds = [0] + breaker.cueStarts(units, maxLines: maxLines, maxWidth: maxWidth) + [units.count]
        for (first, end) in zip(bounds, bounds.dropFirst()) where first < end {
            let chunk = Array(units[first..<end])
            let count = breaker.greedy(chunk, width: maxWidth).count
            pieces.append(render(chunk, breaker: breaker, lines: count, maxWidth: maxWidth))
        }
        let span = cue.end - cue.start
        let total = max(1, Int64(pieces.reduce(0) { $0 + $1.width }))
        var cues: [SubtitleCue] = []
        var start = cue.start
        var covered: Int64 = 0
        for (index, piece) in pieces.enumerated() {
            covered += Int64(piece.width)
            let end =
                index == pieces.count - 1
                ? cue.end
                : cue.start + MediaTime(value: SubtitleTiming.scale(span.value, by: covered, over: total), rate: span.rate)
            cues.append(SubtitleCue(start: start, end: end, text: piece.text, speaker: cue.speaker))
            start = end
        }
        return cues
    }

    /// `units` as balanced lines joined by `\n`, and their total width.
    private func render(
        _ units: [LineBreaker.Unit], breaker: LineBreaker, lines count: Int, maxWidth: Int
    ) -> (text: String, width: Int) {
        let lines = breaker.balanced(units, lines: count, maxWidth: maxWidth)
        let text = lines.map { breaker.text(of: units[$0]) }.joined(separator: "\n")
        return (text, lines.reduce(0) { $0 + breaker.width(of: units[$1]) })
    }
}
