import DramaModel

/// Where a piece of cover text landed, in pixels (pango's logical extents).
package struct PlacedText: Sendable, Hashable {
    /// What the text is.
    package enum Role: Sendable, Hashable { case title, episode, badge }
    package var role: Role
    package var text: String
    package var x: Double
    package var y: Double
    package var width: Double
    package var height: Double
    /// Font size in pixels.
    package var size: Double
}

/// Paints an episode cover: the place at night, the two leads large, the series title and
/// the episode line in outlined type, and the AI disclosure badge.
struct CoverPainter {
    let artist: ProceduralArtist

    static let titleFamily = "Noto Serif CJK SC Bold"
    static let labelFamily = "Noto Sans CJK SC Bold"

    func paint(_ request: CoverRequest, on canvas: Canvas) throws(VisualsError) {
        let series = artist.series
        guard let location = series.locations.first(where: { $0.id == request.location }) else {
            throw VisualsError(code: .unknownSubject, message: "the cover of episode \(request.episode) names location '\(request.location)', which series.yaml does not have; use one of: \(series.locations.map(\.id).joined(separator: ", "))")
        }
        var members: [CastMember] = []
        for id in request.characters {
            guard let member = series.character(id: id) else {
                throw VisualsError(code: .unknownSubject, message: "the cover of episode \(request.episode) names character '\(id)', which series.yaml does not have; use one of: \(series.characters.map(\.id).joined(separator: ", "))")
            }
            members.append(member)
        }
        let w = Double(canvas.width), h = Double(canvas.height)
        artist.paintBackground(location, lighting: request.lighting, on: canvas)
        // Darken the top and bottom for the text.
        canvas.rect(0, 0, w, h)
        canvas.linear(0, 0, 0, h, [(0, RGBColor(0x05030c), 0.55), (0.2, RGBColor(0x05030c), 0.0), (0.52, RGBColor(0x05030c), 0.0),
                                   (0.72, RGBColor(0x05030c), 0.7), (1, RGBColor(0x05030c), 0.9)])
        canvas.fillSource()

        let (first, second): (Emotion, Emotion) = switch series.genre {
        case .romance: (.tender, .cold)
        case .revenge: (.cold, .smug)
        case .suspense: (.afraid, .cold)
        case .palace: (.cold, .smug)
        }
        let leads = Array(members.prefix(2))
        // A soft light behind the figures.
        canvas.radial(0.5 * w, 0.4 * h, 0.05 * w, 0.7 * w, [(0, RGBColor(0xffe0b0), 0.3), (1, RGBColor(0xffe0b0), 0)])
        canvas.rect(0, 0, w, h)
        canvas.fillSource()
        // The second lead stands behind, to the right; the first in front, to the left.
        if leads.count == 2 {
            drawBust(leads[1], on: canvas, x: 0.68 * w, y: 0.3 * h, unit: 0.34 * w, turn: -0.45, expression: second, lighting: request.lighting)
            drawBust(leads[0], on: canvas, x: 0.34 * w, y: 0.37 * h, unit: 0.38 * w, turn: 0.45, expression: first, lighting: request.lighting)
        } else if let lead = leads.first {
            drawBust(lead, on: canvas, x: 0.5 * w, y: 0.34 * h, unit: 0.42 * w, turn: 0, expression: first, lighting: request.lighting)
        }
        // Fade the busts into the text area.
        canvas.rect(0, 0.6 * h, w, 0.4 * h)
        canvas.linear(0, 0.6 * h, 0, 0.78 * h, [(0, RGBColor(0x05030c), 0), (1, RGBColor(0x05030c), 0.85)])
        canvas.fillSource()

        for placed in layoutText(request, canvas: canvas) {
            let block = placed.block
            switch placed.text.role {
            case .title:
                block.draw(on: canvas, x: placed.originX, y: placed.originY, fill: { canvas in
                    canvas.linear(0, placed.text.y, 0, placed.text.y + placed.text.height,
                                  [(0, RGBColor(0xfff4c8), 1), (0.5, RGBColor(0xf2c14e), 1), (1, RGBColor(0xc8862a), 1)])
                }, outline: RGBColor(0x2a0a0a), outlineWidth: block.size * 0.09, shadow: block.size * 0.06)
            case .episode:
                block.draw(on: canvas, x: placed.originX, y: placed.originY, fill: { canvas in canvas.color(RGBColor(0xffffff)) },
                           outline: RGBColor(0x7a0c1c), outlineWidth: block.size * 0.14, shadow: block.size * 0.05)
            case .badge:
                let pad = block.size * 0.35
                canvas.roundedRect(placed.text.x - pad, placed.text.y - pad * 0.4, placed.text.width + 2 * pad, placed.text.height + pad * 0.8, block.size * 0.4)
                canvas.fill(RGBColor(0x000000), 0.55)
                canvas.roundedRect(placed.text.x - pad, placed.text.y - pad * 0.4, placed.text.width + 2 * pad, placed.text.height + pad * 0.8, block.size * 0.4)
                canvas.stroke(RGBColor(0xffffff), width: max(1, block.size * 0.06), alpha: 0.8)
                block.draw(on: canvas, x: placed.originX, y: placed.originY, fill: { canvas in canvas.color(RGBColor(0xffffff)) },
                           outline: RGBColor(0x000000), outlineWidth: 0, shadow: 0)
            }
        }
    }

