import DramaModel

/// Draws one character as flat vector art in head units: the canvas transform maps one unit
/// to the head's width and the origin to the middle of the head (eyes just below). The
/// figure runs from the hair's top (about -0.8) to the waist (2.4), the hips (2.95) and the
/// feet (6.0), so a framing only has to pick a scale and a crop.
struct CharacterPainter {
    let design: CharacterDesign
    /// Multiplied into every colour: white by day, a cool dim blue at night.
    let light: RGBColor
    /// -1 faces the viewer's left, 1 the viewer's right, 0 straight on.
    let turn: Double

    init(design: CharacterDesign, lighting: Lighting = .day, turn: Double = 0) {
        self.design = design
        self.light = lighting == .night ? RGBColor(0xc4c8e6) : RGBColor(0xffffff)
        self.turn = max(-1, min(1, turn))
    }

    /// A design colour under the scene's light.
    func ink(_ colour: RGBColor) -> RGBColor { light.red == 255 ? colour : colour.multiplied(by: light) }
    /// The outline of a fill, under the light.
    func line(_ colour: RGBColor) -> RGBColor { ink(colour.outline) }
    /// Outline width in head units.
    var stroke: Double { 0.022 }
    /// Horizontal shift of the face's features towards where the character looks.
    var featureShift: Double { turn * 0.055 }

    var skin: RGBColor { ink(design.skin) }
    var skinShadow: RGBColor { ink(design.skin.mixed(with: RGBColor(0xa0506a), 0.2).darker(0.1)) }
    var shoulderHalfWidth: Double {
        let base = design.gender == .female ? 0.8 : 0.95
        switch design.build {
        case .slight: return base - 0.08
        case .average: return base
        case .broad: return base + 0.12
        }
    }

    /// Draws the character.
    func draw(on canvas: Canvas, expression emotion: Emotion, mouth: MouthShape, eyesClosed: Bool, fullBody: Bool) {
        let expression = FaceExpression(emotion)
        drawBackHair(on: canvas)
        if fullBody { drawLowerBody(on: canvas) }
        drawNeck(on: canvas)
        drawTorso(on: canvas)
        drawChestAccessories(on: canvas)
        drawBraidInFront(on: canvas)
        drawEars(on: canvas)
        drawHead(on: canvas)
        drawFace(on: canvas, expression: expression, mouth: mouth, eyesClosed: eyesClosed)
        drawFaceShade(on: canvas, expression: expression)
        drawFrontHair(on: canvas)
        drawHeadAccessories(on: canvas)
        drawMarks(on: canvas, expression: expression)
    }

    // MARK: Head and neck

    /// The face outline: cranium, cheeks, jaw and chin.
    func headPath(_ canvas: Canvas) {
        let (cheek, jawX, jawY, chinY, chinW): (Double, Double, Double, Double, Double) =
            switch design.faceShape {
            case .oval: (0.49, 0.33, 0.42, 0.6, 0.07)
            case .round: (0.5, 0.39, 0.44, 0.56, 0.13)
            case .sharp: (0.48, 0.29, 0.4, 0.62, 0.035)
            case .square: (0.5, 0.41, 0.47, 0.58, 0.15)
            }
        let male = design.gender == .male ? 0.02 : 0
        let cx = turn * 0.035
        canvas.move(-0.5, -0.02)
        canvas.curve(-0.5, -0.38, -0.28, -0.62, 0, -0.62)
        canvas.curve(0.28, -0.62, 0.5, -0.38, 0.5, -0.02)
        canvas.curve(cheek, 0.2, jawX + male + 0.09, jawY - 0.07, jawX + male, jawY)
        canvas.curve(jawX + male - 0.08, jawY + 0.09, cx + chinW + 0.06, chinY + male, cx, chinY + male)
        canvas.curve(cx - chinW - 0.06, chinY + male, -jawX - male + 0.08, jawY + 0.09, -jawX - male, jawY)
        canvas.curve(-jawX - male - 0.09, jawY - 0.07, -cheek, 0.2, -0.5, -0.02)
        canvas.close()
    }

    func drawHead(on canvas: Canvas) {
        headPath(canvas)
        canvas.fillAndOutline(skin, line(design.skin), width: stroke)
    }

