import Basics
public import DramaModel

/// The built-in artist: flat vector characters and places drawn with cairo, text set with
/// pango. Designs are parsed once per cast when the artist is made.
public struct ProceduralArtist: Artist {
    /// The series drawn.
    public let series: Series
    /// Each cast member's design, varied so no two look alike.
    let designs: [String: CharacterDesign]

    /// Creates the artist of a series.
    public init(series: Series) {
        self.series = series
        self.designs = CharacterDesign.cast(of: series)
    }

    public var generator: String { "builtin.artist" }
    public var version: Int { 1 }

    /// The design drawn for a cast member (the cast's, or derived on the spot for a
    /// character the series does not list).
    package func design(for member: CastMember) -> CharacterDesign {
        if let design = designs[member.id], series.character(id: member.id) == member { return design }
        return CharacterDesign(member: member, genre: series.genre)
    }

    public func background(_ location: Location, lighting: Lighting, width: Int, height: Int) throws(VisualsError) -> Raster {
        let canvas = try Canvas(width: width, height: height)
        paintBackground(location, lighting: lighting, on: canvas)
        return try canvas.raster()
    }

    /// Paints a location over the whole canvas.
    func paintBackground(_ location: Location, lighting: Lighting, on canvas: Canvas) {
        let kind = SceneKind(location: location, genre: series.genre)
        let painter = ScenePainter(kind: kind, lighting: lighting, genre: series.genre, seed: StableHash.of("scene", location.id),
                                   aspect: Double(canvas.height) / Double(canvas.width))
        canvas.layer {
            canvas.scale(Double(canvas.width), Double(canvas.width))
            painter.paint(on: canvas)
        }
    }

    public func character(_ member: CastMember, expression: Emotion, mouth: MouthShape, eyesClosed: Bool, height: Int) throws(VisualsError) -> Raster {
        let width = max(1, height * 3 / 4)
        let canvas = try Canvas(width: width, height: height)
        let unit = Double(height) / 3.5
        canvas.layer {
            canvas.translate(Double(width) / 2, unit * 1.1)
            canvas.scale(unit, unit)
            CharacterPainter(design: design(for: member)).draw(on: canvas, expression: expression, mouth: mouth, eyesClosed: eyesClosed, fullBody: false)
        }
        return try canvas.raster()
    }

    public func cover(_ request: CoverRequest, width: Int, height: Int) throws(VisualsError) -> Raster {
        let canvas = try Canvas(width: width, height: height)
        try CoverPainter(artist: self).paint(request, on: canvas)
        return try canvas.raster()
    }
}
