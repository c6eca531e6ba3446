import Basics
import Foundation
import Screenplay

/// A Fountain script as the episode page shows it: a screenplay (scene headings, action,
/// centred cues and dialogue) with the writer's beats as small labels and its other notes
/// (continuity) in small print, instead of the raw text with its `[[beat: …]]` markers.
enum ScreenplayHTML {
    /// The body of `fountain` as HTML paragraphs with the stylesheet's screenplay classes; the
    /// title page is left out (the page names the episode). Every dialogue paragraph carries
    /// `data-line`, its 1-based number among the spoken lines.
    static func render(_ fountain: String) -> String {
        var html = ""
        var line = 0
        func paragraph(_ kind: String, _ text: String, attributes: String = "") -> String {
            let body = text.split(separator: "\n", omittingEmptySubsequences: false).map { TextEscaping.html($0) }.joined(separator: "<br>")
            return "<p class=\"\(kind)\"\(attributes)>\(body)</p>\n"
        }
        for element in FountainParser.parse(fountain).elements {
            switch element {
            case .sceneHeading(let heading): html += paragraph("scene-heading", heading.text)
            case .action(let text, _): html += paragraph("action", text)
            case .character(let cue): html += paragraph("character", ([cue.name] + cue.extensions.map { "(\($0))" }).joined(separator: " "))
            case .parenthetical(let text): html += paragraph("parenthetical", text)
            case .dialogue(let text):
                line += 1
                html += paragraph("dialogue", text, attributes: " data-line=\"\(line)\"")
            case .lyrics(let text): html += paragraph("dialogue lyrics", text)
            case .transition(let text, _): html += paragraph("transition", text)
            case .centered(let text): html += paragraph("centered", text)
            case .section(_, let title): html += paragraph("section", title)
            case .synopsis(let text): html += paragraph("synopsis", text)
            case .note(let text):
                let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                html += parts.count == 2 && parts[0] == "beat" ? paragraph("beat", parts[1]) : paragraph("note", text)
            case .boneyard: continue
            case .pageBreak: html += "<hr>\n"
            }
        }
        return html
    }
}
