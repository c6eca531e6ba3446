import Basics
import DramaModel
import Foundation


/// Outdoor places.
extension ScenePainter {
    /// Ground from the horizon down, a colour gradient.
    func ground(_ canvas: Canvas, from y: Double, colour: RGBColor) {
        canvas.rect(0, y, 1, h - y)
        canvas.linear(0, y, 0, h, [(0, ink(colour.darker(0.15)), 1), (1, ink(colour.lighter(0.05)), 1)])
        canvas.fillSource()
    }

    /// A rounded hedge.
    func hedge(_ canvas: Canvas, x: Double, y: Double, w: Double, h hh: Double, roses: Bool, _ random: inout SeededGenerator) {
        let green = RGBColor(0x2f6a3a)
        canvas.roundedRect(x, y, w, hh, min(w, hh) * 0.3)
        canvas.fillAndOutline(ink(green), edge(green), width: lw)
        for _ in 0..<Int(w * 60) {
            canvas.circle(x + random.unit() * w, y + random.unit() * hh * 0.9, 0.012)
        }
        canvas.fill(ink(green.lighter(0.15)), 0.8)
        if roses {
            for _ in 0..<Int(w * 40) {
                let rx = x + 0.02 + random.unit() * (w - 0.04), ry = y + 0.02 + random.unit() * (hh * 0.7)
                canvas.circle(rx, ry, 0.011)
                canvas.fillAndOutline(ink(0xd8283a), ink(0x7a1020), width: lw * 0.5)
                canvas.circle(rx, ry, 0.004)
                canvas.fill(ink(0xf06070))
            }
        }
    }

    /// A tree: trunk and a round crown.
    func tree(_ canvas: Canvas, x: Double, y: Double, size s: Double, colour: RGBColor = RGBColor(0x3a7a44)) {
        canvas.rect(x - s * 0.06, y - s * 0.6, s * 0.12, s * 0.6)
        canvas.fill(ink(0x5a3e2a))
        for (dx, dy, r) in [(0.0, -0.9, 0.42), (-0.25, -0.7, 0.3), (0.25, -0.7, 0.3), (0.0, -1.15, 0.3)] {
            canvas.circle(x + dx * s, y + dy * s, r * s)
        }
        canvas.fillAndOutline(ink(colour), edge(colour), width: lw)
        canvas.circle(x - s * 0.1, y - s * 1.0, s * 0.15)
        canvas.fill(ink(colour.lighter(0.2)), 0.8)
    }

    /// A mansion's rose garden: hedges, roses, a fountain, the house behind.
    func garden(_ canvas: Canvas, _ random: inout SeededGenerator) {
        sky(canvas, &random, bottom: h * 0.5)
        // The mansion behind.
        canvas.rect(0.15, h * 0.22, 0.7, h * 0.28)
        canvas.fillAndOutline(ink(0xe8dcc8), edge(RGBColor(0xe8dcc8)), width: lw)
        canvas.polygon([(0.1, h * 0.22), (0.5, h * 0.13), (0.9, h * 0.22)])
        canvas.fillAndOutline(ink(0x6a4a3a), edge(RGBColor(0x6a4a3a)), width: lw)
        for row in 0..<2 {
            for col in 0..<6 {
                canvas.rect(0.2 + Double(col) * 0.105, h * (0.26 + Double(row) * 0.11), 0.05, h * 0.07)
            }
        }
        canvas.fill(night ? RGBColor(0xffd27a) : ink(0x5a7a9a))
        ground(canvas, from: h * 0.5, colour: RGBColor(0x5a9a4a))
        // Gravel path.
        canvas.polygon([(0.46, h * 0.5), (0.54, h * 0.5), (0.8, h), (0.2, h)])
        canvas.fill(ink(0xd8ccb0))
        hedge(canvas, x: -0.05, y: h * 0.46, w: 0.45, h: h * 0.1, roses: true, &random)
        hedge(canvas, x: 0.6, y: h * 0.46, w: 0.45, h: h * 0.1, roses: true, &random)
        hedge(canvas, x: -0.1, y: h * 0.74, w: 0.3, h: h * 0.14, roses: true, &random)
        hedge(canvas, x: 0.8, y: h * 0.74, w: 0.3, h: h * 0.14, roses: true, &random)
        // Fountain.
        canvas.ellipse(0.5, h * 0.6, 0.12, 0.025)
        canvas.fillAndOutline(ink(0xd8d4cc), edge(RGBColor(0xd8d4cc)), width: lw)
        canvas.ellipse(0.5, h * 0.597, 0.1, 0.016)
        canvas.fill(ink(0x7ab8d8))
        canvas.rect(0.49, h * 0.52, 0.02, h * 0.07)
        canvas.fill(ink(0xd8d4cc))
        canvas.move(0.5, h * 0.52)
        canvas.curve(0.46, h * 0.5, 0.43, h * 0.53, 0.42, h * 0.59)
        canvas.move(0.5, h * 0.52)
        canvas.curve(0.54, h * 0.5, 0.57, h * 0.53, 0.58, h * 0.59)
        canvas.stroke(RGBColor(0xcfeaff), width: lw * 1.2, alpha: 0.8)
        if night {
            for x in [0.3, 0.7] {
                canvas.rect(x - 0.004, h * 0.44, 0.008, h * 0.1)
                canvas.fill(ink(0x2a2a2a))
                glow(canvas, x: x, y: h * 0.44, radius: 0.12, colour: RGBColor(0xffe0a0), alpha: 0.7)
            }
        }
    }

