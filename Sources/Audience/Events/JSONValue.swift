/// Any JSON value, keeping booleans, numbers and strings apart, for validating request
/// bodies field by field with precise messages.
///
/// Parsed by a small byte-level reader (`JSONValue.parse`) that never traps: depth is
/// bounded, every malformed input becomes a `JSONValue.SyntaxError` with its byte offset.
enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// A malformed JSON text.
    struct SyntaxError: Error, CustomStringConvertible {
        /// Byte offset of the problem.
        var offset: Int
        /// What is wrong.
        var reason: String
        var description: String { "\(reason) at byte \(offset)" }
    }

    /// Nesting deeper than this is refused (it is never a viewer event).
    static let maximumDepth = 64

    /// Parses `bytes` as one JSON value (surrounding whitespace allowed).
    static func parse(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> JSONValue {
        let array = Array(bytes)
        var reader = Reader(bytes: array)
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.index == array.count else { throw SyntaxError(offset: reader.index, reason: "unexpected text after the JSON value") }
        return value
    }

    /// The kind, for messages: "a string", "a number"…
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The value as a whole number, if it is one.
    var wholeNumber: Int? {
        guard case .number(let value) = self, value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    /// The value as a string, if it is one.
    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func skipWhitespace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
            guard depth < JSONValue.maximumDepth else { throw SyntaxError(offset: index, reason: "nested deeper than \(JSONValue.maximumDepth) levels") }
            guard index < bytes.count else { throw SyntaxError(offset: index, reason: "unexpected end of text") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw SyntaxError(offset: index, reason: "unexpected character")
            }
        }

        mutating func literal(_ word: StaticString) throws(SyntaxError) {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { throw SyntaxError(offset: index, reason: "unexpected end of text") }
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
            for offset in 0..<count where bytes[index + offset] != expected[offset] {
                throw SyntaxError(offset: index + offset, reason: "unexpected character")
            }
            index += count
        }

        mutating func object(depth: Int) throws(SyntaxError) -> JSONValue {
            index += 1
            var members: [String: JSONValue] = [:]
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw SyntaxError(offset: index, reason: "expected a quoted key") }
                let key = try string()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw SyntaxError(offset: index, reason: "expected ':'") }
                index += 1
                skipWhitespace()
                members[key] = try value(depth: depth + 1)
                skipWhitespace()
                guard index < bytes.count else { throw SyntaxError(offset: index, reason: "unexpected end of text") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                throw SyntaxError(offset: index, reason: "expected ',' or '}'")
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
            index += 1
            var items: [JSONValue] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                guard index < bytes.count else { throw SyntaxError(offset: index, reason: "unexpected end of text") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                throw SyntaxError(offset: index, reason: "expected ',' or ']'")
            }
        }

        mutating func hexDigit() throws(SyntaxError) -> UInt32 {
            guard index < bytes.count else { throw SyntaxError(offset: index, reason: "unexpected end of text") }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw SyntaxError(offset: index - 1, reason: "expected a hex digit")
            }
        }

        mutating func string() throws(SyntaxError) -> String {
            index += 1
            let start = index
            // Fast path: no escapes.
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 {
                index += 1
            }
            guard index < bytes.count else { throw SyntaxError(offset: index, reason: "unterminated string") }
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                return try decoded(bytes[start..<(index - 1)], at: start)
            }
            var scalars: [UInt8] = Array(bytes[start..<index])
            while true {
                guard index < bytes.count else { throw SyntaxError(offset: index, reason: "unterminated string") }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { index += 1; break }
                if byte < 0x20 { throw SyntaxError(offset: index, reason: "control character in a string") }
                if byte != UInt8(ascii: "\\") { scalars.append(byte); index += 1; continue }
                index += 1
                guard index < bytes.count else { throw SyntaxError(offset: index, reason: "unterminated string") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append(0x22)
                case UInt8(ascii: "\\"): scalars.append(0x5C)
                case UInt8(ascii: "/"): scalars.append(0x2F)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try (hexDigit() << 12) | (hexDigit() << 8)
                    code |= try (hexDigit() << 4) | hexDigit()
                    if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        var low = try (hexDigit() << 12) | (hexDigit() << 8)
                        low |= try (hexDigit() << 4) | hexDigit()
                        if (0xDC00..<0xE000).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            scalars.append(contentsOf: Array(String(Unicode.Scalar(0xFFFD)!).utf8))
                            code = low
                        }
                    }
                    let scalar = Unicode.Scalar(code) ?? Unicode.Scalar(0xFFFD)!
                    scalars.append(contentsOf: Array(String(scalar).utf8))
                default:
                    throw SyntaxError(offset: index - 1, reason: "unknown escape")
                }
            }
            return try decoded(scalars[...], at: start)
        }

        func decoded(_ slice: ArraySlice<UInt8>, at offset: Int) throws(SyntaxError) -> String {
            guard let text = String(validating: slice, as: UTF8.self) else { throw SyntaxError(offset: offset, reason: "a string is not valid UTF-8") }
            return text
        }

        mutating func number() throws(SyntaxError) -> Double {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            func digits(_ reader: inout Reader) -> Int {
                let from = reader.index
                while reader.index < reader.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(reader.bytes[reader.index]) { reader.index += 1 }
                return reader.index - from
            }
            guard digits(&self) > 0 else { throw SyntaxError(offset: index, reason: "expected a digit") }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { throw SyntaxError(offset: index, reason: "expected a digit after '.'") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { throw SyntaxError(offset: index, reason: "expected an exponent") }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            guard let value = Double(text) else { throw SyntaxError(offset: start, reason: "not a number") }
            return value
        }
    }
}
