import DramaModel
import Foundation

extension CharacterPainter {
    var cloth: RGBColor { ink(design.outfitColor) }
    var clothLine: RGBColor { line(design.outfitColor) }
    var clothShade: RGBColor { ink(design.outfitColor.darker(0.22)) }
    var accent: RGBColor { ink(design.accentColor) }
    var inner: RGBColor { ink(design.innerColor) }

    /// Whether the arms are bare (a sleeveless dress, a qipao's cap sleeves).
    var bareArms: Bool { design.outfitStyle == .dress || design.outfitStyle == .qipao }

    /// The torso's outline: shoulders, sides, waist, hips.
    func torsoPath(_ canvas: Canvas) {
        let s = shoulderHalfWidth
        let waist = s * (design.gender == .female ? 0.7 : 0.8), hips = s * (design.gender == .female ? 0.86 : 0.82)
        let robe = design.outfitStyle.isRobe ? 0.06 : 0
        canvas.move(-0.16, 0.8)
        canvas.curve(-0.3, 0.86, -s + 0.2, 0.9, -s + 0.02, 0.98)
        canvas.curve(-s - 0.08 - robe, 1.04, -s - 0.04 - robe, 1.3, -s + 0.02 - robe, 1.6)
        canvas.curve(-waist - 0.02, 2.0, -waist, 2.2, -waist, 2.4)
        canvas.curve(-waist, 2.6, -hips, 2.75, -hips, 3.0)
        canvas.line(hips, 3.0)
        canvas.curve(hips, 2.75, waist, 2.6, waist, 2.4)
        canvas.curve(waist, 2.2, waist + 0.02, 2.0, s - 0.02 + robe, 1.6)
        canvas.curve(s + 0.04 + robe, 1.3, s + 0.08 + robe, 1.04, s - 0.02, 0.98)
        canvas.curve(s - 0.2, 0.9, 0.3, 0.86, 0.16, 0.8)
        canvas.close()
    }

    /// One arm hanging at the side, shoulder to wrist.
    func armPath(_ canvas: Canvas, side: Double) {
        let s = shoulderHalfWidth
        let wide = design.outfitStyle.isRobe ? (design.outfitStyle == .servantTunic ? 0.08 : 0.2) : 0
        canvas.move(side * (s - 0.1), 1.0)
        canvas.curve(side * (s + 0.1), 0.98, side * (s + 0.14), 1.3, side * (s + 0.1 + wide * 0.3), 1.7)
        canvas.line(side * (s + 0.06 + wide), 2.85)
        canvas.line(side * (s - 0.16 - wide * 0.3), 2.85)
        canvas.line(side * (s - 0.16), 1.7)
        canvas.close()
    }

    func drawTorso(on canvas: Canvas) {
        let style = design.outfitStyle
        // Arms first: the torso's sides overlap them.
        for side in [-1.0, 1.0] {
            let s = shoulderHalfWidth
            canvas.ellipse(side * (s - 0.03), 2.95, 0.08, 0.11)
            canvas.fillAndOutline(skin, line(design.skin), width: stroke)
            armPath(canvas, side: side)
            if bareArms {
                canvas.fillAndOutline(skin, line(design.skin), width: stroke)
            } else {
                canvas.fillAndOutline(cloth, clothLine, width: stroke)
                canvas.move(side * (s + 0.06), 2.72)
                canvas.line(side * (s - 0.16), 2.72)
                canvas.stroke(clothLine, width: stroke * 0.6, alpha: 0.6)
            }
        }
        drawWristAccessories(on: canvas)
        torsoPath(canvas)
        canvas.fillAndOutline(cloth, clothLine, width: stroke)
        switch style {
        case .suit, .threePieceSuit, .blazer, .overcoat, .trenchCoat, .labCoat:
            drawJacket(on: canvas)
        case .cardigan:
            drawNeckline(on: canvas, depth: 1.55, width: 0.22, fill: inner)
            canvas.move(0, 1.55)
            canvas.line(0, 3.0)
            canvas.stroke(clothLine, width: stroke * 0.7)
            for y in stride(from: 1.7, through: 2.8, by: 0.28) { button(canvas, x: 0.04, y: y, colour: accent) }
        case .dress:
            drawDress(on: canvas)
        case .blouse, .shirt, .workUniform:
            drawShirt(on: canvas)
        case .qipao:
            drawQipao(on: canvas)
        case .turtleneck:
            canvas.roundedRect(-0.19, 0.66, 0.38, 0.24, 0.06)
            canvas.fillAndOutline(cloth, clothLine, width: stroke)
            for x in [-0.1, 0.0, 0.1] {
                canvas.move(x, 0.7)
                canvas.line(x, 0.86)
            }
            canvas.stroke(clothLine, width: stroke * 0.5, alpha: 0.6)
        case .parka, .windbreaker, .denimJacket:
            drawZipJacket(on: canvas)
        case .palaceRobe, .servantTunic, .mourningRobe:
            drawCrossCollar(on: canvas)
        case .dragonRobe:
            drawDragonRobe(on: canvas)
        }
    }