    /// A city street at night (or a grey rainy day): neon signs, wet pavement, rain.
    func street(_ canvas: Canvas, _ random: inout SeededGenerator) {
        sky(canvas, &random, bottom: h * 0.3, moon: false)
        // Buildings on both sides with signs.
        let neon: [RGBColor] = [RGBColor(0xff3a8a), RGBColor(0x3af0ff), RGBColor(0xffc83a), RGBColor(0x8a5aff)]
        for (index, (x, w, top)) in [(0.0, 0.3, 0.05), (0.28, 0.2, 0.18), (0.5, 0.18, 0.22), (0.68, 0.32, 0.08)].enumerated() {
            let colour = RGBColor(index % 2 == 0 ? 0x3a3448 : 0x4a4058)
            canvas.rect(x, h * top, w, h * (0.62 - top))
            canvas.fillAndOutline(ink(colour), edge(colour), width: lw)
            for row in 0..<Int((0.55 - top) / 0.05) {
                for col in 0..<Int(w / 0.07) where random.chance(0.55) {
                    canvas.rect(x + 0.02 + Double(col) * 0.07, h * (top + 0.03 + Double(row) * 0.05), 0.035, h * 0.03)
                }
            }
            canvas.fill(night ? RGBColor(0xffd27a) : ink(0x8aa0b8), night ? 0.8 : 1)
            let sign = neon[index % neon.count]
            let sx = x + w * 0.2, sy = h * (top + 0.12)
            canvas.roundedRect(sx, sy, w * 0.6, h * 0.05, 0.01)
            canvas.fill(RGBColor(0x14101c), 0.9)
            canvas.roundedRect(sx, sy, w * 0.6, h * 0.05, 0.01)
            canvas.stroke(sign, width: lw * 1.5)
            glow(canvas, x: sx + w * 0.3, y: sy + h * 0.025, radius: w * 0.6, colour: sign, alpha: night ? 0.35 : 0.15)
            canvas.move(sx + w * 0.1, sy + h * 0.025)
            canvas.line(sx + w * 0.5, sy + h * 0.025)
            canvas.stroke(sign, width: lw * 2.5)
        }
        // Wet road with reflections.
        canvas.rect(0, h * 0.62, 1, h * 0.38)
        canvas.linear(0, h * 0.62, 0, h, [(0, ink(0x2a2836), 1), (1, ink(0x1a1822), 1)])
        canvas.fillSource()
        for (index, x) in [0.18, 0.38, 0.6, 0.84].enumerated() {
            let colour = neon[index % neon.count]
            canvas.rect(x - 0.03, h * 0.64, 0.06, h * 0.3)
            canvas.linear(0, h * 0.64, 0, h * 0.94, [(0, colour, night ? 0.35 : 0.15), (1, colour, 0)])
            canvas.fillSource()
        }
        canvas.polygon([(0, h * 0.62), (1, h * 0.62), (1, h * 0.66), (0, h * 0.66)])
        canvas.fill(ink(0x6a6a74))
        for index in 0..<5 {
            let y = h * (0.72 + Double(index) * 0.06)
            canvas.rect(0.48, y, 0.04, h * 0.025)
        }
        canvas.fill(ink(0xe8e0c8), 0.6)
        // Street lamp.
        canvas.rect(0.86, h * 0.3, 0.012, h * 0.36)
        canvas.fill(ink(0x2a2a30))
        canvas.move(0.866, h * 0.3)
        canvas.quad(0.866, h * 0.27, 0.8, h * 0.27)
        canvas.stroke(ink(0x2a2a30), width: lw * 2)
        glow(canvas, x: 0.8, y: h * 0.285, radius: 0.15, colour: RGBColor(0xffe0a0), alpha: night ? 0.7 : 0.3)
        rain(canvas, &random, density: 160)
    }

