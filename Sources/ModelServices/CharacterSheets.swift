import Crypto
package import DramaModel
import Foundation
package import Production

/// Keeps characters looking the same across pictures from a model: one character sheet per
/// character, made once from the bible's `LookSpec` with a seed pinned to the character's id,
/// then passed as a reference — with the same seed — on every later request showing that
/// character.
///
/// ```swift
/// let sheets = CharacterSheets(generator: image, series: series)
/// let request = try await sheets.request(showing: "lin-xia", prompt: "Lin Xia at the office door, night", width: 1080, height: 1920)
/// let still = try await image.generate(request)
/// ```
package actor CharacterSheets {
    let generator: any ImageGenerator
    let series: Series
    private var sheets: [String: Task<GeneratedImage, any Error>] = [:]
    private var consumed = Usage()

    /// Sheets for `series`'s characters, drawn by `generator`.
    package init(generator: any ImageGenerator, series: Series) {
        self.generator = generator
        self.series = series
    }

    /// What making the sheets consumed so far.
    package var usage: Usage { consumed }

    /// The seed of a character: the first 8 bytes of SHA-256 of its id.
    package nonisolated static func seed(for characterID: String) -> UInt64 {
        SHA256.hash(data: Data(characterID.utf8)).prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The sheet's prompt: a full-body turnaround on a plain background from the `LookSpec`.
    package nonisolated static func sheetPrompt(for member: CastMember, series: Series) -> String {
        let look = member.look
        var traits: [String] = []
        if let age = look.age { traits.append("\(age) years old") }
        traits.append(member.gender == .unspecified ? "person" : member.gender.rawValue)
        for part in [look.build, look.face, look.hair, look.skin, look.eyes] { if let part, !part.isEmpty { traits.append(part) } }
        if let outfit = look.outfit, !outfit.isEmpty { traits.append("wearing \(outfit)") }
        if !look.accessories.isEmpty { traits.append("with \(look.accessories.joined(separator: ", "))") }
        if !look.palette.isEmpty { traits.append("colour palette \(look.palette.joined(separator: ", "))") }
        return "Character sheet of \(member.name) for the vertical drama \"\(series.title)\": \(traits.joined(separator: ", ")). "
            + "Front, three-quarter and side views, full body, neutral expression, plain light grey background, even studio light, no text."
    }

    /// The character's sheet, made on first use (concurrent callers share one request).
    /// - Throws: `ModelServicesError` `.rejected` for an unknown character; the generator's
    ///   `StepFailure` when the sheet cannot be made.
    package func sheet(for characterID: String) async throws -> GeneratedImage {
        if let task = sheets[characterID] { return try await task.value }
        guard let member = series.character(id: characterID) else {
            throw ModelServicesError(code: .rejected, message: "no character '\(characterID)' in series.yaml to make a character sheet for; use a character id")
        }
        let request = ImageRequest(
            prompt: Self.sheetPrompt(for: member, series: series), negativePrompt: "text, watermark, extra people, cropped",
            seed: Self.seed(for: characterID), width: 1536, height: 1024)
        let generator = self.generator
        let task = Task { try await generator.generate(request) }
        sheets[characterID] = task
        do {
            let sheet = try await task.value
            consumed = consumed + sheet.usage
            return sheet
        } catch {
            sheets[characterID] = nil  // a failed sheet is tried again next time
            throw error
        }
    }

    /// A request showing `characterIDs` (the first one's seed), with their sheets as references.
    package func request(
        showing characterIDs: [String], prompt: String, negativePrompt: String = "", width: Int, height: Int
    ) async throws -> ImageRequest {
        var references: [Data] = []
        for id in characterIDs { references.append(try await sheet(for: id).png) }
        return ImageRequest(
            prompt: prompt, negativePrompt: negativePrompt, seed: characterIDs.first.map(Self.seed(for:)) ?? 0,
            width: width, height: height, references: references)
    }
}