    func button(_ canvas: Canvas, x: Double, y: Double, colour: RGBColor) {
        canvas.circle(x, y, 0.025)
        canvas.fillAndOutline(colour, colour.outline, width: 0.008)
    }

    /// A V or scoop opening at the neck showing the layer beneath.
    func drawNeckline(on canvas: Canvas, depth: Double, width: Double, fill: RGBColor) {
        canvas.move(-width, 0.84)
        canvas.curve(-width * 0.6, 1.1, -0.05, depth - 0.1, 0, depth)
        canvas.curve(0.05, depth - 0.1, width * 0.6, 1.1, width, 0.84)
        canvas.close()
        canvas.fillAndOutline(fill, clothLine, width: stroke)
    }

    func drawJacket(on canvas: Canvas) {
        let style = design.outfitStyle
        let male = design.gender == .male
        let vBottom = style == .trenchCoat || style == .overcoat ? 1.6 : 1.78
        // Shirt and tie (or blouse) in the opening.
        drawNeckline(on: canvas, depth: vBottom, width: 0.3, fill: inner)
        if style == .threePieceSuit {
            canvas.move(-0.26, 1.1)
            canvas.line(0, vBottom + 0.1)
            canvas.line(0.26, 1.1)
            canvas.line(0.22, 1.7)
            canvas.line(-0.22, 1.7)
            canvas.close()
            canvas.fillAndOutline(ink(design.outfitColor.darker(0.18)), clothLine, width: stroke * 0.8)
        }
        // Shirt collar.
        for side in [-1.0, 1.0] {
            canvas.move(side * 0.05, 0.98)
            canvas.line(side * 0.2, 0.8)
            canvas.line(side * 0.22, 1.02)
            canvas.close()
            canvas.fillAndOutline(inner, line(design.innerColor), width: stroke * 0.7)
        }
        if design.accessories.contains(.tie) || (male && style == .labCoat) {
            canvas.move(-0.05, 0.98)
            canvas.line(0.05, 0.98)
            canvas.line(0.035, 1.05)
            canvas.line(0.07, vBottom - 0.02)
            canvas.line(0, vBottom + 0.06)
            canvas.line(-0.07, vBottom - 0.02)
            canvas.line(-0.035, 1.05)
            canvas.close()
            canvas.fillAndOutline(accent, line(design.accentColor), width: stroke * 0.7)
        }
        // Lapels.
        let lapelWidth = style == .trenchCoat || style == .overcoat ? 0.2 : 0.13
        for side in [-1.0, 1.0] {
            canvas.move(side * 0.19, 0.84)
            canvas.line(side * (0.34 + lapelWidth), 1.08)
            canvas.line(side * (0.3 + lapelWidth * 0.6), 1.22)
            canvas.line(side * 0.06, vBottom)
            canvas.line(0, vBottom)
            canvas.close()
            canvas.fillAndOutline(style == .labCoat ? cloth : clothShade, clothLine, width: stroke)
        }
        if style == .trenchCoat || style == .overcoat {
            for y in [1.85, 2.2] { for x in [-0.18, 0.18] { button(canvas, x: x, y: y, colour: clothShade) } }
        } else {
            button(canvas, x: 0.03, y: vBottom + 0.22, colour: clothShade)
            button(canvas, x: 0.03, y: vBottom + 0.52, colour: clothShade)
            canvas.move(0, vBottom)
            canvas.line(0, 3.0)
            canvas.stroke(clothLine, width: stroke * 0.7)
        }
        if style == .trenchCoat {
            let w = shoulderHalfWidth * (design.gender == .female ? 0.7 : 0.8)
            canvas.rect(-w - 0.02, 2.3, 2 * w + 0.04, 0.14)
            canvas.fillAndOutline(clothShade, clothLine, width: stroke * 0.8)
            canvas.rect(-0.08, 2.29, 0.16, 0.16)
            canvas.stroke(ink(RGBColor(0x6a5a3a)), width: 0.02)
        }
        if style == .labCoat {
            canvas.rect(0.28, 1.5, 0.24, 0.22)
            canvas.stroke(clothLine, width: stroke * 0.7)
            for (dx, c) in [(0.33, RGBColor(0x2a4a8a)), (0.38, RGBColor(0xc83030))] {
                canvas.rect(dx, 1.4, 0.025, 0.14)
                canvas.fill(ink(c))
            }
        } else if style != .trenchCoat, style != .overcoat {
            // A pocket square in the accent colour.
            canvas.move(0.34, 1.42)
            canvas.line(0.4, 1.34)
            canvas.line(0.44, 1.4)
            canvas.line(0.5, 1.35)
            canvas.line(0.52, 1.44)
            canvas.close()
            canvas.fillAndOutline(accent, line(design.accentColor), width: stroke * 0.6)
        }
    }

