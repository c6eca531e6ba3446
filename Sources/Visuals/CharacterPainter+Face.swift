import DramaModel

extension CharacterPainter {
    /// The eyes' vertical position.
    var eyeY: Double { 0.1 }
    /// The mouth's vertical position.
    var mouthY: Double { 0.42 }

    /// Half width and half height of an eye at rest.
    var eyeSize: (w: Double, h: Double) {
        let female = design.gender == .female
        var w = female ? 0.13 : 0.12, h = female ? 0.095 : 0.068
        switch design.eyeShape {
        case .round: h *= 1.12
        case .almond: break
        case .narrow: h *= 0.72; w *= 1.05
        }
        if design.isElder { h *= 0.85 }
        return (w, h)
    }

    func drawFace(on canvas: Canvas, expression: FaceExpression, mouth: MouthShape, eyesClosed: Bool) {
        let blush = max(expression.blush, design.gender == .female ? 0.35 : 0.12)
        drawBlush(on: canvas, amount: blush)
        if design.isElder { drawAgeLines(on: canvas) }
        for side in [-1.0, 1.0] {
            drawEye(on: canvas, side: side, expression: expression, closed: eyesClosed)
            drawBrow(on: canvas, side: side, expression: expression)
        }
        drawNose(on: canvas)
        drawMouth(on: canvas, shape: mouth, expression: expression)
        drawFaceMarks(on: canvas, expression: expression)
    }

    // MARK: Eyes

    /// Centre x of an eye; far eye (the side the character turns to) is foreshortened.
    func eyeX(_ side: Double) -> Double { side * 0.205 + featureShift }
    func eyeWidthScale(_ side: Double) -> Double { side * turn > 0 ? 1 - 0.18 * abs(turn) : 1 }

    func eyePath(_ canvas: Canvas, side: Double, expression: FaceExpression) {
        let (w0, h0) = eyeSize
        let w = w0 * eyeWidthScale(side), h = h0 * expression.eyeOpen
        let cx = eyeX(side), cy = eyeY
        let tilt = design.gender == .female ? 0.015 : 0.005
        let outer = (cx + side * w, cy - tilt), inner = (cx - side * w, cy + 0.005)
        let k = 4.0 / 3.0
        let innerLid = cy - h * k + expression.lidSlant * 2.2, outerLid = cy - h * k - expression.lidSlant * 0.6
        canvas.move(outer.0, outer.1)
        canvas.curve(cx + side * w * 0.55, outerLid, cx - side * w * 0.45, innerLid, inner.0, inner.1)
        let lower = cy + (h * 0.8 - expression.lowerLid) * k
        canvas.curve(cx - side * w * 0.4, lower, cx + side * w * 0.5, lower, outer.0, outer.1)
        canvas.close()
    }

    func upperLidPath(_ canvas: Canvas, side: Double, expression: FaceExpression) {
        let (w0, h0) = eyeSize
        let w = w0 * eyeWidthScale(side), h = h0 * expression.eyeOpen
        let cx = eyeX(side), cy = eyeY
        let tilt = design.gender == .female ? 0.015 : 0.005
        let k = 4.0 / 3.0
        let innerLid = cy - h * k + expression.lidSlant * 2.2, outerLid = cy - h * k - expression.lidSlant * 0.6
        canvas.move(cx + side * (w + 0.012), cy - tilt + 0.004)
        canvas.curve(cx + side * w * 0.55, outerLid, cx - side * w * 0.45, innerLid, cx - side * w, cy + 0.005)
    }