    /// A rooftop: railing, water tank, helipad and the skyline below.
    func rooftop(_ canvas: Canvas, _ random: inout SeededGenerator) {
        sky(canvas, &random, bottom: h * 0.55)
        skyline(canvas, &random, x: 0, width: 1, base: h * 0.58, height: h * 0.25)
        ground(canvas, from: h * 0.58, colour: RGBColor(0x7a7a80))
        canvas.ellipse(0.5, h * 0.8, 0.36, 0.09)
        canvas.stroke(ink(0xf0e8d8), width: lw * 3)
        canvas.move(0.44, h * 0.8 - 0.045)
        canvas.line(0.44, h * 0.8 + 0.045)
        canvas.move(0.56, h * 0.8 - 0.045)
        canvas.line(0.56, h * 0.8 + 0.045)
        canvas.move(0.44, h * 0.8)
        canvas.line(0.56, h * 0.8)
        canvas.stroke(ink(0xf0e8d8), width: lw * 3)
        // Railing.
        canvas.move(0, h * 0.6)
        canvas.line(1, h * 0.6)
        canvas.move(0, h * 0.63)
        canvas.line(1, h * 0.63)
        for index in 0...20 {
            canvas.move(Double(index) * 0.05, h * 0.6)
            canvas.line(Double(index) * 0.05, h * 0.66)
        }
        canvas.stroke(ink(0x3a3a44), width: lw * 1.2)
        // Water tank.
        canvas.rect(0.04, h * 0.4, 0.16, h * 0.18)
        canvas.fillAndOutline(ink(0x8a8a90), edge(RGBColor(0x8a8a90)), width: lw)
        canvas.polygon([(0.03, h * 0.4), (0.12, h * 0.36), (0.21, h * 0.4)])
        canvas.fillAndOutline(ink(0x6a6a70), edge(RGBColor(0x6a6a70)), width: lw)
        if night { canvas.circle(0.92, h * 0.45, 0.01); canvas.fill(RGBColor(0xff3030)); glow(canvas, x: 0.92, y: h * 0.45, radius: 0.05, colour: RGBColor(0xff3030), alpha: 0.6) }
    }

    /// A hillside cemetery: headstones, a pine, low sky.
    func cemetery(_ canvas: Canvas, _ random: inout SeededGenerator) {
        sky(canvas, &random, bottom: h * 0.52)
        canvas.move(0, h * 0.5)
        canvas.curve(0.3, h * 0.42, 0.7, h * 0.46, 1, h * 0.4)
        canvas.line(1, h)
        canvas.line(0, h)
        canvas.close()
        canvas.fill(ink(0x4a6a44))
        ground(canvas, from: h * 0.6, colour: RGBColor(0x557a4a))
        tree(canvas, x: 0.2, y: h * 0.55, size: 0.3, colour: RGBColor(0x2a5a3a))
        for row in 0..<3 {
            for col in 0..<4 {
                let x = 0.15 + Double(col) * 0.22 + Double(row % 2) * 0.08, y = h * (0.56 + Double(row) * 0.1)
                let s = 0.6 + Double(row) * 0.35
                canvas.move(x - 0.04 * s, y)
                canvas.line(x - 0.04 * s, y - 0.06 * s)
                canvas.quad(x, y - 0.11 * s, x + 0.04 * s, y - 0.06 * s)
                canvas.line(x + 0.04 * s, y)
                canvas.close()
                canvas.fillAndOutline(ink(0x9a9ca0), edge(RGBColor(0x9a9ca0)), width: lw)
            }
        }
        for index in 0..<3 {
            canvas.circle(0.55 + Double(index) * 0.012, h * 0.9 - 0.01, 0.01)
        }
        canvas.fill(ink(0xf4f0e8))
    }