    func drawDress(on canvas: Canvas) {
        // Bare shoulders and chest above a sweetheart neckline.
        let s = shoulderHalfWidth
        canvas.move(-0.16, 0.8)
        canvas.curve(-0.3, 0.86, -s + 0.2, 0.9, -s + 0.02, 0.98)
        canvas.curve(-s - 0.06, 1.04, -s - 0.04, 1.2, -s + 0.02, 1.32)
        canvas.line(-s + 0.16, 1.35)
        canvas.curve(-0.35, 1.2, -0.1, 1.25, 0, 1.38)
        canvas.curve(0.1, 1.25, 0.35, 1.2, s - 0.16, 1.35)
        canvas.line(s - 0.02, 1.32)
        canvas.curve(s + 0.04, 1.2, s + 0.06, 1.04, s - 0.02, 0.98)
        canvas.curve(s - 0.2, 0.9, 0.3, 0.86, 0.16, 0.8)
        canvas.close()
        canvas.fillAndOutline(skin, line(design.skin), width: stroke)
        for side in [-1.0, 1.0] {
            canvas.move(side * (s * 0.55), 1.28)
            canvas.line(side * (s * 0.5), 0.95)
            canvas.stroke(cloth, width: 0.03)
            canvas.move(side * 0.06, 1.02)
            canvas.quad(side * 0.18, 1.06, side * 0.3, 1.02)
            canvas.stroke(skinShadow, width: 0.01)
        }
        canvas.move(-0.4, 2.35)
        canvas.quad(0, 2.42, 0.4, 2.35)
        canvas.stroke(accent, width: 0.05)
    }

