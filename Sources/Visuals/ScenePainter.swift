import Basics
import DramaModel
import Foundation

/// Paints an empty place as flat vector art. The canvas is scaled so the picture is one
/// unit wide and `h` units tall; every size below is relative, so a picture drawn larger
/// (for overscan or a cover) is the same picture, only sharper.
struct ScenePainter {
    let kind: SceneKind
    let night: Bool
    let genre: Genre
    /// Picks stable details (which windows are lit, where raindrops fall).
    let seed: UInt64
    /// Height in units of the width.
    let h: Double

    init(kind: SceneKind, lighting: Lighting, genre: Genre, seed: UInt64, aspect: Double) {
        self.kind = kind
        self.night = lighting == .night
        self.genre = genre
        self.seed = seed
        self.h = aspect
    }

    /// A surface colour under the light: night dims it and turns it blue.
    func ink(_ colour: RGBColor) -> RGBColor {
        guard night else { return colour }
        return colour.multiplied(by: RGBColor(0x5e6a96)).mixed(with: RGBColor(0x141a33), 0.15)
    }
    func ink(_ hex: UInt32) -> RGBColor { ink(RGBColor(hex)) }
    /// The line colour of a surface.
    func edge(_ colour: RGBColor) -> RGBColor { ink(colour.darker(0.45)) }
    /// Line width in units.
    var lw: Double { 0.004 }

    /// Paints the whole place.
    func paint(on canvas: Canvas) {
        var random = SeededGenerator(seed: seed)
        switch kind {
        case .office: office(canvas, &random)
        case .boardroom: boardroom(canvas, &random)
        case .diningRoom: diningRoom(canvas, &random)
        case .banquet: banquet(canvas, &random)
        case .garden: garden(canvas, &random)
        case .street: street(canvas, &random)
        case .hospital: hospital(canvas, &random)
        case .carPark: carPark(canvas, &random)
        case .airport: airport(canvas, &random)
        case .registry: registry(canvas, &random)
        case .rentedRoom: rentedRoom(canvas, &random)
        case .rooftop: rooftop(canvas, &random)
        case .courtroom: courtroom(canvas, &random)
        case .policeStation: policeStation(canvas, &random)
        case .bedroom: bedroom(canvas, &random)
        case .kitchen: kitchen(canvas, &random)
        case .boutique: boutique(canvas, &random)
        case .cafe: cafe(canvas, &random)
        case .study: study(canvas, &random)
        case .lab: lab(canvas, &random)
        case .cemetery: cemetery(canvas, &random)
        case .riverside: riverside(canvas, &random)
        case .factory: factory(canvas, &random)
        case .mansionGate: mansionGate(canvas, &random)
        case .livingRoom: livingRoom(canvas, &random)
        case .lobby: lobby(canvas, &random)
        case .throneHall: throneHall(canvas, &random)
        case .palaceChamber: palaceChamber(canvas, &random)
        case .coldPalace: coldPalace(canvas, &random)
        case .palaceGarden: palaceGarden(canvas, &random)
        case .palaceLane: palaceLane(canvas, &random)
        }
        vignette(canvas)
    }

    /// Darker corners, a touch of film.
    func vignette(_ canvas: Canvas) {
        canvas.layer {
            canvas.scale(1, h)
            canvas.radial(0.5, 0.5, 0.35, 0.85, [(0, RGBColor(0x000000), 0), (1, RGBColor(0x0a0614), night ? 0.5 : 0.28)])
            canvas.rect(0, 0, 1, 1)
            canvas.fillSource()
        }
    }
}
