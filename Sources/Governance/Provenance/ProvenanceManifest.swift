package import Foundation

/// What an episode file was made from: every generator, version, seed, parameter hash and
/// input of the production graph behind it, the hash of the file itself, its labels, and the
/// public key that signs it. Written as `out/epNNN/provenance.json` (see `SignedManifest`).
package struct ProvenanceManifest: Sendable, Hashable, Codable {
    /// Format tag, `cliffhanger.provenance/1`.
    package var format = "cliffhanger.provenance/1"
    /// The series title.
    package var series: String
    /// Episode number.
    package var episode: Int
    /// For an experiment's variant of the episode, its tag (`ep001-hook/B`); nil for the episode.
    package var variant: String?
    /// The episode file's name (`episode.mp4`).
    package var file: String
    /// SHA-256 of the episode file, 64 hex digits.
    package var fileSHA256: String
    /// Its size in bytes.
    package var fileSize: Int64
    /// The `AIGC` metadata written into the file.
    package var aigc: [String: String]
    /// The visible label burned into the opening, as the graph asked for it.
    package var visibleLabel: VisibleLabel?
    /// Every node the file was made from, the file's own last.
    package var steps: [Step]
    /// When it was signed, ISO 8601.
    package var created: String
    /// The signer's Ed25519 public key, base64 (raw 32 bytes).
    package var publicKey: String
    /// For an episode of a localised edition: which series, in which language, it localises.
    package var localization: Localization?

    /// What an edition's episode is a localisation of.
    package struct Localization: Sendable, Hashable, Codable {
        /// The source series' folder name (its id).
        package var sourceSeries: String
        /// The source series' language (`en`).
        package var sourceLanguage: String
        /// The edition's language (`zh`).
        package var language: String
        /// SHA-256 of the edition's `lines.json` when the episode was signed: which words came
        /// from people, a model or the writer's transcreation.
        package var linesSHA256: String
        /// Lines of the episode by where their words came from (`transcreated: 24`).
        package var lineOrigins: [String: Int]
    }

    /// Creates a manifest.
    package init(
        series: String, episode: Int, file: String, fileSHA256: String, fileSize: Int64, aigc: [String: String],
        visibleLabel: VisibleLabel?, steps: [Step], created: String, publicKey: String, variant: String? = nil
    ) {
        self.series = series
        self.episode = episode
        self.variant = variant
        self.file = file
        self.fileSHA256 = fileSHA256
        self.fileSize = fileSize
        self.aigc = aigc
        self.visibleLabel = visibleLabel
        self.steps = steps
        self.created = created
        self.publicKey = publicKey
    }

    /// One node of the production graph.
    package struct Step: Sendable, Hashable, Codable {
        /// The node key (hash of generator, parameters and inputs).
        package var node: String
        /// The step kind (`voice`, `shot`, `assemble`).
        package var step: String
        /// The generator id (`builtin.voice.espeak-ng`).
        package var generator: String
        /// The generator version.
        package var version: Int
        /// Seeds found in the parameters (`musicSeed=7`).
        package var seeds: [String]
        /// SHA-256 of the node's canonical parameters (the prompt and settings).
        package var parametersSHA256: String
        /// Input node keys, in order.
        package var inputs: [String]
        /// Output names and their SHA-256, as stored.
        package var outputs: [String: String]

        /// Creates a step.
        package init(
            node: String, step: String, generator: String, version: Int, seeds: [String], parametersSHA256: String,
            inputs: [String], outputs: [String: String]
        ) {
            self.node = node
            self.step = step
            self.generator = generator
            self.version = version
            self.seeds = seeds
            self.parametersSHA256 = parametersSHA256
            self.inputs = inputs
            self.outputs = outputs
        }
    }

    /// The visible AI label as requested from the renderer.
    package struct VisibleLabel: Sendable, Hashable, Codable {
        /// The text (`AI-generated`, `AI生成`).
        package var text: String
        /// The shot node that burns it in.
        package var node: String
        /// Start and end as the overlay states them (rational times, JSON).
        package var start: String
        /// See `start`.
        package var end: String

        /// Creates a label record.
        package init(text: String, node: String, start: String, end: String) {
            self.text = text
            self.node = node
            self.start = start
            self.end = end
        }
    }
}

/// A manifest with its Ed25519 signature over the manifest's canonical JSON: the content of
/// `provenance.json`.
package struct SignedManifest: Sendable, Hashable, Codable {
    /// The manifest.
    package var manifest: ProvenanceManifest
    /// Base64 Ed25519 signature of `canonicalBytes(manifest)`.
    package var signature: String

    /// Creates a signed manifest.
    package init(manifest: ProvenanceManifest, signature: String) {
        self.manifest = manifest
        self.signature = signature
    }

    /// Canonical JSON: sorted keys, no escaped slashes; what the signature covers.
    /// - Throws: `GovernanceError` `.provenanceInvalid` when the value cannot be encoded (a
    ///   non-finite number, say): nothing is ever signed or hashed in place of a value.
    package static func canonicalBytes(_ value: some Encodable) throws(GovernanceError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            throw GovernanceError(
                code: .provenanceInvalid,
                message: "cannot encode \(type(of: value)) as canonical JSON (\(error)); nothing was signed or written.")
        }
    }
}