    func drawShirt(on canvas: Canvas) {
        let collar = design.outfitStyle == .workUniform ? accent : cloth
        canvas.move(0, 1.0)
        canvas.line(0, 3.0)
        canvas.stroke(clothLine, width: stroke * 0.7)
        for y in stride(from: 1.2, through: 2.8, by: 0.3) { button(canvas, x: 0.035, y: y, colour: ink(RGBColor(0xf4f1ea))) }
        for side in [-1.0, 1.0] {
            canvas.move(side * 0.02, 1.0)
            canvas.line(side * 0.2, 0.76)
            canvas.line(side * 0.32, 0.98)
            canvas.line(side * 0.12, 1.12)
            canvas.close()
            canvas.fillAndOutline(collar, line(design.outfitColor), width: stroke * 0.8)
        }
        if design.outfitStyle == .workUniform {
            let s = shoulderHalfWidth
            canvas.rect(-s, 1.5, 2 * s, 0.1)
            canvas.fill(accent)
        } else if design.outfitStyle == .blouse {
            for side in [-1.0, 1.0] {
                canvas.ellipse(side * 0.09, 1.06, 0.09, 0.05)
                canvas.fillAndOutline(accent, line(design.accentColor), width: stroke * 0.6)
            }
            canvas.circle(0, 1.06, 0.035)
            canvas.fillAndOutline(accent, line(design.accentColor), width: stroke * 0.6)
        }
    }

    func drawQipao(on canvas: Canvas) {
        canvas.roundedRect(-0.16, 0.68, 0.32, 0.2, 0.05)
        canvas.fillAndOutline(cloth, clothLine, width: stroke)
        canvas.move(0.0, 0.88)
        canvas.curve(0.15, 1.0, 0.4, 1.05, shoulderHalfWidth * 0.72, 1.45)
        canvas.stroke(accent, width: 0.03)
        for (x, y) in [(0.2, 1.02), (0.4, 1.14), (0.52, 1.32)] {
            canvas.move(x - 0.04, y)
            canvas.line(x + 0.04, y)
            canvas.stroke(accent, width: 0.022)
        }
        // A few embroidered petals.
        for (x, y) in [(-0.3, 1.9), (0.25, 2.2)] {
            for petal in 0..<5 {
                let angle = Double(petal) * 2 * .pi / 5
                canvas.circle(x + cos(angle) * 0.05, y + sin(angle) * 0.05, 0.04)
            }
            canvas.fill(accent, 0.85)
        }
    }

    func drawZipJacket(on canvas: Canvas) {
        let style = design.outfitStyle
        if style == .parka {
            canvas.move(-0.42, 0.92)
            canvas.curve(-0.4, 0.6, 0.4, 0.6, 0.42, 0.92)
            canvas.curve(0.3, 1.1, -0.3, 1.1, -0.42, 0.92)
            canvas.close()
            canvas.fillAndOutline(clothShade, clothLine, width: stroke)
            for x in [-0.1, 0.1] {
                canvas.move(x, 1.0)
                canvas.line(x * 1.2, 1.45)
                canvas.stroke(ink(RGBColor(0xeeeeee)), width: 0.014)
            }
        } else {
            for side in [-1.0, 1.0] {
                canvas.move(side * 0.02, 1.0)
                canvas.line(side * 0.2, 0.74)
                canvas.line(side * 0.36, 0.96)
                canvas.line(side * 0.14, 1.16)
                canvas.close()
                canvas.fillAndOutline(style == .denimJacket ? cloth : clothShade, clothLine, width: stroke * 0.8)
            }
        }
        if style == .denimJacket {
            drawNeckline(on: canvas, depth: 1.3, width: 0.16, fill: inner)
            for side in [-1.0, 1.0] {
                canvas.rect(side * 0.42 - 0.12, 1.4, 0.24, 0.24)
                canvas.stroke(ink(design.outfitColor.lighter(0.45)), width: 0.012)
                canvas.move(side * 0.42 - 0.13, 1.48)
                canvas.line(side * 0.42 + 0.13, 1.48)
                canvas.stroke(clothLine, width: stroke * 0.6)
            }
        }
        canvas.move(0, 1.0)
        canvas.line(0, 3.0)
        canvas.stroke(ink(design.outfitColor.lighter(0.5)), width: 0.018)
        if style == .windbreaker {
            let s = shoulderHalfWidth
            canvas.rect(-s - 0.1, 1.45, 2 * s + 0.2, 0.09)
            canvas.fill(ink(RGBColor(0xd0d4da)))
            canvas.rect(-s - 0.1, 1.55, 2 * s + 0.2, 0.04)
            canvas.fill(accent)
        }
    }

