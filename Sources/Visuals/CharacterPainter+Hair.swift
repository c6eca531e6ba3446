import DramaModel
import Foundation

extension CharacterPainter {
    var hair: RGBColor { ink(design.hairColor) }
    var hairLine: RGBColor { line(design.hairColor) }
    /// The side a ponytail or braid falls to: away from where the character looks.
    var tailSide: Double { turn > 0.2 ? -1 : 1 }

    // MARK: Behind the head

    func drawBackHair(on canvas: Canvas) {
        let style = design.hairStyle
        switch style {
        case .longStraight:
            canvas.move(-0.58, -0.3)
            canvas.curve(-0.68, 0.3, -0.74, 1.2, -0.76, 1.85)
            jagged(canvas, from: -0.76, to: 0.76, y: 1.85, depth: 0.12, teeth: 7)
            canvas.curve(0.74, 1.2, 0.68, 0.3, 0.58, -0.3)
            canvas.curve(0.5, -0.8, -0.5, -0.8, -0.58, -0.3)
            canvas.close()
        case .waves:
            canvas.move(-0.58, -0.3)
            wavySide(canvas, side: -1, from: -0.3, to: 1.7)
            jagged(canvas, from: -0.78, to: 0.78, y: 1.7, depth: 0.1, teeth: 6)
            wavySide(canvas, side: 1, from: 1.7, to: -0.3)
            canvas.curve(0.5, -0.8, -0.5, -0.8, -0.58, -0.3)
            canvas.close()
        case .bob:
            canvas.move(-0.6, -0.3)
            canvas.curve(-0.68, 0.1, -0.68, 0.45, -0.62, 0.6)
            canvas.curve(-0.56, 0.7, -0.45, 0.66, -0.4, 0.62)
            canvas.line(0.4, 0.62)
            canvas.curve(0.45, 0.66, 0.56, 0.7, 0.62, 0.6)
            canvas.curve(0.68, 0.45, 0.68, 0.1, 0.6, -0.3)
            canvas.curve(0.5, -0.8, -0.5, -0.8, -0.6, -0.3)
            canvas.close()
        case .highPonytail:
            let s = tailSide
            canvas.move(s * 0.28, -0.62)
            canvas.curve(s * 0.8, -0.75, s * 0.98, -0.05, s * 0.86, 0.75)
            canvas.curve(s * 0.82, 1.0, s * 0.8, 1.15, s * 0.74, 1.3)
            canvas.curve(s * 0.74, 1.1, s * 0.66, 0.95, s * 0.64, 0.7)
            canvas.curve(s * 0.66, 0.2, s * 0.55, -0.3, s * 0.3, -0.45)
            canvas.close()
            canvas.fillAndOutline(hair, hairLine, width: stroke)
            napeVolume(canvas, depth: 0.4)
        case .braid:
            napeVolume(canvas, depth: 0.45)
        case .bun, .updo:
            if design.accessories.contains(.hairpin), style == .updo, design.outfitStyle.isRobe {
                for side in [-1.0, 1.0] {
                    canvas.ellipse(side * 0.32, -0.86, 0.3, 0.17)
                    canvas.fillAndOutline(hair, hairLine, width: stroke)
                }
                canvas.ellipse(0, -0.8, 0.26, 0.2)
            } else if style == .updo {
                canvas.circle(tailSide * 0.18, -0.72, 0.25)
            } else {
                canvas.circle(0, -0.7, 0.21)
            }
            canvas.fillAndOutline(hair, hairLine, width: stroke)
            napeVolume(canvas, depth: 0.25)
        case .short, .sweptBack, .sidePart, .tousled, .closeCrop, .combed, .topknot:
            napeVolume(canvas, depth: 0.28)
        }
        if [.longStraight, .waves, .bob].contains(style) {
            canvas.fillAndOutline(hair, hairLine, width: stroke)
            // Shade inside the back hair, where the head casts its shadow.
            canvas.ellipse(0, 0.45, 0.55, 0.5)
            canvas.fill(ink(design.hairColor.darker(0.35)), 0.8)
        }
    }