    func drawEye(on canvas: Canvas, side: Double, expression: FaceExpression, closed: Bool) {
        let (w0, h0) = eyeSize
        let w = w0 * eyeWidthScale(side)
        let cx = eyeX(side), cy = eyeY
        let lash = ink(design.hairColor.darker(0.55).mixed(with: RGBColor(0x1c1418), 0.6))
        let female = design.gender == .female
        if closed {
            canvas.move(cx + side * w, cy + 0.005)
            canvas.quad(cx, cy + 0.055, cx - side * w, cy + 0.01)
            canvas.stroke(lash, width: female ? 0.03 : 0.024)
            if female {
                canvas.move(cx + side * w * 0.9, cy + 0.02)
                canvas.line(cx + side * (w + 0.035), cy + 0.045)
                canvas.stroke(lash, width: 0.014)
            }
            return
        }
        // White, iris, pupil and highlights, clipped to the opening.
        canvas.layer {
            eyePath(canvas, side: side, expression: expression)
            canvas.clip()
            canvas.linear(0, cy - h0, 0, cy + h0, [(0, ink(RGBColor(0xb9bfd6)), 1), (0.45, ink(RGBColor(0xffffff)), 1), (1, ink(RGBColor(0xf4f4f8)), 1)])
            canvas.rect(cx - w - 0.05, cy - 0.3, 2 * w + 0.1, 0.6)
            canvas.fillSource()
            let irisX = cx + turn * 0.02 - side * 0.008, irisY = cy + h0 * 0.12
            let rx = 0.072 * expression.irisScale * (female ? 1.05 : 0.95) * eyeWidthScale(side)
            let ry = (female ? 0.095 : 0.08) * expression.irisScale
            let iris = design.eyeColor
            canvas.ellipse(irisX, irisY, rx, ry)
            canvas.linear(0, irisY - ry, 0, irisY + ry, [(0, ink(iris.darker(0.55)), 1), (0.55, ink(iris), 1), (1, ink(iris.lighter(0.35)), 1)])
            canvas.fillSource()
            canvas.ellipse(irisX, irisY, rx, ry)
            canvas.stroke(ink(iris.darker(0.6)), width: 0.01)
            canvas.ellipse(irisX, irisY + 0.005, rx * 0.45, ry * 0.45)
            canvas.fill(ink(RGBColor(0x16101a)))
            if expression.highlights {
                canvas.ellipse(irisX - rx * 0.38, irisY - ry * 0.4, rx * 0.36, ry * 0.3)
                canvas.fill(RGBColor(0xffffff), 0.95)
                canvas.circle(irisX + rx * 0.4, irisY + ry * 0.45, rx * 0.16)
                canvas.fill(RGBColor(0xffffff), 0.8)
            }
        }
        // The lash line and a hint of the lower lid.
        upperLidPath(canvas, side: side, expression: expression)
        canvas.stroke(lash, width: female ? 0.034 : 0.026)
        if female {
            let tilt = 0.015
            canvas.move(cx + side * (w - 0.005), cy - tilt)
            canvas.quad(cx + side * (w + 0.03), cy - tilt - 0.01, cx + side * (w + 0.05), cy - tilt - 0.04)
            canvas.stroke(lash, width: 0.016)
        }
        let lower = cy + (h0 * expression.eyeOpen * 0.8 - expression.lowerLid) * 4 / 3
        canvas.move(cx + side * w * 0.85, cy + 0.025)
        canvas.quad(cx + side * w * 0.1, lower + 0.004, cx - side * w * 0.6, lower - 0.012)
        canvas.stroke(lash, width: 0.009, alpha: 0.55)
    }

    func drawBrow(on canvas: Canvas, side: Double, expression: FaceExpression) {
        let (w, h) = eyeSize
        let cx = eyeX(side)
        let base = eyeY - h - 0.1 + (design.gender == .male ? 0.015 : 0)
        let lift = side > 0 ? expression.browRaiseRight : 0
        let inner = (cx - side * w * 0.85, base + expression.browInner + lift * 0.5)
        let outer = (cx + side * w * 1.15, base + 0.02 + expression.browOuter + lift)
        let arch: Double = switch design.browStyle {
        case .arched: 0.045
        case .soft: 0.025
        case .straight, .thick: 0.012
        }
        let width: Double = switch design.browStyle {
        case .thick: 0.042
        case .straight: 0.032
        case .soft, .arched: design.gender == .male ? 0.032 : 0.024
        }
        let mid = ((inner.0 + outer.0) / 2, min(inner.1, outer.1) - arch)
        canvas.move(inner.0, inner.1)
        canvas.quad(mid.0, mid.1, outer.0, outer.1)
        canvas.stroke(ink(design.hairColor.darker(0.3)), width: width)
    }

