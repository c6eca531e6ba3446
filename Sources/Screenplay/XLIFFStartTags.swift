/// Where each start tag of an XML text begins, in document order, so a diagnostic about an
/// element points at its `<`.
///
/// `XMLParser` reports where libxml2 is when it calls back, which for a start tag is at its
/// end; this scan finds the tags themselves. Comments, CDATA sections, processing
/// instructions, the document type declaration and end tags are skipped, so the n-th tag
/// found is the n-th element the parser reports. Lines and columns are 1-based; a column
/// counts Unicode scalars (a Chinese character or an emoji is one column).
struct XLIFFStartTags {
    /// One start tag: its qualified name and where its `<` is.
    struct Tag {
        var name: String
        var line: Int
        var column: Int
    }

    /// The start tags, in document order.
    private(set) var tags: [Tag] = []

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        var column = 1

        /// Moves past one byte, keeping line and column.
        func advance() {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte == UInt8(ascii: "\r") {
                // A lone CR ends a line too; in CR LF the LF does.
                if index >= bytes.count || bytes[index] != UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                }
            } else if byte & 0xC0 != 0x80 {
                column += 1  // not a UTF-8 continuation byte: a new scalar
            }
        }
        func starts(with prefix: String) -> Bool {
            let prefix = Array(prefix.utf8)
            return index + prefix.count <= bytes.count && Array(bytes[index..<index + prefix.count]) == prefix
        }
        /// Moves past the next `terminator` (or to the end).
        func skip(past terminator: String) {
            while index < bytes.count, !starts(with: terminator) { advance() }
            for _ in terminator.utf8 where index < bytes.count { advance() }
        }
        /// Moves past the `>` that closes the current markup, ignoring any inside quotes or,
        /// for a document type declaration, inside its `[…]` internal subset.
        func skipMarkup() {
            var quote: UInt8?
            var depth = 0
            while index < bytes.count {
                let byte = bytes[index]
                advance()
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "]") {
                    depth -= 1
                } else if byte == UInt8(ascii: ">"), depth <= 0 {
                    return
                }
            }
        }

        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                advance()
                continue
            }
            if starts(with: "<!--") {
                skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                skip(past: "]]>")
            } else if starts(with: "<?") {
                skip(past: "?>")
            } else if starts(with: "<!") || starts(with: "</") {
                skipMarkup()
            } else {
                let (tagLine, tagColumn) = (line, column)
                advance()
                let nameStart = index
                while index < bytes.count, !Self.endsName(bytes[index]) { advance() }
                let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
                tags.append(Tag(name: name, line: tagLine, column: tagColumn))
                skipMarkup()
            }
        }
    }

    /// Whether `byte` ends a tag's name: white space, `/` or `>`.
    private static func endsName(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "/"), UInt8(ascii: ">"): true
        default: false
        }
    }
}