    /// Hair behind the jaw and ears.
    func napeVolume(_ canvas: Canvas, depth: Double) {
        canvas.move(-0.55, -0.2)
        canvas.curve(-0.56, depth * 0.5, -0.5, depth, -0.3, depth)
        canvas.line(0.3, depth)
        canvas.curve(0.5, depth, 0.56, depth * 0.5, 0.55, -0.2)
        canvas.close()
        canvas.fillAndOutline(hair, hairLine, width: stroke)
    }

    /// A row of pointed ends along `y`, from x `from` to `to`.
    func jagged(_ canvas: Canvas, from: Double, to: Double, y: Double, depth: Double, teeth: Int) {
        let step = (to - from) / Double(teeth)
        for index in 0..<teeth {
            let x0 = from + step * Double(index)
            canvas.quad(x0 + step * 0.3, y - depth, x0 + step * 0.5, y - depth * 1.1)
            canvas.quad(x0 + step * 0.75, y - depth * 0.3, x0 + step, y)
        }
    }

    /// A scalloped outer edge of wavy hair.
    func wavySide(_ canvas: Canvas, side: Double, from: Double, to: Double) {
        let steps = 5
        for index in 1...steps {
            let y0 = from + (to - from) * Double(index - 1) / Double(steps)
            let y1 = from + (to - from) * Double(index) / Double(steps)
            let bulge = side * (0.7 + 0.12 * Double(index % 2) + 0.03 * Double(index) / Double(steps))
            canvas.quad(bulge + side * 0.1, (y0 + y1) / 2, side * (0.66 + 0.02 * Double(index)), y1)
        }
    }

    // MARK: In front of the face

    /// The hair on the head: cap over the cranium and the fringe's edge, by style.
    func frontHairPath(_ canvas: Canvas) {
        let female = design.gender == .female
        let style = design.hairStyle
        let top = style == .closeCrop ? -0.68 : female ? -0.78 : -0.74
        let sideX = style == .closeCrop ? 0.53 : female ? 0.58 : 0.56
        let sideY = female && style != .bun ? 0.12 : -0.02
        canvas.move(-sideX, sideY)
        if style == .tousled {
            canvas.curve(-0.66, -0.35, -0.5, -0.55, -0.42, -0.62)
            canvas.line(-0.5, -0.72)
            canvas.line(-0.3, -0.7)
            canvas.line(-0.25, -0.86)
            canvas.line(-0.05, -0.76)
            canvas.line(0.1, -0.88)
            canvas.line(0.22, -0.74)
            canvas.line(0.42, -0.78)
            canvas.line(0.42, -0.6)
            canvas.curve(0.55, -0.5, 0.64, -0.35, sideX, sideY)
        } else {
            canvas.curve(-sideX - 0.04, -0.45, -0.36, top, 0, top)
            canvas.curve(0.36, top, sideX + 0.04, -0.45, sideX, sideY)
        }
        let edge: [(Double, Double)]
        switch style {
        case .longStraight, .bob:
            edge = [(0.5, -0.16), (0.42, -0.32), (0.32, -0.15), (0.22, -0.33), (0.11, -0.16), (0.0, -0.32), (-0.1, -0.15),
                    (-0.2, -0.33), (-0.3, -0.16), (-0.4, -0.32), (-0.5, -0.14)]
        case .highPonytail, .updo, .braid, .waves:
            edge = [(0.52, -0.08), (0.4, -0.35), (0.2, -0.5), (0.12, -0.52), (-0.05, -0.34), (-0.25, -0.2), (-0.36, -0.1),
                    (-0.38, -0.24), (-0.48, -0.08)]
        case .bun:
            edge = [(0.5, -0.02), (0.42, -0.3), (0.16, -0.46), (0.02, -0.5), (-0.16, -0.46), (-0.42, -0.3), (-0.5, -0.02)]
        case .short:
            edge = [(0.5, -0.05), (0.45, -0.25), (0.35, -0.2), (0.25, -0.38), (0.12, -0.19), (0.0, -0.36), (-0.12, -0.2),
                    (-0.25, -0.38), (-0.36, -0.23), (-0.45, -0.3), (-0.5, -0.05)]
        case .tousled:
            edge = [(0.5, -0.02), (0.44, -0.15), (0.38, -0.33), (0.28, -0.13), (0.2, -0.35), (0.08, -0.12), (0.0, -0.34),
                    (-0.1, -0.15), (-0.2, -0.36), (-0.3, -0.13), (-0.38, -0.32), (-0.46, -0.15), (-0.5, -0.02)]
        case .sweptBack:
            edge = [(0.5, -0.1), (0.4, -0.32), (0.15, -0.45), (-0.1, -0.46), (-0.36, -0.36), (-0.5, -0.1)]
        case .sidePart:
            edge = [(0.5, -0.04), (0.46, -0.14), (0.32, -0.24), (0.08, -0.3), (-0.15, -0.45), (-0.3, -0.33), (-0.45, -0.22),
                    (-0.5, -0.04)]
        case .closeCrop:
            edge = [(0.49, -0.1), (0.32, -0.36), (0.1, -0.4), (0.0, -0.37), (-0.1, -0.4), (-0.32, -0.36), (-0.49, -0.1)]
        case .combed:
            edge = [(0.5, -0.1), (0.36, -0.34), (0.1, -0.42), (-0.18, -0.47), (-0.32, -0.38), (-0.5, -0.12)]
        case .topknot:
            edge = [(0.5, -0.05), (0.38, -0.3), (0.1, -0.41), (0.0, -0.36), (-0.1, -0.41), (-0.38, -0.3), (-0.5, -0.05)]
        }
        for point in edge {
            var x0 = 0.0, y0 = 0.0
            canvas.currentPoint(&x0, &y0)
            canvas.quad((x0 + point.0) / 2, (y0 + point.1) / 2 - 0.03, point.0, point.1)
        }
        canvas.close()
    }