    // MARK: Nose, mouth, cheeks

    func drawNose(on canvas: Canvas) {
        let x = featureShift * 1.4
        canvas.move(x + 0.018, 0.275)
        canvas.quad(x + 0.022, 0.302, x - 0.008, 0.306)
        canvas.stroke(skinShadow.darker(0.15), width: 0.013)
    }

    func drawBlush(on canvas: Canvas, amount: Double) {
        guard amount > 0 else { return }
        for side in [-1.0, 1.0] {
            let x = side * 0.3 + featureShift, y = 0.27
            canvas.layer {
                canvas.translate(x, y)
                canvas.scale(1, 0.45)
                canvas.radial(0, 0, 0, 0.12, [(0, ink(RGBColor(0xf07080)), 0.5 * amount), (1, ink(RGBColor(0xf07080)), 0)])
                canvas.circle(0, 0, 0.12)
                canvas.fillSource()
            }
            if amount >= 0.99 {
                for index in 0..<3 {
                    let dx = x - 0.05 + Double(index) * 0.04
                    canvas.move(dx, y - 0.015)
                    canvas.line(dx - 0.02, y + 0.02)
                    canvas.stroke(ink(RGBColor(0xe05868)), width: 0.01, alpha: 0.8)
                }
            }
        }
    }

    func drawAgeLines(on canvas: Canvas) {
        let lineColour = skinShadow.darker(0.12)
        for side in [-1.0, 1.0] {
            let x = eyeX(side) + side * (eyeSize.w + 0.02)
            canvas.move(x, eyeY + 0.0)
            canvas.line(x + side * 0.04, eyeY - 0.015)
            canvas.move(x, eyeY + 0.025)
            canvas.line(x + side * 0.045, eyeY + 0.035)
            canvas.stroke(lineColour, width: 0.009)
            canvas.move(featureShift + side * 0.1, 0.31)
            canvas.quad(featureShift + side * 0.15, 0.38, featureShift + side * 0.12, 0.46)
            canvas.stroke(lineColour, width: 0.011)
            canvas.move(eyeX(side) - side * 0.06, eyeY + 0.09)
            canvas.quad(eyeX(side), eyeY + 0.11, eyeX(side) + side * 0.07, eyeY + 0.085)
            canvas.stroke(lineColour, width: 0.008, alpha: 0.7)
        }
    }

