package import DramaModel

/// Draws the pictures of a series: places, characters and episode covers.
///
/// Implementations are deterministic: the same arguments give the same pixels, so the
/// production graph can cache drawings by their inputs and `version`.
package protocol Artist: Sendable {
    /// The generator's name in the production graph (`builtin.artist`).
    var generator: String { get }
    /// Bumped whenever the drawings change, so cached pictures are redrawn.
    var version: Int { get }
    /// The empty place, opaque, at the size asked (callers add overscan for camera moves).
    func background(_ location: Location, lighting: Lighting, width: Int, height: Int) throws(VisualsError) -> Raster
    /// One character from the head to the waist on a transparent background; the width is
    /// `height * 3 / 4`.
    func character(_ member: CastMember, expression: Emotion, mouth: MouthShape, eyesClosed: Bool, height: Int) throws(VisualsError) -> Raster
    /// An episode's cover: the place, the leads, the titles and the AI label.
    func cover(_ request: CoverRequest, width: Int, height: Int) throws(VisualsError) -> Raster
}