    func drawFrontHair(on canvas: Canvas) {
        let style = design.hairStyle
        // The fringe's shadow on the forehead.
        canvas.layer {
            headPath(canvas)
            canvas.clip()
            canvas.translate(0.0, 0.045)
            frontHairPath(canvas)
            canvas.fill(skinShadow)
        }
        drawSideLocks(on: canvas)
        frontHairPath(canvas)
        canvas.fillAndOutline(hair, hairLine, width: stroke)
        if style == .topknot {
            canvas.ellipse(0, -0.8, 0.15, 0.12)
            canvas.fillAndOutline(hair, hairLine, width: stroke)
        }
        if style == .sweptBack || style == .combed {
            canvas.move(0.05, -0.44)
            canvas.curve(0.12, -0.3, 0.08, -0.22, 0.14, -0.16)
            canvas.stroke(hairLine, width: stroke * 0.9)
        }
        // Strands and the glossy band on the crown.
        canvas.layer {
            frontHairPath(canvas)
            canvas.clip()
            let gloss = ink(design.hairColor.lighter(design.hairColor.luminance < 0.3 ? 0.28 : 0.4))
            canvas.move(-0.3, -0.5)
            canvas.curve(-0.15, -0.6, 0.15, -0.6, 0.3, -0.5)
            canvas.stroke(gloss, width: 0.05, alpha: 0.7)
            if let streak = design.hairStreak {
                for dx in [0.18, 0.3, 0.4] {
                    canvas.move(dx - 0.1, -0.66)
                    canvas.quad(dx + 0.05, -0.4, dx + 0.08, -0.1)
                    canvas.stroke(ink(streak), width: 0.035)
                }
            }
            for (x0, x1) in [(-0.2, -0.26), (0.05, 0.1), (0.28, 0.36)] {
                canvas.move(x0 * 0.6, -0.7)
                canvas.quad(x0, -0.45, x1, -0.3)
                canvas.stroke(hairLine, width: 0.01, alpha: 0.5)
            }
        }
    }

