package import Basics
package import DramaModel
package import Foundation
import Screenplay

/// An edition's lines for translators' tools as XLIFF 1.2, and their work back into the edition.
extension EditionMaker {
    /// The edition's lines as XLIFF: one `<file>` per episode, one unit per line with its id,
    /// the source words, the edition's words (marked for review when a machine or the writer
    /// made them), the speaker, a note with the scene and the time to fit, and the source
    /// line's digest so an import can tell the source changed since.
    package func exportXLIFF(_ record: EditionRecord, series: Series) -> String {
        let byEpisode = Dictionary(grouping: record.lines, by: \.id.episode)
        let files = byEpisode.keys.sorted().map { episode in
            XLIFFDocument.File(
                original: "episodes/\(EpisodeScript.fileName(episode))", sourceLanguage: record.sourceLanguage.rawValue,
                targetLanguage: record.language.rawValue,
                units: byEpisode[episode]!.map { line in
                    let (target, state): (String?, XLIFFDocument.TargetState?) = switch line.origin {
                    case .human: (line.text, line.stale == true ? .needsReviewTranslation : .translated)
                    case .machine: (line.text, .needsReviewTranslation)
                    case .transcreated: (line.text, .needsReviewAdaptation)
                    case .untranslated: (nil, nil)
                    }
                    var notes = ["Speak within \(String(format: "%.1f", line.budgetSeconds)) s (the source line's time)."]
                    switch line.origin {
                    case .transcreated: notes.append("The target is the built-in writer's transcreation (the same moment, not these words): replace it with a translation, or keep it.")
                    case .machine: notes.append("The target is a machine translation: correct it or keep it.")
                    case .human where line.stale == true: notes.append("The source line changed after this translation was made: review it.")
                    default: break
                    }
                    let speaker = series.character(id: line.speaker).map { "\($0.name) (\(line.speaker))" } ?? line.speaker
                    return XLIFFDocument.Unit(
                        id: line.id.description, source: line.source, target: target, state: state, speaker: speaker, notes: notes,
                        approved: line.origin == .human && line.stale != true, sourceDigest: line.sourceDigest)
                })
        }
        return XLIFFWriter.write(XLIFFDocument(files: files))
    }

    /// Takes translators' work from an XLIFF file into the edition's record: a unit whose
    /// target a person changed, or marked translated or final, becomes a person's translation.
    /// Nothing is changed unless the whole file is right: well-formed, this edition's
    /// languages, every unit a line of the edition whose source has not changed since export.
    /// - Returns: the record with the translations in it, and how many lines they changed.
    /// - Throws: `StoryEngineError` `.invalidEdition` with every problem at its line and column.
    package func importXLIFF(_ text: String, shown: String, into record: EditionRecord) throws(StoryEngineError) -> (record: EditionRecord, changed: Int) {
        let (read, diagnostics) = XLIFFReader.read(text, file: shown)
        let errors = diagnostics.filter { $0.severity == .error }
        guard let document = read, errors.isEmpty else {
            throw StoryEngineError(code: .invalidEdition, message: "\(shown) cannot be imported; nothing was changed", diagnostics: errors)
        }
        var problems: [Diagnostic] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func locate(_ needle: String) -> (line: Int?, column: Int?) {
            for (index, line) in lines.enumerated() {
                if let range = line.range(of: needle) { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
            }
            return (nil, nil)
        }
        var byID = record.byID
        var changed = 0
        var seen: Set<LineID> = []
        for file in document.files {
            if file.sourceLanguage != record.sourceLanguage.rawValue || file.targetLanguage != record.language.rawValue {
                let at = locate("original=\"\(file.original)\"")
                problems.append(Diagnostic(
                    file: shown, line: at.line, column: at.column, fieldPath: file.original,
                    message: "this file translates \(file.sourceLanguage) into \(file.targetLanguage), but the edition is \(record.sourceLanguage.rawValue) into \(record.language.rawValue)",
                    hint: "import it into editions/\(file.targetLanguage)/ with --to \(file.targetLanguage), or export this edition's file again"))
                continue
            }
            for unit in file.units {
                let at = locate("id=\"\(unit.id)\"")
                guard let id = LineID(unit.id), var line = byID[id] else {
                    problems.append(Diagnostic(
                        file: shown, line: at.line, column: at.column, fieldPath: unit.id,
                        message: "unit '\(unit.id)' is not a line of this edition",
                        hint: "the script changed since the export (a line added or removed): export again with cliff localize --export-xliff, and copy the translations over"))
                    continue
                }
                seen.insert(id)
                if let digest = unit.sourceDigest, digest != line.sourceDigest {
                    problems.append(Diagnostic(
                        file: shown, line: at.line, column: at.column, fieldPath: unit.id,
                        message: "the source of \(unit.id) changed since this file was exported (now: \"\(TextInput.excerpt(line.source))\")",
                        hint: "export again with cliff localize --export-xliff and translate the new line"))
                    continue
                }
                guard let target = unit.target?.trimmingCharacters(in: .whitespacesAndNewlines), !target.isEmpty else { continue }
                let confirmed: Set<XLIFFDocument.TargetState> = [.translated, .final, .signedOff]
                let edited = target != line.text
                guard edited || unit.approved || (unit.state.map(confirmed.contains) ?? false) else { continue }
                if line.origin == .human, !edited, line.stale != true, !unit.approved, unit.state != .final, unit.state != .signedOff { continue }
                line.text = target
                line.origin = .human
                line.stale = nil
                line.sourceDigest = EditionRecord.sourceDigest(speaker: line.speaker, text: line.source)
                byID[id] = line
                changed += 1
            }
        }
        guard problems.isEmpty else {
            throw StoryEngineError(
                code: .invalidEdition,
                message: "\(shown) does not match the \(record.language.rawValue) edition (\(problems.count) problem\(problems.count == 1 ? "" : "s")); nothing was changed",
                diagnostics: problems)
        }
        var updated = record
        updated.lines = record.lines.map { byID[$0.id] ?? $0 }
        return (updated, changed)
    }
}
