public import DramaModel

/// Where one subject of a shot is drawn: the middle of the head in pixels, the size of a
/// head unit in pixels, and which way the character turns.
package struct SubjectPlacement: Sendable, Hashable {
    package var subject: ShotSubject
    package var x: Double
    package var y: Double
    package var unit: Double
    package var turn: Double
    package var fullBody: Bool

    /// A point given in head units, in frame pixels.
    package func pixel(_ point: (x: Double, y: Double)) -> (x: Int, y: Int) {
        (Int((x + point.x * unit).rounded(.down)), Int((y + point.y * unit).rounded(.down)))
    }
}

/// Lays out shots on a vertical (9:16) frame: the place, then the subjects by framing,
/// with the speaker's mouth set and everyone else's closed. The lower quarter stays free of
/// faces for subtitles and the top 8 % for a label.
public struct FrameComposer: Sendable {
    /// The series the shots belong to.
    public let series: Series
    /// Who draws the characters.
    package let artist: any Artist
    let designs: [String: CharacterDesign]

    /// Creates a composer; a `ProceduralArtist` draws characters straight into the frame,
    /// any other artist's character pictures are scaled in.
    package init(series: Series, artist: any Artist) {
        self.series = series
        self.artist = artist
        self.designs = (artist as? ProceduralArtist)?.designs ?? CharacterDesign.cast(of: series)
    }

    /// One frame of a shot over `background` (scaled to cover the frame when its size
    /// differs): `mouth` on speaking subjects, blinking when `eyesClosed`.
    public func frame(_ shot: Shot, mouth: MouthShape, eyesClosed: Bool, background: Raster, width: Int, height: Int) throws(VisualsError) -> Raster {
        try compose(shot, mouth: mouth, eyesClosed: eyesClosed, background: background, width: width, height: height).raster()
    }

    /// Draws the same frame as `frame(_:mouth:eyesClosed:background:width:height:)` and lends
    /// its pixels to `body` without copying them out: premultiplied B, G, R, A bytes, rows
    /// `bytesPerRow` apart. The pixels are valid only inside `body`. Renderers that convert
    /// every frame to another format use this to skip an 8 MB copy per 1080p frame.
    public func withFrame<T>(
        _ shot: Shot, mouth: MouthShape, eyesClosed: Bool, background: Raster, width: Int, height: Int,
        _ body: (_ pixels: UnsafeRawBufferPointer, _ bytesPerRow: Int) throws -> T
    ) throws -> T {
        let canvas = try compose(shot, mouth: mouth, eyesClosed: eyesClosed, background: background, width: width, height: height)
        return try canvas.withPixels(body)
    }

    private func compose(_ shot: Shot, mouth: MouthShape, eyesClosed: Bool, background: Raster, width: Int, height: Int) throws(VisualsError) -> Canvas {
        let canvas: Canvas
        if background.width == width, background.height == height {
            canvas = try Canvas(raster: background)
        } else {
            canvas = try Canvas(width: width, height: height)
            canvas.paintCovering(background)
        }
        let placements = try self.placements(for: shot, width: width, height: height)
        // Close framings push the place back a little so faces read.
        let dim: Double = switch shot.framing {
        case .closeUp: 0.2
        case .twoShot, .medium: 0.1
        case .wide: 0
        }
        if dim > 0 {
            canvas.rect(0, 0, Double(width), Double(height))
            canvas.fill(RGBColor(0x0a0812), dim)
        }
        for placement in placements {
            let subject = placement.subject
            try draw(subject, at: placement, mouth: subject.speaking ? mouth : .closed, eyesClosed: eyesClosed, lighting: shot.lighting, on: canvas)
        }
        return canvas
    }

    func draw(_ subject: ShotSubject, at placement: SubjectPlacement, mouth: MouthShape, eyesClosed: Bool, lighting: Lighting, on canvas: Canvas) throws(VisualsError) {
        guard let member = series.character(id: subject.character) else {
            throw VisualsError(code: .unknownSubject, message: "a shot names character '\(subject.character)', which series.yaml does not have; use one of: \(series.characters.map(\.id).joined(separator: ", "))")
        }
        if placement.fullBody {
            canvas.layer {
                canvas.translate(placement.x, placement.y + 6.0 * placement.unit)
                canvas.scale(placement.unit, placement.unit * 0.25)
                canvas.circle(0, 0, 1.0)
                canvas.fill(RGBColor(0x000000), 0.3)
            }
        }
        if let design = designs[member.id] {
            canvas.layer {
                canvas.translate(placement.x, placement.y)
                canvas.scale(placement.unit, placement.unit)
                CharacterPainter(design: design, lighting: lighting, turn: placement.turn)
                    .draw(on: canvas, expression: subject.expression, mouth: mouth, eyesClosed: eyesClosed,
                          fullBody: placement.fullBody || placement.y + 3.0 * placement.unit < Double(canvas.height))
            }
            return
        }
        // Another artist: scale its head-to-waist picture (head centre at 1.1 of 3.5 units).
        let pictureHeight = Int((placement.unit * 3.5).rounded())
        let picture = try artist.character(member, expression: subject.expression, mouth: mouth, eyesClosed: eyesClosed, height: max(8, pictureHeight))
        var copy = picture
        let factor = placement.unit * 3.5 / Double(picture.height)
        canvas.layer {
            canvas.translate(placement.x, placement.y - 1.1 * placement.unit)
            if placement.turn < 0 { canvas.scale(-1, 1) }
            canvas.scale(factor, factor)
            canvas.paintRaster(&copy, x: -Double(picture.width) / 2, y: 0)
        }
    }