    func drawMouth(on canvas: Canvas, shape: MouthShape, expression: FaceExpression) {
        let mx = featureShift * 1.2, my = mouthY
        let female = design.gender == .female
        let mw = (female ? 0.07 : 0.08) * expression.mouthWidth
        let lipLine = ink(design.lipColor.darker(0.45))
        let interior = ink(RGBColor(0x6a2228))
        let leftY = my - expression.smile + expression.smirk * 0.4
        let rightY = my - expression.smile - expression.smirk
        switch shape {
        case .closed:
            canvas.move(mx - mw, leftY)
            canvas.curve(mx - mw * 0.4, my + expression.smile * 0.6, mx + mw * 0.4, my + expression.smile * 0.6, mx + mw, rightY)
            canvas.stroke(lipLine, width: 0.017)
            if female {
                canvas.move(mx - mw * 0.35, my + 0.035)
                canvas.quad(mx, my + 0.045, mx + mw * 0.35, my + 0.035)
                canvas.stroke(ink(design.lipColor.darker(0.2)), width: 0.012, alpha: 0.55)
            }
        case .open, .wide, .teeth, .round:
            let (halfWidth, depth, top): (Double, Double, Double) = switch shape {
            case .open: (mw * 0.9, 0.1 + (expression.irisScale < 0.8 ? 0.03 : 0), 0.0)
            case .wide: (mw * 1.3, 0.055, -0.005)
            case .teeth: (mw * 1.05, 0.05, 0.0)
            default: (mw * 0.45, 0.085, -0.01)
            }
            let lY = shape == .round ? my + top : leftY, rY = shape == .round ? my + top : rightY
            let path = {
                canvas.move(mx - halfWidth, lY)
                if shape == .round {
                    canvas.curve(mx - halfWidth, my - 0.035, mx + halfWidth, my - 0.035, mx + halfWidth, rY)
                    canvas.curve(mx + halfWidth, my + depth, mx - halfWidth, my + depth, mx - halfWidth, lY)
                } else {
                    canvas.curve(mx - halfWidth * 0.4, my - 0.012 + top, mx + halfWidth * 0.4, my - 0.012 + top, mx + halfWidth, rY)
                    canvas.curve(mx + halfWidth * 0.7, my + depth * 1.2, mx - halfWidth * 0.7, my + depth * 1.2, mx - halfWidth, lY)
                }
                canvas.close()
            }
            canvas.layer {
                path()
                canvas.fillKeep(interior)
                canvas.clip()
                switch shape {
                case .open, .round:
                    canvas.ellipse(mx, my + depth * 1.05, halfWidth * 0.8, depth * 0.45)
                    canvas.fill(ink(RGBColor(0xe0707a)))
                case .wide:
                    canvas.rect(mx - halfWidth, my - 0.06, halfWidth * 2, 0.07)
                    canvas.fill(ink(RGBColor(0xffffff)))
                case .teeth:
                    canvas.rect(mx - halfWidth, my - 0.06, halfWidth * 2, 0.085)
                    canvas.fill(ink(RGBColor(0xffffff)))
                    canvas.move(mx - halfWidth, my + 0.04)
                    canvas.quad(mx, my + 0.02, mx + halfWidth, my + 0.04)
                    canvas.stroke(ink(design.lipColor), width: 0.03)
                default: break
                }
            }
            path()
            canvas.stroke(lipLine, width: 0.016)
        }
    }

    func drawFaceMarks(on canvas: Canvas, expression: FaceExpression) {
        for mark in design.marks {
            switch mark {
            case .beautyMark:
                canvas.circle(eyeX(1) + 0.06, eyeY + 0.13, 0.012)
                canvas.fill(ink(RGBColor(0x3a2424)))
            case .dimples:
                guard expression.smile > 0.015 else { continue }
                for side in [-1.0, 1.0] {
                    canvas.move(featureShift + side * 0.14, mouthY - 0.04)
                    canvas.quad(featureShift + side * 0.155, mouthY - 0.01, featureShift + side * 0.14, mouthY + 0.02)
                    canvas.stroke(skinShadow, width: 0.01)
                }
            case .scar:
                canvas.move(-0.36 + featureShift, -0.08)
                canvas.line(-0.22 + featureShift, 0.22)
                canvas.stroke(ink(design.skin.mixed(with: RGBColor(0xc06070), 0.4)), width: 0.018)
                for t in [0.3, 0.6] {
                    let x = -0.36 + 0.14 * t + featureShift, y = -0.08 + 0.3 * t
                    canvas.move(x - 0.03, y - 0.01)
                    canvas.line(x + 0.03, y + 0.01)
                }
                canvas.stroke(ink(design.skin.mixed(with: RGBColor(0xc06070), 0.4)), width: 0.01)
            case .freckles:
                for side in [-1.0, 1.0] {
                    for (dx, dy) in [(0.0, 0.0), (0.04, 0.02), (-0.03, 0.03), (0.02, -0.025), (0.06, -0.01)] {
                        canvas.circle(side * 0.26 + featureShift + dx, 0.24 + dy, 0.008)
                    }
                }
                canvas.fill(ink(design.skin.darker(0.3)), 0.7)
            }
        }
    }

    // MARK: Comic marks on top

