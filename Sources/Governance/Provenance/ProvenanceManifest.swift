public import Foundation

/// What an episode file was made from: every generator, version, seed, parameter hash and
/// input of the production graph behind it, the hash of the file itself, its labels, and the
/// public key that signs it. Written as `out/epNNN/provenance.json` (see `SignedManifest`).
public struct ProvenanceManifest: Sendable, Hashable, Codable {
    /// Format tag, `cliffhanger.provenance/1`.
    public var format = "cliffhanger.provenance/1"
    /// The series title.
    public var series: String
    /// Episode number.
    public var episode: Int
    /// The episode file's name (`episode.mp4`).
    public var file: String
    /// SHA-256 of the episode file, 64 hex digits.
    public var fileSHA256: String
    /// Its size in bytes.
    public var fileSize: Int64
    /// The `AIGC` metadata written into the file.
    public var aigc: [String: String]
    /// The visible label burned into the opening, as the graph asked for it.
    public var visibleLabel: VisibleLabel?
    /// Every node the file was made from, the file's own last.
    public var steps: [Step]
    /// When it was signed, ISO 8601.
    public var created: String
    /// The signer's Ed25519 public key, base64 (raw 32 bytes).
    public var publicKey: String

    /// Creates a manifest.
    public init(
        series: String, episode: Int, file: String, fileSHA256: String, fileSize: Int64, aigc: [String: String],
        visibleLabel: VisibleLabel?, steps: [Step], created: String, publicKey: String
    ) {
        self.series = series
        self.episode = episode
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
    public struct Step: Sendable, Hashable, Codable {
        /// The node key (hash of generator, parameters and inputs).
        public var node: String
        /// The step kind (`voice`, `shot`, `assemble`).
        public var step: String
        /// The generator id (`builtin.voice.espeak-ng`).
        public var generator: String
        /// The generator version.
        public var version: Int
        /// Seeds found in the parameters (`musicSeed=7`).
        public var seeds: [String]
        /// SHA-256 of the node's canonical parameters (the prompt and settings).
        public var parametersSHA256: String
        /// Input node keys, in order.
        public var inputs: [String]
        /// Output names and their SHA-256, as stored.
        public var outputs: [String: String]

        /// Creates a step.
        public init(
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
    public struct VisibleLabel: Sendable, Hashable, Codable {
        /// The text (`AI-generated`, `AI生成`).
        public var text: String
        /// The shot node that burns it in.
        public var node: String
        /// Start and end as the overlay states them (rational times, JSON).
        public var start: String
        /// See `start`.
        public var end: String

        /// Creates a label record.
        public init(text: String, node: String, start: String, end: String) {
            self.text = text
            self.node = node
            self.start = start
            self.end = end
        }
    }
}

/// A manifest with its Ed25519 signature over the manifest's canonical JSON: the content of
/// `provenance.json`.
public struct SignedManifest: Sendable, Hashable, Codable {
    /// The manifest.
    public var manifest: ProvenanceManifest
    /// Base64 Ed25519 signature of `canonicalBytes(manifest)`.
    public var signature: String

    /// Creates a signed manifest.
    public init(manifest: ProvenanceManifest, signature: String) {
        self.manifest = manifest
        self.signature = signature
    }

    /// Canonical JSON: sorted keys, no escaped slashes; what the signature covers.
    /// - Throws: `GovernanceError` `.provenanceInvalid` when the value cannot be encoded (a
    ///   non-finite number, say): nothing is ever signed or hashed in place of a value.
    public static func canonicalBytes(_ value: some Encodable) throws(GovernanceError) -> Data {
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
