import Basics

/// Writes ``XLIFFDocument``s as XLIFF 1.2, the format translation tools (OmegaT, Trados,
/// memoQ, Poedit, Weblate, the Translate Toolkit) open.
///
/// The output is deterministic: the same document gives the same bytes. Every unit carries
/// `xml:space="preserve"` and its text is kept exactly: `&`, `<`, `>` and quotes are escaped,
/// carriage returns (and, in attributes, line breaks and tabs) are character references so
/// no XML parser normalises them away; Chinese and emoji are written as they are (UTF-8).
/// Characters XML 1.0 forbids (control characters other than tab and line breaks) are dropped.
///
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:cliff="urn:cliffhanger:xliff">
///   <file original="episodes/ep001.fountain" source-language="en" target-language="zh" datatype="plaintext">
///     <body>
///       <trans-unit id="ep001-L0001" xml:space="preserve" maxwidth="40" size-unit="char" cliff:source-digest="9f2c…">
///         <source>I never wanted your money.</source>
///         <target state="translated">我从来不要你的钱。</target>
///         <context-group purpose="information">
///           <context context-type="x-speaker">MEI</context>
///         </context-group>
///         <note>Budget: 2.4 s</note>
///       </trans-unit>
///     </body>
///   </file>
/// </xliff>
/// ```
///
/// A unit's ``XLIFFDocument/Unit/state`` lives on its `<target>`, so it is written only for a
/// unit that has a target.
public enum XLIFFWriter {
    /// Renders `document` as an XLIFF 1.2 document.
    public static func write(_ document: XLIFFDocument) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<xliff version=\"1.2\" xmlns=\"\(XLIFFDocument.namespace)\" xmlns:cliff=\"\(XLIFFDocument.cliffNamespace)\">\n"
        for file in document.files {
            xml += "  <file original=\"\(attribute(file.original))\" source-language=\"\(attribute(file.sourceLanguage))\""
            xml += " target-language=\"\(attribute(file.targetLanguage))\" datatype=\"plaintext\">\n"
            xml += "    <body>\n"
            for unit in file.units {
                xml += render(unit)
            }
            xml += "    </body>\n"
            xml += "  </file>\n"
        }
        xml += "</xliff>\n"
        return xml
    }

    /// One `<trans-unit>`, its children in the order XLIFF 1.2's schema gives them.
    private static func render(_ unit: XLIFFDocument.Unit) -> String {
        var tag = "      <trans-unit id=\"\(attribute(unit.id))\" xml:space=\"preserve\""
        if let maxCharacters = unit.maxCharacters { tag += " maxwidth=\"\(maxCharacters)\" size-unit=\"char\"" }
        if unit.approved { tag += " approved=\"yes\"" }
        if let digest = unit.sourceDigest { tag += " cliff:source-digest=\"\(attribute(digest))\"" }
        var xml = tag + ">\n"
        xml += "        <source>\(text(unit.source))</source>\n"
        if let target = unit.target {
            let state = unit.state.map { " state=\"\($0.rawValue)\"" } ?? ""
            xml += "        <target\(state)>\(text(target))</target>\n"
        }
        if let speaker = unit.speaker {
            xml += "        <context-group purpose=\"information\">\n"
            xml += "          <context context-type=\"\(XLIFFDocument.speakerContextType)\">\(text(speaker))</context>\n"
            xml += "        </context-group>\n"
        }
        for note in unit.notes {
            xml += "        <note>\(text(note))</note>\n"
        }
        xml += "      </trans-unit>\n"
        return xml
    }

    /// `value` for element content: escaped, with carriage returns as `&#13;` (a parser turns a
    /// bare one into a line feed).
    static func text(_ value: String) -> String {
        escaped(value, inAttribute: false)
    }

    /// `value` for a double-quoted attribute: escaped, with line breaks and tabs as character
    /// references too (a parser turns bare ones into spaces).
    static func attribute(_ value: String) -> String {
        escaped(value, inAttribute: true)
    }

    private static func escaped(_ value: String, inAttribute: Bool) -> String {
        var out = ""
        // Scalars, not characters: "\r\n" is one Character, and its "\r" must be escaped too.
        for scalar in TextEscaping.xml(value).unicodeScalars {
            switch scalar {
            case "\r": out += "&#13;"
            case "\n" where inAttribute: out += "&#10;"
            case "\t" where inAttribute: out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
