import CCairo

/// A paragraph of text laid out by pango: wrapped to a width, centred, shrunk until it
/// fits a box. Chinese wraps between characters, English at word boundaries.
final class TextBlock {
    let layout: OpaquePointer
    let size: Double
    let maxWidth: Double

    /// Lays out `text` at `size` pixels in `family`, wrapped to `maxWidth` (no wrap if nil).
    init(canvas: Canvas, text: String, family: String, size: Double, maxWidth: Double?, characterWrap: Bool) {
        layout = pango_cairo_create_layout(canvas.cr)
        self.size = size
        self.maxWidth = maxWidth ?? -1
        let description = pango_font_description_from_string(family)
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_text(layout, text, -1)
        // A character no installed font can draw would be a box: emoji are left out instead
        // (scripts/setup.sh installs a colour emoji font, so this is the fallback).
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            pango_layout_set_text(layout, Self.withoutEmoji(text), -1)
        }
        if let maxWidth {
            pango_layout_set_width(layout, Int32(maxWidth * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, characterWrap ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD)
        }
        pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Characters of the text no installed font has a glyph for (drawn as boxes).
    var unknownGlyphs: Int { Int(pango_layout_get_unknown_glyphs_count(layout)) }

    /// `text` without emoji (pictographs with their joiners, skin tones and variation
    /// selectors), spaces they leave doubled collapsed: "Love 💔 Contract" → "Love Contract".
    static func withoutEmoji(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { scalar in
            let p = scalar.properties
            let pictograph = p.isEmojiPresentation || (p.isEmoji && scalar.value > 0x2100) || (0x1F3FB...0x1F3FF).contains(scalar.value)
            return !(pictograph || scalar.value == 0x200D || (0xFE00...0xFE0F).contains(scalar.value))
        }
        let joined = String(String.UnicodeScalarView(kept))
        return joined.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// The logical box (what line spacing takes), relative to the layout's origin.
    var logical: (x: Double, y: Double, width: Double, height: Double) {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_pixel_extents(layout, &ink, &logical)
        return (Double(logical.x), Double(logical.y), Double(logical.width), Double(logical.height))
    }

    /// The inked box (the glyphs themselves), relative to the layout's origin.
    var ink: (x: Double, y: Double, width: Double, height: Double) {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_pixel_extents(layout, &ink, &logical)
        return (Double(ink.x), Double(ink.y), Double(ink.width), Double(ink.height))
    }

    var lineCount: Int { Int(pango_layout_get_line_count(layout)) }

    /// Draws the text with its layout origin at (x, y): a soft shadow, an outline, a fill.
    func draw(on canvas: Canvas, x: Double, y: Double, fill: (Canvas) -> Void, outline: RGBColor, outlineWidth: Double, shadow: Double) {
        let cr = canvas.cr
        if shadow > 0 {
            cairo_save(cr)
            cairo_move_to(cr, x + shadow, y + shadow)
            pango_cairo_layout_path(cr, layout)
            canvas.color(RGBColor(0x000000), 0.55)
            cairo_set_line_width(cr, outlineWidth * 1.6)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_stroke_preserve(cr)
            cairo_fill(cr)
            cairo_restore(cr)
        }
        cairo_move_to(cr, x, y)
        pango_cairo_layout_path(cr, layout)
        if outlineWidth > 0 {
            canvas.color(outline)
            cairo_set_line_width(cr, outlineWidth)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_stroke_preserve(cr)
        }
        fill(canvas)
        cairo_fill(cr)
    }

    /// The largest size from `start` down at which `text` fits `width × height` without
    /// breaking an English word, laid out.
    static func fitting(canvas: Canvas, text: String, family: String, start: Double, minimum: Double, width: Double, height: Double, characterWrap: Bool) -> TextBlock {
        var size = start
        while true {
            let block = TextBlock(canvas: canvas, text: text, family: family, size: size, maxWidth: width, characterWrap: characterWrap)
            let box = block.logical
            let wordsFit = characterWrap || text.split(whereSeparator: \.isWhitespace).allSatisfy { word in
                TextBlock(canvas: canvas, text: String(word), family: family, size: size, maxWidth: nil, characterWrap: false).logical.width <= width
            }
            if (box.height <= height && box.width <= width && wordsFit) || size <= minimum { return block }
            size = max(minimum, size * 0.92)
        }
    }
}