    func drawSideLocks(on canvas: Canvas) {
        for s in [-1.0, 1.0] {
            switch design.hairStyle {
            case .longStraight, .waves:
                let end = design.hairStyle == .waves ? 0.9 : 1.0
                canvas.move(s * 0.44, -0.25)
                if design.hairStyle == .waves {
                    canvas.curve(s * 0.62, 0.0, s * 0.52, 0.3, s * 0.62, 0.55)
                    canvas.curve(s * 0.7, 0.7, s * 0.58, 0.8, s * 0.6, end)
                } else {
                    canvas.curve(s * 0.57, 0.15, s * 0.6, 0.6, s * 0.62, end)
                }
                canvas.curve(s * 0.56, end - 0.08, s * 0.53, end - 0.12, s * 0.5, end - 0.15)
                canvas.curve(s * 0.5, 0.4, s * 0.45, 0.1, s * 0.4, -0.15)
                canvas.close()
            case .bob:
                canvas.move(s * 0.44, -0.25)
                canvas.curve(s * 0.6, 0.0, s * 0.6, 0.35, s * 0.55, 0.58)
                canvas.curve(s * 0.5, 0.62, s * 0.44, 0.58, s * 0.42, 0.5)
                canvas.curve(s * 0.46, 0.25, s * 0.44, 0.0, s * 0.4, -0.15)
                canvas.close()
            case .highPonytail, .updo, .braid:
                canvas.move(s * 0.45, -0.18)
                canvas.curve(s * 0.54, 0.05, s * 0.52, 0.3, s * 0.47, 0.45)
                canvas.curve(s * 0.48, 0.25, s * 0.46, 0.05, s * 0.41, -0.1)
                canvas.close()
            case .short, .sidePart, .tousled, .sweptBack, .combed, .topknot:
                canvas.move(s * 0.5, -0.08)
                canvas.line(s * 0.51, 0.1)
                canvas.line(s * 0.465, 0.12)
                canvas.line(s * 0.46, -0.08)
                canvas.close()
            case .bun, .closeCrop:
                continue
            }
            canvas.fillAndOutline(hair, hairLine, width: stroke * 0.9)
        }
    }

    // MARK: Hair and face accessories

