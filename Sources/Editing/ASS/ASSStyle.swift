import DramaModel

/// The look of burned-in subtitles on a vertical (9:16) frame, in ASS script pixels.
///
/// The defaults suit 1080×1920 short-video platforms: the bottom ~17 % of the frame sits under
/// the caption and progress bar, and the like/comment/share buttons run down the right edge,
/// so dialogue sits above the bottom UI with a wider right margin than left.
public struct ASSStyle: Sendable, Hashable {
    /// Script width in pixels (the video's width when rendered at native size).
    public var playResX: Int
    /// Script height in pixels.
    public var playResY: Int
    /// Font family for every style; the CJK family also covers Latin text.
    public var font: String
    /// Dialogue font size, in pixels.
    public var fontSize: Int
    /// Dialogue distance from the bottom edge, above the platform's caption and progress bar.
    public var marginV: Int
    /// Distance from the left edge for every style.
    public var marginL: Int
    /// Distance from the right edge for every style, clear of the platform's side buttons.
    public var marginR: Int
    /// Outline thickness around dialogue and title glyphs.
    public var outline: Int
    /// Drop shadow depth behind dialogue and title glyphs.
    public var shadow: Int
    /// The AI label's font size. libass sizes a font by its line height, and Noto Sans CJK's
    /// characters are 0.69 of that, so the default 90 draws ≥ 56 px characters on 1080 ("AI生成" measured, libass): at least
    /// 5 % of the width, the readable minimum for an AI disclosure.
    public var labelFontSize: Int
    /// The AI label's distance from the top edge.
    public var labelMarginV: Int
    /// The episode title's font size.
    public var titleFontSize: Int

    /// Creates a style; the defaults are for 1080×1920.
    public init(
        playResX: Int = 1080, playResY: Int = 1920, font: String = "Noto Sans CJK SC", fontSize: Int = 62,
        marginV: Int = 330, marginL: Int = 90, marginR: Int = 150, outline: Int = 4, shadow: Int = 2,
        labelFontSize: Int = 90, labelMarginV: Int = 140, titleFontSize: Int = 104
    ) {
        self.playResX = playResX
        self.playResY = playResY
        self.font = font
        self.fontSize = fontSize
        self.marginV = marginV
        self.marginL = marginL
        self.marginR = marginR
        self.outline = outline
        self.shadow = shadow
        self.labelFontSize = labelFontSize
        self.labelMarginV = labelMarginV
        self.titleFontSize = titleFontSize
    }

    /// The same style for a frame `width` pixels wide: every size and margin scaled by
    /// `width / playResX` (rounded; sizes stay at least 1 pixel), the height kept in proportion.
    ///
    /// - Precondition: `width > 0`.
    public func scaled(toWidth width: Int) -> ASSStyle {
        precondition(width > 0, "width must be positive, got \(width)")
        func scale(_ value: Int, atLeast minimum: Int = 0) -> Int {
            max(minimum, Int((Double(value) * Double(width) / Double(playResX)).rounded()))
        }
        var scaled = self
        scaled.playResX = width
        scaled.playResY = scale(playResY, atLeast: 1)
        scaled.fontSize = scale(fontSize, atLeast: 1)
        scaled.marginV = scale(marginV)
        scaled.marginL = scale(marginL)
        scaled.marginR = scale(marginR)
        scaled.outline = scale(outline)
        scaled.shadow = scale(shadow)
        scaled.labelFontSize = scale(labelFontSize, atLeast: 1)
        scaled.labelMarginV = scale(labelMarginV)
        scaled.titleFontSize = scale(titleFontSize, atLeast: 1)
        return scaled
    }
}

extension ASSStyle {
    /// The episode title's distance from the top edge: under the AI label's box, in the band
    /// above every face the frame composer places (faces start at about a third of the height
    /// in every framing), so the opening title never covers a face.
    public var titleMarginV: Int { labelMarginV + labelFontSize * 8 / 5 + labelFontSize / 3 }

    /// How far down the title's block reaches, for `lines` lines.
    public func titleBottom(lines: Int) -> Int { titleMarginV + lines * titleFontSize * 5 / 4 }

    /// A subtitle layout whose cues fit this style's dialogue lines: two lines of as many
    /// columns as `ASSWriter` fits between the margins at `fontSize`, so cues are split where
    /// they would otherwise be wrapped onto a third line.
    package var subtitleLayout: SubtitleLayout {
        let columns = ASSTextWrapper(language: .en, availableWidth: playResX - marginL - marginR)
            .columns(atFontSize: fontSize)
        return SubtitleLayout(maxLines: 2, englishColumns: columns, chineseColumns: columns)
    }
}