    func drawCrossCollar(on canvas: Canvas) {
        let band = design.outfitStyle == .mourningRobe ? ink(RGBColor(0xcfcabd)) : accent
        // The inner collar, then the outer panel crossing to the wearer's right.
        canvas.move(-0.17, 0.82)
        canvas.line(0.0, 1.12)
        canvas.line(0.17, 0.82)
        canvas.close()
        canvas.fillAndOutline(inner, line(design.innerColor), width: stroke * 0.8)
        canvas.move(0.17, 0.8)
        canvas.curve(0.05, 1.1, -0.2, 1.4, -0.5, 1.68)
        canvas.stroke(band, width: 0.1, round: false)
        canvas.move(-0.17, 0.8)
        canvas.line(-0.02, 1.05)
        canvas.stroke(band, width: 0.08, round: false)
        // The sash.
        let w = shoulderHalfWidth * (design.gender == .female ? 0.7 : 0.8)
        canvas.rect(-w - 0.02, 2.15, 2 * w + 0.04, 0.2)
        canvas.fillAndOutline(band, line(design.accentColor), width: stroke * 0.8)
        if design.outfitStyle == .palaceRobe {
            canvas.move(0.1, 2.35)
            canvas.line(0.06, 2.85)
            canvas.move(0.18, 2.35)
            canvas.line(0.2, 2.8)
            canvas.stroke(band, width: 0.03)
            for (x, y) in [(0.55, 1.12), (-0.3, 2.6)] {
                for petal in 0..<5 {
                    let angle = Double(petal) * 2 * .pi / 5 + 0.3
                    canvas.circle(x + cos(angle) * 0.045, y + sin(angle) * 0.045, 0.035)
                }
                canvas.fill(ink(design.accentColor.lighter(0.25)), 0.9)
            }
        }
    }

    func drawDragonRobe(on canvas: Canvas) {
        let gold = ink(RGBColor(0xf2d27a)), dark = ink(design.outfitColor.darker(0.45))
        canvas.move(-0.26, 0.84)
        canvas.curve(-0.22, 1.12, 0.22, 1.12, 0.26, 0.84)
        canvas.stroke(ink(RGBColor(0x2a3a6a)), width: 0.08)
        canvas.circle(0, 1.6, 0.32)
        canvas.fillAndOutline(ink(design.outfitColor.lighter(0.15)), dark, width: 0.02)
        canvas.move(-0.2, 1.75)
        canvas.curve(-0.25, 1.4, 0.05, 1.35, 0.0, 1.55)
        canvas.curve(-0.05, 1.75, 0.25, 1.8, 0.2, 1.45)
        canvas.stroke(dark, width: 0.035)
        canvas.circle(0.2, 1.42, 0.03)
        canvas.fill(ink(RGBColor(0xc8303a)))
        let w = shoulderHalfWidth * 0.8
        canvas.rect(-w - 0.02, 2.2, 2 * w + 0.04, 0.16)
        canvas.fillAndOutline(gold, dark, width: stroke * 0.8)
        for x in stride(from: -w + 0.1, through: w - 0.1, by: 0.25) {
            canvas.circle(x, 2.28, 0.035)
            canvas.fill(ink(RGBColor(0x3a7a5a)))
        }
    }

    func drawWristAccessories(on canvas: Canvas) {
        let s = shoulderHalfWidth
        for accessory in design.accessories {
            let colour: RGBColor
            switch accessory {
            case .watch: colour = RGBColor(0x9aa0aa)
            case .jadeBracelet: colour = RGBColor(0x5fae86)
            case .redString: colour = RGBColor(0xc8202c)
            default: continue
            }
            canvas.roundedRect(s - 0.13, 2.8, 0.2, 0.07, 0.03)
            canvas.fillAndOutline(ink(colour), line(colour), width: 0.01)
        }
    }

    // MARK: Below the waist (full figures)