    func drawHeadAccessories(on canvas: Canvas) {
        let gold = ink(RGBColor(0xe3b54a)), goldLine = ink(RGBColor(0x8a6418))
        for accessory in design.accessories {
            switch accessory {
            case .pearlEarrings, .earrings:
                for side in [-1.0, 1.0] {
                    if accessory == .pearlEarrings {
                        canvas.circle(side * 0.5, 0.24, 0.03)
                        canvas.fillAndOutline(ink(RGBColor(0xf8f4ec)), ink(RGBColor(0x9a928a)), width: 0.008)
                        canvas.circle(side * 0.5 - 0.008, 0.232, 0.009)
                        canvas.fill(RGBColor(0xffffff))
                    } else {
                        canvas.move(side * 0.5, 0.2)
                        canvas.line(side * 0.5, 0.27)
                        canvas.stroke(gold, width: 0.01)
                        teardrop(canvas, x: side * 0.5, y: 0.3, size: 0.035)
                        canvas.fillAndOutline(ink(design.accentColor), goldLine, width: 0.008)
                    }
                }
            case .glasses:
                for side in [-1.0, 1.0] {
                    let cx = eyeX(side)
                    canvas.roundedRect(cx - 0.15, eyeY - 0.09, 0.3, 0.19, 0.06)
                    canvas.fill(ink(RGBColor(0xdfeaf4)), 0.18)
                    canvas.roundedRect(cx - 0.15, eyeY - 0.09, 0.3, 0.19, 0.06)
                    canvas.stroke(ink(RGBColor(0x3a3640)), width: 0.014)
                    canvas.move(cx + 0.04, eyeY - 0.07)
                    canvas.line(cx - 0.06, eyeY + 0.07)
                    canvas.stroke(RGBColor(0xffffff), width: 0.014, alpha: 0.5)
                }
                canvas.move(eyeX(-1) + 0.15, eyeY - 0.03)
                canvas.quad(featureShift, eyeY - 0.06, eyeX(1) - 0.15, eyeY - 0.03)
                canvas.move(eyeX(-1) - 0.15, eyeY - 0.04)
                canvas.line(-0.5, eyeY - 0.06)
                canvas.move(eyeX(1) + 0.15, eyeY - 0.04)
                canvas.line(0.5, eyeY - 0.06)
                canvas.stroke(ink(RGBColor(0x3a3640)), width: 0.014)
            case .hairpin:
                let (x, y): (Double, Double) = switch design.hairStyle {
                case .bun, .updo: (0.22, -0.78)
                default: (0.36, -0.38)
                }
                canvas.move(x - 0.16, y + 0.08)
                canvas.line(x + 0.14, y - 0.1)
                canvas.stroke(gold, width: 0.022)
                for petal in 0..<5 {
                    let angle = Double(petal) * 2 * .pi / 5
                    canvas.circle(x + 0.16 + cos(angle) * 0.035, y - 0.11 + sin(angle) * 0.035, 0.028)
                }
                canvas.fillAndOutline(ink(design.accentColor.lighter(0.2)), goldLine, width: 0.008)
                canvas.circle(x + 0.16, y - 0.11, 0.02)
                canvas.fill(gold)
                if design.outfitStyle.isRobe {
                    for dangle in 0..<3 {
                        let dx = x + 0.12 + Double(dangle) * 0.04
                        canvas.move(dx, y - 0.08)
                        canvas.line(dx, y + 0.08 + Double(dangle % 2) * 0.05)
                        canvas.stroke(gold, width: 0.008)
                        canvas.circle(dx, y + 0.1 + Double(dangle % 2) * 0.05, 0.016)
                        canvas.fill(ink(RGBColor(0xd8404a)))
                    }
                }
            case .crown:
                if design.hairStyle == .topknot {
                    canvas.move(-0.12, -0.78)
                    canvas.line(-0.1, -0.94)
                    canvas.line(0.1, -0.94)
                    canvas.line(0.12, -0.78)
                    canvas.close()
                    canvas.fillAndOutline(gold, goldLine, width: 0.012)
                    canvas.move(-0.22, -0.86)
                    canvas.line(0.22, -0.86)
                    canvas.stroke(gold, width: 0.02)
                    canvas.circle(0, -0.86, 0.03)
                    canvas.fill(ink(RGBColor(0xc8303a)))
                } else {
                    canvas.move(-0.3, -0.7)
                    for index in 0...6 {
                        let x = -0.3 + Double(index) * 0.1
                        canvas.line(x, index % 2 == 0 ? -0.88 : -0.76)
                    }
                    canvas.line(0.3, -0.7)
                    canvas.close()
                    canvas.fillAndOutline(gold, goldLine, width: 0.012)
                    for x in [-0.2, 0.0, 0.2] {
                        canvas.circle(x, -0.78, 0.025)
                    }
                    canvas.fill(ink(RGBColor(0xd0303c)))
                }
            default:
                break
            }
        }
        if design.hairStyle == .topknot, !design.accessories.contains(.crown) {
            canvas.move(-0.2, -0.82)
            canvas.line(0.2, -0.8)
            canvas.stroke(ink(RGBColor(0xd8d0b0)), width: 0.02)
        }
        if design.gender == .male, design.isElder, design.outfitStyle.isRobe {
            // A grey beard for the palace's elders.
            canvas.move(-0.2, 0.5)
            canvas.curve(-0.15, 0.8, -0.05, 0.9, 0, 0.95)
            canvas.curve(0.05, 0.9, 0.15, 0.8, 0.2, 0.5)
            canvas.curve(0.1, 0.58, -0.1, 0.58, -0.2, 0.5)
            canvas.close()
            canvas.fillAndOutline(hair, hairLine, width: stroke * 0.8)
        }
    }
}