    /// Gloom and cold shade lie on the skin, under the hair.
    func drawFaceShade(on canvas: Canvas, expression: FaceExpression) {
        if expression.gloom || expression.shadowedEyes {
            canvas.layer {
                headPath(canvas)
                canvas.clip()
                if expression.gloom {
                    canvas.linear(0, -0.6, 0, eyeY, [(0, ink(RGBColor(0x5a4fb0)), 0.5), (1, ink(RGBColor(0x5a4fb0)), 0)])
                    canvas.rect(-0.6, -0.7, 1.2, 0.8)
                    canvas.fillSource()
                    for index in 0..<6 {
                        let x = -0.25 + Double(index) * 0.1 + featureShift
                        canvas.move(x, -0.35)
                        canvas.line(x, -0.12 - Double(index % 2) * 0.05)
                    }
                    canvas.stroke(ink(RGBColor(0x3a3080)), width: 0.012, alpha: 0.6)
                } else {
                    canvas.linear(0, eyeY - 0.3, 0, eyeY + 0.15, [(0, ink(RGBColor(0x30385a)), 0), (0.45, ink(RGBColor(0x30385a)), 0.3), (1, ink(RGBColor(0x30385a)), 0)])
                    canvas.rect(-0.6, eyeY - 0.3, 1.2, 0.45)
                    canvas.fillSource()
                }
            }
        }
    }

    func drawMarks(on canvas: Canvas, expression: FaceExpression) {
        let water = ink(RGBColor(0x9ed8f6)), waterLine = ink(RGBColor(0x3a86c0))
        if expression.tears {
            for side in [-1.0, 1.0] {
                let x = eyeX(side) + side * 0.02, y = eyeY + eyeSize.h * 0.9
                canvas.move(x - 0.03, y)
                canvas.quad(x, y + 0.02, x + 0.04, y - 0.005)
                canvas.stroke(water, width: 0.018)
                canvas.move(x + side * 0.01, y + 0.03)
                canvas.curve(x + side * 0.03, y + 0.09, x - side * 0.02, y + 0.14, x + side * 0.005, y + 0.2)
                canvas.stroke(water, width: 0.02, alpha: 0.85)
            }
            teardrop(canvas, x: eyeX(-1) - 0.01, y: eyeY + 0.33, size: 0.035)
            canvas.fillAndOutline(water, waterLine, width: 0.008)
        }
        if expression.sweat {
            teardrop(canvas, x: 0.43 + featureShift * 0.5, y: -0.12, size: 0.06)
            canvas.fillAndOutline(water, waterLine, width: 0.012)
            canvas.ellipse(0.425 + featureShift * 0.5, -0.105, 0.012, 0.02)
            canvas.fill(RGBColor(0xffffff), 0.9)
        }
        if expression.angerMark {
            let cx = 0.3, cy = -0.4, r = 0.075
            for quadrant in 0..<4 {
                let sx = quadrant % 2 == 0 ? -1.0 : 1.0, sy = quadrant < 2 ? -1.0 : 1.0
                canvas.move(cx + sx * r * 0.25, cy + sy * r)
                canvas.quad(cx + sx * r * 0.3, cy + sy * r * 0.3, cx + sx * r, cy + sy * r * 0.25)
            }
            canvas.stroke(ink(RGBColor(0xd8202c)), width: 0.024)
        }
    }

    /// A drop, round at the bottom, pointed at the top.
    func teardrop(_ canvas: Canvas, x: Double, y: Double, size: Double) {
        canvas.move(x, y - size)
        canvas.curve(x + size * 0.2, y - size * 0.4, x + size * 0.6, y, x + size * 0.6, y + size * 0.3)
        canvas.curve(x + size * 0.6, y + size * 0.75, x - size * 0.6, y + size * 0.75, x - size * 0.6, y + size * 0.3)
        canvas.curve(x - size * 0.6, y, x - size * 0.2, y - size * 0.4, x, y - size)
        canvas.close()
    }
}
