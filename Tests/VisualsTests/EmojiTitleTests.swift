import Foundation
import Testing
@testable import Visuals

/// A title with emoji is never drawn as boxes: with the colour emoji font `scripts/setup.sh`
/// installs, the emoji are drawn; without one, they are left out.
@Suite struct EmojiTitleTests {
    @Test(arguments: ["Love 💔 Contract", "契约新娘 👰", "Revenge 🔥🔥 Night", "Family 👩‍❤️‍👨 Secrets 👍🏽"])
    func aTitleWithEmojiHasNoBoxes(_ title: String) throws {
        let canvas = try Canvas(width: 720, height: 1280)
        let block = TextBlock(canvas: canvas, text: title, family: "Noto Sans CJK SC Bold", size: 64, maxWidth: 640, characterWrap: false)
        #expect(block.unknownGlyphs == 0, "\(title) would be drawn with boxes")
    }

    @Test func theFallbackLeavesOutEmojiAndTheSpacesAroundThem() {
        #expect(TextBlock.withoutEmoji("Love 💔 Contract") == "Love Contract")
        #expect(TextBlock.withoutEmoji("Family 👩‍❤️‍👨 Secrets 👍🏽") == "Family Secrets")
        #expect(TextBlock.withoutEmoji("契约新娘 👰") == "契约新娘")
        #expect(TextBlock.withoutEmoji("EP 1 • A Name © 2026") == "EP 1 • A Name © 2026")
    }
}