    /// Where each drawn subject goes. Medium and close-up show one subject (the speaker,
    /// else the first); a two-shot the speaker and the first other subject, left to right; a wide everyone.
    package func placements(for shot: Shot, width: Int, height: Int) throws(VisualsError) -> [SubjectPlacement] {
        let w = Double(width), h = Double(height)
        for subject in shot.subjects where series.character(id: subject.character) == nil {
            throw VisualsError(code: .unknownSubject, message: "a shot names character '\(subject.character)', which series.yaml does not have; use one of: \(series.characters.map(\.id).joined(separator: ", "))")
        }
        guard !shot.subjects.isEmpty else { return [] }
        let lead = shot.subjects.first(where: \.speaking) ?? shot.subjects[0]
        // A two-shot shows the speaker and the first other subject.
        var shown = shot.subjects.enumerated().map { $0 }
        if shot.framing == .twoShot, shown.count > 2 {
            let leadIndex = shot.subjects.firstIndex(of: lead)!
            let other = shown.first { $0.offset != leadIndex }!
            shown = [shown[leadIndex], other].sorted { $0.offset < $1.offset }
        }
        let ordered = shown.sorted { a, b in
            let ra = Self.rank(a.element.position), rb = Self.rank(b.element.position)
            return ra == rb ? a.offset < b.offset : ra < rb
        }.map(\.element)
        // Keep the faces inside the frame's safe band whatever its aspect.
        let base = min(w, h * 9 / 16)
        func turnTowardsCentre(_ position: StagePosition, _ amount: Double) -> Double {
            switch position {
            case .left: amount
            case .center: 0
            case .right: -amount
            }
        }
        switch shot.framing {
        case .closeUp:
            let unit = 0.6 * base
            let x = w / 2 + Double(Self.rank(lead.position) - 1) * 0.06 * w
            return [SubjectPlacement(subject: lead, x: x, y: 0.44 * h, unit: unit, turn: turnTowardsCentre(lead.position, 0.35), fullBody: false)]
        case .medium:
            let unit = 0.34 * base
            let x = w / 2 + Double(Self.rank(lead.position) - 1) * 0.12 * w
            return [SubjectPlacement(subject: lead, x: x, y: 0.38 * h, unit: unit, turn: turnTowardsCentre(lead.position, 0.4), fullBody: false)]
        case .twoShot:
            let unit = 0.27 * base
            if ordered.count == 1 {
                let subject = ordered[0]
                let x = w / 2 + Double(Self.rank(subject.position) - 1) * 0.22 * w
                return [SubjectPlacement(subject: subject, x: x, y: 0.4 * h, unit: unit, turn: turnTowardsCentre(subject.position, 0.7), fullBody: false)]
            }
            return [
                SubjectPlacement(subject: ordered[0], x: 0.28 * w, y: 0.4 * h, unit: unit, turn: 0.7, fullBody: false),
                SubjectPlacement(subject: ordered[1], x: 0.72 * w, y: 0.41 * h, unit: unit, turn: -0.7, fullBody: false),
            ]
        case .wide:
            let unit = 0.062 * h * min(1, 3.5 / Double(max(3, ordered.count)))
            let feet = 0.9 * h
            var byPosition: [Int: [ShotSubject]] = [:]
            for subject in ordered { byPosition[Self.rank(subject.position), default: []].append(subject) }
            var result: [SubjectPlacement] = []
            for rank in 0..<3 {
                let group = byPosition[rank] ?? []
                for (index, subject) in group.enumerated() {
                    let spread = (Double(index) - Double(group.count - 1) / 2) * 0.13 * w
                    let x = (0.22 + 0.28 * Double(rank)) * w + spread
                    result.append(SubjectPlacement(subject: subject, x: x, y: feet - 6.0 * unit, unit: unit,
                                                   turn: turnTowardsCentre(subject.position, 0.5), fullBody: true))
                }
            }
            return result
        }
    }

