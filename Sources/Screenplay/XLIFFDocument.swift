/// An XLIFF 1.2 document (OASIS, `urn:oasis:names:tc:xliff:document:1.2`): one `<file>` per
/// source file.
///
/// The exchange format with translators of a series' localised editions: each line of an
/// episode is a ``Unit`` whose id names the line, with the English (or other source) text,
/// the translation once there is one, its state in the translator's workflow, who speaks it
/// and the notes a translator needs (the scene, the time the line may take).
/// ``XLIFFWriter`` writes one and ``XLIFFReader`` reads it back, also after a translation tool
/// has rewritten it.
///
/// ```swift
/// let document = XLIFFDocument(files: [
///     .init(original: "episodes/ep001.fountain", sourceLanguage: "en", targetLanguage: "zh", units: [
///         .init(id: "ep001-L0001", source: "I never wanted your money.", speaker: "MEI", maxCharacters: 40)
///     ])
/// ])
/// let xliff = XLIFFWriter.write(document)
/// ```
public struct XLIFFDocument: Sendable, Hashable {
    /// One `<file>`: the translatable lines of one source file, in one language pair.
    public struct File: Sendable, Hashable {
        /// The source file's name, e.g. `episodes/ep001.fountain` (the `original` attribute).
        public var original: String
        /// The language of the sources, a BCP 47 tag (`en`, `zh`, `es`).
        public var sourceLanguage: String
        /// The language of the targets, a BCP 47 tag.
        public var targetLanguage: String
        /// The file's units, in document order.
        public var units: [Unit]

        /// Creates a file.
        public init(original: String, sourceLanguage: String, targetLanguage: String, units: [Unit] = []) {
            self.original = original
            self.sourceLanguage = sourceLanguage
            self.targetLanguage = targetLanguage
            self.units = units
        }
    }

    /// One `<trans-unit>`: a line to translate and its translation.
    public struct Unit: Sendable, Hashable {
        /// The line's id, such as `ep001-L0007`, unique in the document.
        public var id: String
        /// The text to translate, exactly as written (line breaks, spaces and all).
        public var source: String
        /// The translation; `nil` when the unit has no `<target>` (an empty string is an
        /// empty `<target/>`).
        public var target: String?
        /// The `state` attribute of `<target>`: where the translation is in the workflow.
        public var state: TargetState?
        /// Who speaks the line, written as `<context context-type="x-speaker">` in a
        /// `<context-group purpose="information">`.
        public var speaker: String?
        /// The unit's `<note>`s, in order: context for the translator, the line's time budget…
        public var notes: [String]
        /// The most characters the translation may have (`maxwidth` with `size-unit="char"`).
        public var maxCharacters: Int?
        /// Whether the translation is approved (`approved="yes"`).
        public var approved: Bool
        /// A digest of the source text when the file was written (the `cliff:source-digest`
        /// attribute), so an import can tell the source changed since.
        public var sourceDigest: String?

        /// Creates a unit.
        public init(
            id: String, source: String, target: String? = nil, state: TargetState? = nil, speaker: String? = nil,
            notes: [String] = [], maxCharacters: Int? = nil, approved: Bool = false, sourceDigest: String? = nil
        ) {
            self.id = id
            self.source = source
            self.target = target
            self.state = state
            self.speaker = speaker
            self.notes = notes
            self.maxCharacters = maxCharacters
            self.approved = approved
            self.sourceDigest = sourceDigest
        }
    }

    /// The values XLIFF 1.2 defines for the `state` attribute of `<target>`.
    public enum TargetState: String, Sendable, Hashable, CaseIterable {
        /// Not yet worked on.
        case new
        /// Needs to be translated.
        case needsTranslation = "needs-translation"
        /// Translated, and the translation needs a review.
        case needsReviewTranslation = "needs-review-translation"
        /// Translated.
        case translated
        /// Finished.
        case final
        /// Signed off by the client or reviewer.
        case signedOff = "signed-off"
        /// Needs adapting to the target culture.
        case needsAdaptation = "needs-adaptation"
        /// Needs localisation (formats, units, names).
        case needsL10n = "needs-l10n"
        /// Adapted, and the adaptation needs a review.
        case needsReviewAdaptation = "needs-review-adaptation"
        /// Localised, and the localisation needs a review.
        case needsReviewL10n = "needs-review-l10n"
    }

    /// The document's files, in order.
    public var files: [File]

    /// Creates a document.
    public init(files: [File] = []) {
        self.files = files
    }
}

extension XLIFFDocument {
    /// The XLIFF 1.2 namespace, the default namespace of every document written.
    static let namespace = "urn:oasis:names:tc:xliff:document:1.2"
    /// The namespace of the attributes XLIFF has no place for (`cliff:source-digest`).
    static let cliffNamespace = "urn:cliffhanger:xliff"
    /// The context type that carries a unit's speaker.
    static let speakerContextType = "x-speaker"
}