    /// A river with a bridge, reeds and mist.
    func riverside(_ canvas: Canvas, _ random: inout SeededGenerator) {
        sky(canvas, &random, bottom: h * 0.5)
        skyline(canvas, &random, x: 0, width: 1, base: h * 0.5, height: h * 0.12)
        canvas.rect(0, h * 0.5, 1, h * 0.25)
        canvas.linear(0, h * 0.5, 0, h * 0.75, [(0, ink(0x3a5a7a), 1), (1, ink(0x24384e), 1)])
        canvas.fillSource()
        for index in 0..<12 {
            let y = h * (0.52 + Double(index) * 0.018), x = random.uniform(0.0...0.8)
            canvas.move(x, y)
            canvas.line(x + random.uniform(0.05...0.2), y)
        }
        canvas.stroke(RGBColor(0xffffff), width: lw * 0.6, alpha: 0.3)
        // The bridge.
        canvas.move(0, h * 0.36)
        canvas.line(1, h * 0.36)
        canvas.line(1, h * 0.4)
        for index in stride(from: 3, through: 0, by: -1) {
            let x = Double(index) * 0.25
            canvas.line(x + 0.25, h * 0.4)
            canvas.quad(x + 0.125, h * 0.46, x, h * 0.4)
        }
        canvas.close()
        canvas.fill(ink(0x4a4a54))
        for x in [0.25, 0.5, 0.75] {
            canvas.rect(x - 0.02, h * 0.4, 0.04, h * 0.12)
            canvas.fill(ink(0x3a3a44))
        }
        if night {
            for index in 0..<6 {
                let x = 0.08 + Double(index) * 0.17
                glow(canvas, x: x, y: h * 0.35, radius: 0.04, colour: RGBColor(0xffd27a), alpha: 0.9)
            }
        }
        ground(canvas, from: h * 0.74, colour: RGBColor(0x5a5a3e))
        for _ in 0..<40 {
            let x = random.unit(), y = h * random.uniform(0.74...0.8)
            canvas.move(x, y)
            canvas.quad(x + 0.01, y - 0.06, x + random.uniform(-0.02...0.03), y - random.uniform(0.08...0.14))
        }
        canvas.stroke(ink(0x8a7a4a), width: lw * 1.2)
        canvas.rect(0, h * 0.55, 1, h * 0.12)
        canvas.linear(0, h * 0.55, 0, h * 0.67, [(0, RGBColor(0xe8eef4), 0), (0.5, RGBColor(0xe8eef4), night ? 0.12 : 0.3), (1, RGBColor(0xe8eef4), 0)])
        canvas.fillSource()
    }

    /// A villa's front gate: wrought iron, stone posts, the house behind, a puddle.
    func mansionGate(_ canvas: Canvas, _ random: inout SeededGenerator) {
        sky(canvas, &random, bottom: h * 0.5)
        canvas.rect(0.2, h * 0.28, 0.6, h * 0.22)
        canvas.fillAndOutline(ink(0xe8e0d0), edge(RGBColor(0xe8e0d0)), width: lw)
        canvas.polygon([(0.16, h * 0.28), (0.5, h * 0.2), (0.84, h * 0.28)])
        canvas.fillAndOutline(ink(0x4a4a54), edge(RGBColor(0x4a4a54)), width: lw)
        for col in 0..<5 {
            canvas.rect(0.25 + Double(col) * 0.11, h * 0.32, 0.05, h * 0.07)
        }
        canvas.fill(night ? RGBColor(0xffd27a) : ink(0x5a7a9a))
        ground(canvas, from: h * 0.5, colour: RGBColor(0x6a6a64))
        hedge(canvas, x: -0.05, y: h * 0.44, w: 0.3, h: h * 0.1, roses: false, &random)
        hedge(canvas, x: 0.75, y: h * 0.44, w: 0.3, h: h * 0.1, roses: false, &random)
        for x in [0.08, 0.92] {
            canvas.rect(x - 0.05, h * 0.3, 0.1, h * 0.42)
            canvas.fillAndOutline(ink(0xc8c0b0), edge(RGBColor(0xc8c0b0)), width: lw)
            canvas.circle(x, h * 0.29, 0.04)
            canvas.fillAndOutline(ink(0xd8d0c0), edge(RGBColor(0xd8d0c0)), width: lw)
            if night { glow(canvas, x: x, y: h * 0.27, radius: 0.1, colour: RGBColor(0xffe0a0), alpha: 0.7) }
        }
        // The gate's bars and scrolls.
        for index in 0..<17 {
            let x = 0.14 + Double(index) * 0.045
            canvas.move(x, h * 0.38 - abs(Double(index) - 8) * 0.004 * h)
            canvas.line(x, h * 0.72)
        }
        canvas.move(0.13, h * 0.45)
        canvas.line(0.87, h * 0.45)
        canvas.move(0.13, h * 0.68)
        canvas.line(0.87, h * 0.68)
        canvas.stroke(ink(0x1a1a20), width: lw * 1.6)
        for index in 0..<8 {
            canvas.circle(0.18 + Double(index) * 0.09, h * 0.42, 0.015)
        }
        canvas.stroke(ink(0x1a1a20), width: lw)
        canvas.ellipse(0.5, h * 0.86, 0.25, 0.03)
        canvas.fill(ink(0x8aa0b8), 0.6)
        rain(canvas, &random, density: 120)
    }
}