    func drawLowerBody(on canvas: Canvas) {
        let style = design.outfitStyle
        let female = design.gender == .female
        let shoe = ink(RGBColor(0x2a2428))
        if style.isRobe || (female && style == .qipao) {
            let hem = style.isRobe ? 5.95 : 5.0
            canvas.move(-0.6, 2.8)
            canvas.curve(-0.7, 4.0, -0.85, 5.2, -0.95, hem)
            canvas.line(0.95, hem)
            canvas.curve(0.85, 5.2, 0.7, 4.0, 0.6, 2.8)
            canvas.close()
            canvas.fillAndOutline(cloth, clothLine, width: stroke)
            if style.isRobe {
                canvas.rect(-0.93, hem - 0.18, 1.86, 0.18)
                canvas.fillAndOutline(style == .mourningRobe ? ink(RGBColor(0xcfcabd)) : accent, clothLine, width: stroke * 0.8)
                for x in [-0.3, 0.3] {
                    canvas.ellipse(x, hem + 0.04, 0.16, 0.06)
                    canvas.fillAndOutline(shoe, shoe.outline, width: stroke)
                }
                return
            }
            for x in [-0.15, 0.15] {
                canvas.rect(x - 0.08, hem, 0.16, 0.8)
                canvas.fillAndOutline(skin, line(design.skin), width: stroke)
                canvas.ellipse(x, 5.88, 0.12, 0.06)
                canvas.fillAndOutline(shoe, shoe.outline, width: stroke)
            }
            return
        }
        let skirt = female && [.dress, .blouse, .cardigan, .suit, .blazer, .threePieceSuit].contains(style)
        if skirt {
            for x in [-0.18, 0.18] {
                canvas.move(x - 0.13, 3.5)
                canvas.curve(x - 0.15, 4.4, x - 0.1, 4.8, x - 0.07, 5.8)
                canvas.line(x + 0.07, 5.8)
                canvas.curve(x + 0.1, 4.8, x + 0.14, 4.4, x + 0.13, 3.5)
                canvas.close()
                canvas.fillAndOutline(skin, line(design.skin), width: stroke)
                canvas.move(x - 0.08, 5.78)
                canvas.line(x + 0.12, 5.82)
                canvas.line(x + 0.1, 5.95)
                canvas.line(x - 0.06, 5.92)
                canvas.close()
                canvas.fillAndOutline(style == .dress ? accent : shoe, shoe.outline, width: stroke)
            }
            let skirtColour = style == .blouse || style == .cardigan ? ink(design.accentColor.darker(0.3)) : cloth
            canvas.move(-0.62, 2.8)
            canvas.curve(-0.7, 3.4, -0.75, 3.9, -0.8, 4.3)
            canvas.line(0.8, 4.3)
            canvas.curve(0.75, 3.9, 0.7, 3.4, 0.62, 2.8)
            canvas.close()
            canvas.fillAndOutline(skirtColour, skirtColour.outline, width: stroke)
            return
        }
        let trousers: RGBColor = switch style {
        case .suit, .threePieceSuit: cloth
        case .denimJacket, .parka, .workUniform, .shirt: ink(RGBColor(0x3b4a66))
        default: ink(RGBColor(0x2e2e36))
        }
        for side in [-1.0, 1.0] {
            canvas.move(side * 0.02, 3.0)
            canvas.line(side * 0.62, 2.9)
            canvas.line(side * 0.5, 5.8)
            canvas.line(side * 0.12, 5.8)
            canvas.close()
            canvas.fillAndOutline(trousers, trousers.outline, width: stroke)
            canvas.ellipse(side * 0.3, 5.86, 0.22, 0.09)
            canvas.fillAndOutline(shoe, shoe.outline, width: stroke)
        }
        if [.trenchCoat, .overcoat, .labCoat].contains(style) {
            canvas.move(-0.66, 2.9)
            canvas.line(-0.78, 4.5)
            canvas.line(-0.05, 4.5)
            canvas.line(0, 3.0)
            canvas.line(0.05, 4.5)
            canvas.line(0.78, 4.5)
            canvas.line(0.66, 2.9)
            canvas.close()
            canvas.fillAndOutline(cloth, clothLine, width: stroke)
        }
    }
}