    func drawBust(_ member: CastMember, on canvas: Canvas, x: Double, y: Double, unit: Double, turn: Double, expression: Emotion, lighting: Lighting) {
        canvas.layer {
            canvas.translate(x, y)
            canvas.scale(unit, unit)
            CharacterPainter(design: artist.design(for: member), lighting: lighting, turn: turn)
                .draw(on: canvas, expression: expression, mouth: .closed, eyesClosed: false, fullBody: false)
        }
    }

    /// A text block and where it goes.
    struct Placement {
        let block: TextBlock
        let text: PlacedText
        /// The pango layout's origin.
        let originX: Double
        let originY: Double
    }

    /// Lays out the badge (top left), the title and the episode line (lower third), each
    /// shrunk until it fits its box.
    func layoutText(_ request: CoverRequest, canvas: Canvas) -> [Placement] {
        let w = Double(canvas.width), h = Double(canvas.height)
        let chinese = request.language == .zh || request.seriesTitle.unicodeScalars.contains { $0.properties.isIdeographic }
        let margin = 0.06 * w, textWidth = w - 2 * margin
        var placements: [Placement] = []

        let badge = TextBlock(canvas: canvas, text: request.aiLabel, family: Self.labelFamily, size: 0.042 * w, maxWidth: nil, characterWrap: false)
        let badgeBox = badge.logical
        let badgeX = 0.05 * w, badgeY = 0.03 * h
        placements.append(Placement(block: badge, text: PlacedText(role: .badge, text: request.aiLabel, x: badgeX, y: badgeY, width: badgeBox.width, height: badgeBox.height, size: badge.size),
                                    originX: badgeX - badgeBox.x, originY: badgeY - badgeBox.y))

        let title = TextBlock.fitting(canvas: canvas, text: request.seriesTitle, family: Self.titleFamily, start: (chinese ? 0.16 : 0.13) * w, minimum: 0.03 * w,
                                      width: textWidth, height: 0.17 * h, characterWrap: chinese)
        let episode = TextBlock.fitting(canvas: canvas, text: request.episodeLine, family: Self.labelFamily, start: 0.062 * w, minimum: 0.025 * w,
                                        width: textWidth, height: 0.1 * h, characterWrap: request.language == .zh)
        let titleBox = title.logical, episodeBox = episode.logical
        let gap = 0.015 * h
        let bottom = 0.93 * h
        let episodeY = bottom - episodeBox.height
        let titleY = episodeY - gap - titleBox.height
        let titleX = margin + (textWidth - titleBox.width) / 2
        let episodeX = margin + (textWidth - episodeBox.width) / 2
        placements.append(Placement(block: title, text: PlacedText(role: .title, text: request.seriesTitle, x: titleX, y: titleY, width: titleBox.width, height: titleBox.height, size: title.size),
                                    originX: titleX - titleBox.x, originY: titleY - titleBox.y))
        placements.append(Placement(block: episode, text: PlacedText(role: .episode, text: request.episodeLine, x: episodeX, y: episodeY, width: episodeBox.width, height: episodeBox.height, size: episode.size),
                                    originX: episodeX - episodeBox.x, originY: episodeY - episodeBox.y))
        return placements
    }
}
