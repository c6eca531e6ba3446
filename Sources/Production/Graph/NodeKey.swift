public import Foundation
import Crypto

/// The address of a production node: a SHA-256 over its generator, the generator's version,
/// its canonical parameters and the keys of its inputs.
///
/// Two nodes with the same key produce the same thing, so a key that has a result is never
/// run again; any change upstream changes every key downstream of it.
public struct NodeKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// 64 lowercase hex digits.
    public let hex: String

    /// Wraps a hex digest (64 lowercase hex digits).
    public init?(hex: String) {
        guard hex.utf8.count == 64, hex.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        self.hex = hex
    }

    private init(unchecked hex: String) { self.hex = hex }

    /// Computes the key of a node.
    public init(generator: GeneratorID, parameters: Data, inputs: [NodeKey]) {
        var hasher = SHA256()
        hasher.update(data: Data("cliff.node/1\u{0}\(generator.id)\u{0}\(generator.version)\u{0}".utf8))
        hasher.update(data: parameters)
        for input in inputs { hasher.update(data: Data("\u{0}\(input.hex)".utf8)) }
        self.init(unchecked: Self.hex(hasher.finalize()))
    }

    /// The first 12 hex digits, for display.
    public var short: String { String(hex.prefix(12)) }

    public var description: String { hex }

    public static func < (a: NodeKey, b: NodeKey) -> Bool { a.hex < b.hex }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let key = NodeKey(hex: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a node key: \(text)"))
        }
        self = key
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Canonical JSON for node parameters: sorted keys, no escaped slashes, so equal values hash
/// equally on every machine.
public enum CanonicalJSON {
    /// Encodes `value` canonically.
    public static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            preconditionFailure("node parameters must encode to JSON: \(error)")
        }
    }

    /// Decodes parameters.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}