    static func rank(_ position: StagePosition) -> Int {
        switch position {
        case .left: 0
        case .center: 1
        case .right: 2
        }
    }

    /// Every expression, mouth and a blink of one character on a sheet, labelled, for review.
    public func characterSheet(_ member: CastMember, width: Int, height: Int) throws(VisualsError) -> Raster {
        let canvas = try Canvas(width: width, height: height)
        let w = Double(width), h = Double(height)
        canvas.rect(0, 0, w, h)
        canvas.linear(0, 0, 0, h, [(0, RGBColor(0xf4efe6), 1), (1, RGBColor(0xe4dccd), 1)])
        canvas.fillSource()
        let design = designs[member.id] ?? CharacterDesign(member: member, genre: series.genre)
        let chinese = member.name.unicodeScalars.contains { $0.properties.isIdeographic }
        let header = TextBlock.fitting(canvas: canvas, text: member.archetype.isEmpty ? member.name : "\(member.name) · \(member.archetype)",
                                       family: CoverPainter.labelFamily, start: 0.05 * w, minimum: 0.02 * w, width: 0.92 * w, height: 0.06 * h, characterWrap: chinese)
        let headerBox = header.logical
        header.draw(on: canvas, x: (w - headerBox.width) / 2 - headerBox.x, y: 0.015 * h - headerBox.y,
                    fill: { canvas in canvas.color(RGBColor(0x2a2030)) }, outline: RGBColor(0x000000), outlineWidth: 0, shadow: 0)

        var cells: [(String, Emotion, MouthShape, Bool, Double)] = Emotion.allCases.map { ($0.rawValue, $0, .closed, false, 0) }
        cells += MouthShape.allCases.filter { $0 != .closed }.map { ("mouth: \($0.rawValue)", .neutral, $0, false, 0) }
        cells.append(("blink", .neutral, .closed, true, 0))
        cells.append(("turned right", .neutral, .closed, false, 0.7))
        cells.append(("turned left", .neutral, .closed, false, -0.7))
        let columns = 4, rows = 4
        let top = 0.08 * h, cellW = w / Double(columns), cellH = (h - top) / Double(rows)
        let labelSize = min(cellW * 0.09, cellH * 0.07)
        for (index, cell) in cells.enumerated() {
            let cx = Double(index % columns) * cellW, cy = top + Double(index / columns) * cellH
            canvas.roundedRect(cx + cellW * 0.04, cy + cellH * 0.03, cellW * 0.92, cellH * 0.94, cellW * 0.05)
            canvas.fill(RGBColor(0xffffff), 0.75)
            canvas.layer {
                canvas.roundedRect(cx + cellW * 0.04, cy + cellH * 0.03, cellW * 0.92, cellH * 0.94, cellW * 0.05)
                canvas.clip()
                let unit = min(cellW * 0.42, cellH * 0.36)
                canvas.translate(cx + cellW / 2, cy + cellH * 0.36)
                canvas.scale(unit, unit)
                CharacterPainter(design: design, turn: cell.4).draw(on: canvas, expression: cell.1, mouth: cell.2, eyesClosed: cell.3, fullBody: false)
            }
            let label = TextBlock(canvas: canvas, text: cell.0, family: CoverPainter.labelFamily, size: labelSize, maxWidth: nil, characterWrap: false)
            let box = label.logical
            canvas.roundedRect(cx + (cellW - box.width) / 2 - labelSize * 0.4, cy + cellH * 0.93 - box.height, box.width + labelSize * 0.8, box.height, labelSize * 0.3)
            canvas.fill(RGBColor(0x2a2030), 0.85)
            label.draw(on: canvas, x: cx + (cellW - box.width) / 2 - box.x, y: cy + cellH * 0.93 - box.height - box.y,
                       fill: { canvas in canvas.color(RGBColor(0xffffff)) }, outline: RGBColor(0x000000), outlineWidth: 0, shadow: 0)
        }
        // The full figure in the last cell.
        let cx = Double(15 % columns) * cellW, cy = top + Double(15 / columns) * cellH
        canvas.roundedRect(cx + cellW * 0.04, cy + cellH * 0.03, cellW * 0.92, cellH * 0.94, cellW * 0.05)
        canvas.fill(RGBColor(0xffffff), 0.75)
        canvas.layer {
            let unit = cellH * 0.88 / 6.9
            canvas.translate(cx + cellW / 2, cy + cellH * 0.06 + unit * 0.85)
            canvas.scale(unit, unit)
            CharacterPainter(design: design).draw(on: canvas, expression: .neutral, mouth: .closed, eyesClosed: false, fullBody: true)
        }
        return try canvas.raster()
    }
}