    func drawEars(on canvas: Canvas) {
        for side in [-1.0, 1.0] {
            canvas.ellipse(side * 0.5, 0.1, 0.065, 0.11)
            canvas.fillAndOutline(skin, line(design.skin), width: stroke * 0.8)
            canvas.move(side * 0.5, 0.05)
            canvas.quad(side * 0.53, 0.1, side * 0.5, 0.15)
            canvas.stroke(skinShadow, width: stroke * 0.6)
        }
    }

    func drawNeck(on canvas: Canvas) {
        let w = design.gender == .female ? 0.12 : 0.15
        canvas.move(-w, 0.3)
        canvas.curve(-w, 0.6, -w - 0.01, 0.8, -w - 0.04, 1.0)
        canvas.line(w + 0.04, 1.0)
        canvas.curve(w + 0.01, 0.8, w, 0.6, w, 0.3)
        canvas.close()
        canvas.fillAndOutline(skin, line(design.skin), width: stroke)
        // The chin's shadow on the neck.
        canvas.layer {
            canvas.rect(-w - 0.05, 0.3, 2 * w + 0.1, 0.7)
            canvas.clip()
            canvas.translate(0, 0.1)
            headPath(canvas)
            canvas.fill(skinShadow)
        }
    }

    // MARK: Chest accessories and the braid

    func drawChestAccessories(on canvas: Canvas) {
        let high = [.turtleneck, .qipao].contains(design.outfitStyle) || design.outfitStyle.isRobe
        let neckY = high ? 0.95 : 0.86
        for accessory in design.accessories {
            switch accessory {
            case .silverLocket, .jadePendant, .necklace:
                let cord = accessory == .jadePendant ? RGBColor(0xa0282c) : RGBColor(0xc8ccd4)
                canvas.move(-0.17, neckY)
                canvas.curve(-0.16, neckY + 0.2, -0.05, 1.28, 0, 1.3)
                canvas.curve(0.05, 1.28, 0.16, neckY + 0.2, 0.17, neckY)
                canvas.stroke(ink(cord), width: 0.012)
                switch accessory {
                case .silverLocket:
                    canvas.ellipse(0, 1.37, 0.055, 0.07)
                    canvas.fillAndOutline(ink(RGBColor(0xd5d8df)), ink(RGBColor(0x6c7078)), width: 0.012)
                    canvas.ellipse(-0.015, 1.35, 0.015, 0.02)
                    canvas.fill(ink(RGBColor(0xffffff)), 0.8)
                case .jadePendant:
                    canvas.circle(0, 1.38, 0.065)
                    canvas.circle(0, 1.38, 0.022)
                    cairoEvenOdd(canvas) {
                        canvas.fillAndOutline(ink(RGBColor(0x5fae86)), ink(RGBColor(0x2c5e44)), width: 0.012)
                    }
                default:
                    canvas.circle(0, 1.34, 0.03)
                    canvas.fillAndOutline(ink(design.accentColor), line(design.accentColor), width: 0.01)
                }
            case .goldChain:
                canvas.move(-0.17, neckY)
                canvas.curve(-0.15, neckY + 0.16, 0.15, neckY + 0.16, 0.17, neckY)
                canvas.stroke(ink(RGBColor(0xe2b64a)), width: 0.018)
            default:
                break
            }
        }
    }

    func drawBraidInFront(on canvas: Canvas) {
        guard design.hairStyle == .braid else { return }
        let hair = ink(design.hairColor)
        // Always over the character's left shoulder (the viewer's right), clear of the
        // outfit's sample point.
        let side = 1.0
        for index in 0..<7 {
            let t = Double(index) / 6
            let x = side * (0.42 + 0.2 * t), y = 0.35 + 1.35 * t
            canvas.ellipse(x, y, 0.13 - 0.03 * t, 0.13)
            canvas.fillAndOutline(hair, line(design.hairColor), width: stroke * 0.8)
        }
        canvas.ellipse(side * 0.62, 1.78, 0.05, 0.035)
        canvas.fillAndOutline(ink(design.accentColor), line(design.accentColor), width: stroke * 0.6)
        canvas.move(side * 0.62, 1.8)
        canvas.line(side * 0.58, 1.98)
        canvas.line(side * 0.66, 1.98)
        canvas.close()
        canvas.fillAndOutline(hair, line(design.hairColor), width: stroke * 0.6)
    }

    /// Fills with the even-odd rule inside the body (for rings and holes).
    func cairoEvenOdd(_ canvas: Canvas, _ body: () -> Void) {
        canvas.layer {
            canvas.setEvenOdd()
            body()
        }
    }
}
