import Basics
import DramaModel
import Foundation


/// The palace drama's places.
extension ScenePainter {
    /// A carved lattice screen or window.
    func lattice(_ canvas: Canvas, x: Double, y: Double, w: Double, h lh: Double, wood: RGBColor, paper: RGBColor, broken: Bool = false) {
        canvas.rect(x, y, w, lh)
        canvas.fill(ink(paper))
        if night { glow(canvas, x: x + w / 2, y: y + lh / 2, radius: max(w, lh) * 0.6, colour: RGBColor(0xffc870), alpha: broken ? 0.1 : 0.45) }
        let step = w / 6
        var gx = x + step
        while gx < x + w {
            canvas.move(gx, y)
            canvas.line(gx, y + lh)
            gx += step
        }
        var gy = y + step
        while gy < y + lh {
            canvas.move(x, gy)
            canvas.line(x + w, gy)
            gy += step
        }
        canvas.stroke(ink(wood), width: lw * 1.2)
        canvas.rect(x, y, w, lh)
        canvas.stroke(ink(wood), width: lw * 3)
        if broken {
            canvas.polygon([(x + w * 0.2, y + lh * 0.2), (x + w * 0.5, y + lh * 0.25), (x + w * 0.35, y + lh * 0.5), (x + w * 0.15, y + lh * 0.45)])
            canvas.fill(ink(0x1a1a24))
        }
    }

    /// A tiled roof's eave across the top.
    func eaves(_ canvas: Canvas, y: Double, colour: RGBColor) {
        canvas.move(-0.05, y + 0.04)
        canvas.quad(0.5, y - 0.02, 1.05, y + 0.04)
        canvas.line(1.05, y - 0.06)
        canvas.quad(0.5, y - 0.1, -0.05, y - 0.06)
        canvas.close()
        canvas.fillAndOutline(ink(colour), edge(colour), width: lw)
        for index in 0..<24 {
            let x = Double(index) * 0.045
            canvas.circle(x, y + 0.035 - abs(x - 0.5) * 0.0, 0.012)
        }
        canvas.fill(ink(colour.lighter(0.2)))
    }

    /// The throne hall: red pillars, gold, the dragon throne on its dais.
    func throneHall(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0x8a1e1e), floor: RGBColor(0x6a5a4a), ceiling: RGBColor(0x2a4a5a), side: 0.0, tiles: true)
        // A golden screen behind the throne.
        canvas.rect(0.22, h * 0.12, 0.56, h * 0.34)
        canvas.linear(0, h * 0.12, 0, h * 0.46, [(0, ink(0xf0c850), 1), (1, ink(0xb88a20), 1)])
        canvas.fillSource()
        for index in 0..<7 {
            canvas.rect(0.22 + Double(index) * 0.08, h * 0.12, 0.08, h * 0.34)
        }
        canvas.stroke(ink(0x8a6418), width: lw)
        // A stylised dragon coil on the screen.
        canvas.move(0.3, h * 0.3)
        canvas.curve(0.38, h * 0.18, 0.48, h * 0.4, 0.56, h * 0.25)
        canvas.curve(0.62, h * 0.15, 0.7, h * 0.3, 0.68, h * 0.36)
        canvas.stroke(ink(0xa8761a), width: lw * 4)
        // Dais steps and the throne.
        for step in 0..<3 {
            let w = 0.5 + Double(step) * 0.12, y = h * (0.5 + Double(step) * 0.035)
            canvas.rect(0.5 - w / 2, y, w, h * 0.035)
            canvas.fillAndOutline(ink(0xb89a6a), edge(RGBColor(0xb89a6a)), width: lw)
        }
        canvas.rect(0.38, h * 0.36, 0.24, h * 0.14)
        canvas.fillAndOutline(ink(0xe0b040), ink(0x7a5410), width: lw * 1.5)
        canvas.rect(0.42, h * 0.29, 0.16, h * 0.09)
        canvas.fillAndOutline(ink(0xe8c050), ink(0x7a5410), width: lw * 1.5)
        canvas.rect(0.43, h * 0.41, 0.14, h * 0.04)
        canvas.fill(ink(0xc8282a))
        for x in [0.38, 0.62] {
            canvas.circle(x, h * 0.36, 0.025)
            canvas.fillAndOutline(ink(0xf0c850), ink(0x7a5410), width: lw)
        }
        // Red pillars with gold bands.
        for x in [0.07, 0.93] {
            pillar(canvas, x: x, width: 0.12, top: 0, bottom: h * 0.92, colour: RGBColor(0xb02020), trim: RGBColor(0xe0b040))
            for y in [0.2, 0.22] {
                canvas.rect(x - 0.06, h * y, 0.12, 0.008)
                canvas.fill(ink(0xe0b040))
            }
        }
        canvas.rect(0, 0, 1, h * 0.06)
        canvas.fill(ink(0x2a4a5a))
        for index in 0..<10 {
            canvas.rect(Double(index) * 0.1 + 0.02, h * 0.01, 0.06, h * 0.04)
            canvas.stroke(ink(0xe0b040), width: lw)
        }
        // Incense burners.
        for x in [0.2, 0.8] {
            canvas.ellipse(x, h * 0.6, 0.05, 0.03)
            canvas.fillAndOutline(ink(0x6a5a3a), edge(RGBColor(0x6a5a3a)), width: lw)
            canvas.move(x, h * 0.58)
            canvas.curve(x - 0.03, h * 0.52, x + 0.03, h * 0.48, x, h * 0.42)
            canvas.stroke(RGBColor(0xe8e8f0), width: lw * 2, alpha: 0.4)
        }
        if night { for x in [0.3, 0.7] { lantern(canvas, x: x, y: h * 0.1, size: 0.05) } }
    }

    /// A consort's chamber or a palace study: lattice windows, a carved couch, a screen.
    func palaceChamber(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xb88a5a), floor: RGBColor(0x5a3a2a), ceiling: RGBColor(0x4a2a20), boards: true)
        lattice(canvas, x: 0.12, y: h * 0.14, w: 0.28, h: h * 0.26, wood: RGBColor(0x6a2a1a), paper: RGBColor(0xf4e8cc))
        // A painted folding screen.
        for index in 0..<4 {
            let x = 0.46 + Double(index) * 0.1
            canvas.rect(x, h * 0.2, 0.1, h * 0.36)
            canvas.fillAndOutline(ink(0xf0e4c8), ink(0x5a2a1a), width: lw * 2)
        }
        canvas.move(0.46, h * 0.42)
        canvas.line(0.54, h * 0.32)
        canvas.line(0.62, h * 0.38)
        canvas.line(0.72, h * 0.28)
        canvas.line(0.86, h * 0.4)
        canvas.line(0.86, h * 0.46)
        canvas.line(0.46, h * 0.46)
        canvas.close()
        canvas.fill(ink(0x5a8a7a), 0.7)
        for (x, y) in [(0.52, 0.26), (0.78, 0.24)] {
            canvas.circle(x, h * y, 0.012)
            canvas.fill(ink(0xd84a5a))
        }
        // Low couch with cushions, a tea table, a brazier.
        canvas.rect(0.1, h * 0.48, 0.32, h * 0.08)
        canvas.fillAndOutline(ink(0x7a2a1a), edge(RGBColor(0x7a2a1a)), width: lw)
        canvas.roundedRect(0.13, h * 0.455, 0.12, 0.04, 0.015)
        canvas.fillAndOutline(ink(0xd8a040), edge(RGBColor(0xd8a040)), width: lw)
        tableFront(canvas, x: 0.3, y: h * 0.66, w: 0.4, depth: 0.03, height: h * 0.06, top: RGBColor(0x4a1e14))
        canvas.ellipse(0.5, h * 0.66, 0.03, 0.015)
        canvas.fill(ink(0xe8f0e8))
        canvas.ellipse(0.86, h * 0.6, 0.06, 0.03)
        canvas.fillAndOutline(ink(0x8a6a3a), edge(RGBColor(0x8a6a3a)), width: lw)
        glow(canvas, x: 0.86, y: h * 0.58, radius: 0.08, colour: RGBColor(0xff8a3a), alpha: 0.6)
        for x in [0.25, 0.75] { lantern(canvas, x: x, y: h * 0.08, size: 0.04) }
        pillar(canvas, x: 0.04, width: 0.08, top: 0, bottom: h * 0.9, colour: RGBColor(0xa02020), trim: RGBColor(0xd8a040))
        pillar(canvas, x: 0.96, width: 0.08, top: 0, bottom: h * 0.9, colour: RGBColor(0xa02020), trim: RGBColor(0xd8a040))
    }

    /// The cold palace: peeling walls, torn paper windows, frost, dead branches.
    func coldPalace(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0x8a8478), floor: RGBColor(0x5a5854), ceiling: RGBColor(0x3a3834), boards: true)
        for _ in 0..<9 {
            let x = random.uniform(0.1...0.85), y = h * random.uniform(0.06...0.5)
            canvas.move(x, y)
            canvas.line(x + 0.07, y + 0.015)
            canvas.line(x + 0.05, y + 0.06)
            canvas.line(x - 0.01, y + 0.05)
            canvas.close()
            canvas.fillAndOutline(ink(0x6a4a3a), ink(0x4a3a2a), width: lw * 0.6)
        }
        lattice(canvas, x: 0.3, y: h * 0.14, w: 0.4, h: h * 0.28, wood: RGBColor(0x4a3a2a), paper: RGBColor(0xc8c0a8), broken: true)
        canvas.move(0.1, h * 0.02)
        canvas.line(0.2, h * 0.08)
        canvas.line(0.18, h * 0.14)
        canvas.move(0.2, h * 0.08)
        canvas.line(0.26, h * 0.06)
        canvas.stroke(ink(0x2a2824), width: lw, alpha: 0.6)
        // A broken stool and a thin straw mat.
        canvas.rect(0.14, h * 0.66, 0.3, h * 0.04)
        canvas.fillAndOutline(ink(0xb8a070), edge(RGBColor(0xb8a070)), width: lw)
        canvas.polygon([(0.66, h * 0.6), (0.78, h * 0.6), (0.8, h * 0.62), (0.64, h * 0.62)])
        canvas.fillAndOutline(ink(0x5a4a3a), edge(RGBColor(0x5a4a3a)), width: lw)
        canvas.move(0.67, h * 0.62)
        canvas.line(0.66, h * 0.68)
        canvas.move(0.77, h * 0.62)
        canvas.line(0.8, h * 0.66)
        canvas.stroke(ink(0x5a4a3a), width: lw * 2)
        // Frost on the floor and cold light through the window.
        for _ in 0..<30 {
            canvas.circle(random.unit(), h * random.uniform(0.62...1.0), random.uniform(0.004...0.012))
        }
        canvas.fill(RGBColor(0xe8f0ff), 0.5)
        canvas.polygon([(0.3, h * 0.42), (0.7, h * 0.42), (0.9, h * 0.9), (0.35, h * 0.9)])
        canvas.fill(RGBColor(0xd8e4ff), 0.1)
        canvas.layer {
            canvas.rect(0, 0, 1, h)
            canvas.color(RGBColor(0x4a5a80), 0.18)
            canvas.fillSource()
        }
    }

    /// The imperial garden: lotus pond, zigzag bridge, willows, plum blossoms.
    func palaceGarden(_ canvas: Canvas, _ random: inout SeededGenerator) {
        sky(canvas, &random, bottom: h * 0.42)
        canvas.rect(0, h * 0.26, 1, h * 0.1)
        canvas.fill(ink(0xa02020))
        eaves(canvas, y: h * 0.26, colour: RGBColor(0xd8a030))
        ground(canvas, from: h * 0.36, colour: RGBColor(0x4a7a4a))
        canvas.rect(0, h * 0.46, 1, h * 0.36)
        canvas.linear(0, h * 0.46, 0, h * 0.82, [(0, ink(0x3a6a7a), 1), (1, ink(0x1e4050), 1)])
        canvas.fillSource()
        for _ in 0..<14 {
            let x = random.unit(), y = h * random.uniform(0.5...0.8)
            canvas.ellipse(x, y, 0.05, 0.015)
            canvas.fillAndOutline(ink(0x3a8a4a), edge(RGBColor(0x3a8a4a)), width: lw * 0.6)
            if random.chance(0.4) {
                canvas.ellipse(x + 0.01, y - 0.015, 0.014, 0.018)
                canvas.fill(ink(0xf08aa8))
            }
        }
        // Zigzag bridge.
        canvas.polygon([(0.0, h * 0.62), (0.4, h * 0.55), (0.55, h * 0.6), (1.0, h * 0.52), (1.0, h * 0.555), (0.55, h * 0.635), (0.4, h * 0.585), (0.0, h * 0.655)])
        canvas.fillAndOutline(ink(0xd8d0c0), edge(RGBColor(0xd8d0c0)), width: lw)
        canvas.move(0.0, h * 0.6)
        canvas.line(0.4, h * 0.53)
        canvas.line(0.55, h * 0.58)
        canvas.line(1.0, h * 0.5)
        canvas.stroke(ink(0xa02020), width: lw * 1.5)
        ground(canvas, from: h * 0.82, colour: RGBColor(0x5a7a4a))
        // Willow and a plum tree.
        canvas.move(0.08, h * 0.82)
        canvas.quad(0.12, h * 0.5, 0.2, h * 0.3)
        canvas.stroke(ink(0x4a3a2a), width: lw * 5)
        for index in 0..<12 {
            let x = 0.05 + Double(index) * 0.03
            canvas.move(0.2, h * 0.3)
            canvas.quad(x + 0.05, h * 0.32, x, h * (0.5 + Double(index % 3) * 0.05))
        }
        canvas.stroke(ink(0x7aaa4a), width: lw * 1.2)
        canvas.move(0.92, h * 0.9)
        canvas.quad(0.85, h * 0.7, 0.78, h * 0.62)
        canvas.move(0.86, h * 0.72)
        canvas.line(0.96, h * 0.62)
        canvas.stroke(ink(0x3a2418), width: lw * 3)
        for _ in 0..<24 {
            canvas.circle(random.uniform(0.72...1.0), h * random.uniform(0.58...0.72), 0.012)
        }
        canvas.fill(ink(0xe0405a))
        if night { for x in [0.35, 0.65] { lantern(canvas, x: x, y: h * 0.44, size: 0.035) } }
    }

    /// A long lane between high red walls, or a towering palace gate.
    func palaceLane(_ canvas: Canvas, _ random: inout SeededGenerator) {
        sky(canvas, &random, bottom: h * 0.4)
        let vanishing = (0.5, h * 0.42)
        for s in [-1.0, 1.0] {
            let outer = 0.5 + s * 0.5
            canvas.polygon([(outer, h * 0.1), (vanishing.0 + s * 0.08, h * 0.3), (vanishing.0 + s * 0.08, h * 0.46), (outer, h * 0.9)])
            canvas.fillAndOutline(ink(0xa8282a), edge(RGBColor(0xa8282a)), width: lw)
            canvas.polygon([(outer, h * 0.1), (vanishing.0 + s * 0.08, h * 0.3), (vanishing.0 + s * 0.08, h * 0.28), (outer, h * 0.05)])
            canvas.fillAndOutline(ink(0xd8a030), edge(RGBColor(0xd8a030)), width: lw)
        }
        // The gate at the end.
        canvas.rect(0.4, h * 0.26, 0.2, h * 0.2)
        canvas.fillAndOutline(ink(0xb02a2a), edge(RGBColor(0xb02a2a)), width: lw)
        canvas.rect(0.47, h * 0.36, 0.06, h * 0.1)
        canvas.fill(ink(0x3a1a14))
        canvas.polygon([(0.37, h * 0.27), (0.5, h * 0.22), (0.63, h * 0.27)])
        canvas.fillAndOutline(ink(0xd8a030), edge(RGBColor(0xd8a030)), width: lw)
        // Stone paving.
        canvas.polygon([(vanishing.0 - 0.08, h * 0.46), (vanishing.0 + 0.08, h * 0.46), (1, h * 0.9), (1, h), (0, h), (0, h * 0.9)])
        canvas.fill(ink(0x9a948a))
        for index in 0..<10 {
            let t = pow(Double(index) / 10, 1.6)
            let y = h * 0.46 + (h * 0.54) * t
            canvas.move(0, y)
            canvas.line(1, y)
        }
        canvas.stroke(ink(0x6a665e), width: lw * 0.7)
        // Snow in the corners.
        for s in [-1.0, 1.0] {
            canvas.move(0.5 + s * 0.5, h * 0.9)
            canvas.quad(0.5 + s * 0.3, h * 0.86, 0.5 + s * 0.1, h * 0.5)
            canvas.line(0.5 + s * 0.5, h)
            canvas.close()
            canvas.fill(ink(0xf4f6fa), 0.85)
        }
        for x in [0.2, 0.8] { lantern(canvas, x: x, y: h * 0.3, size: 0.045) }
        if night {
            for _ in 0..<60 {
                canvas.circle(random.unit(), random.unit() * h, random.uniform(0.002...0.005))
            }
            canvas.fill(RGBColor(0xffffff), 0.7)
        }
    }
}
