import Basics
import DramaModel
import Foundation


/// Modern interiors.
extension ScenePainter {
    /// A glass corner office high above the city: skyline, desk, chair.
    func office(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xd9dde3), floor: RGBColor(0x4a4f5a), ceiling: RGBColor(0xeef0f3), side: 0.07, tiles: true)
        window(canvas, x: 0.09, y: h * 0.08, w: 0.82, h: horizon - h * 0.08, frame: RGBColor(0x2d3038), panes: 4) { canvas in
            sky(canvas, &random, bottom: horizon, top: h * 0.08)
            skyline(canvas, &random, x: 0.09, width: 0.82, base: horizon, height: h * 0.3)
        }
        // Executive desk and chair.
        canvas.roundedRect(0.36, h * 0.5, 0.28, h * 0.16, 0.03)
        canvas.fillAndOutline(ink(0x1d1f26), edge(RGBColor(0x1d1f26)), width: lw)
        tableFront(canvas, x: 0.18, y: h * 0.62, w: 0.64, depth: 0.04, height: h * 0.1, top: RGBColor(0x2b2622))
        canvas.rect(0.56, h * 0.58, 0.12, 0.065)
        canvas.fillAndOutline(ink(0x111318), ink(0x000000), width: lw)
        canvas.rect(0.615, h * 0.58 + 0.065, 0.01, 0.012)
        canvas.fill(ink(0x111318))
        canvas.rect(0.28, h * 0.625, 0.1, 0.008)
        canvas.fill(ink(0xf2f2f2))
        plant(canvas, x: 0.11, y: h * 0.72, size: 0.18)
        floorGlow(canvas, x: 0.5)
        if night { glow(canvas, x: 0.3, y: h * 0.6, radius: 0.12, colour: RGBColor(0xffe0a0), alpha: 0.4) }
    }

    /// A long boardroom table under a screen.
    func boardroom(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xc9c3b8), floor: RGBColor(0x5a4a3e), ceiling: RGBColor(0xe8e4dc), boards: true)
        window(canvas, x: 0.12, y: h * 0.12, w: 0.26, h: h * 0.42, frame: RGBColor(0x3a3a40), panes: 2) { canvas in
            sky(canvas, &random, bottom: h * 0.54, top: h * 0.12, moon: false)
            skyline(canvas, &random, x: 0.12, width: 0.26, base: h * 0.54, height: h * 0.25)
        }
        canvas.rect(0.46, h * 0.16, 0.42, h * 0.22)
        canvas.fillAndOutline(ink(0x1c2030), ink(0x0c0e14), width: lw * 1.5)
        canvas.rect(0.48, h * 0.18, 0.38, h * 0.18)
        canvas.linear(0, h * 0.18, 0, h * 0.36, [(0, RGBColor(0x2a4a7a), 1), (1, RGBColor(0x15284a), 1)])
        canvas.fillSource()
        for (index, height) in [0.05, 0.08, 0.06, 0.11].enumerated() {
            canvas.rect(0.53 + Double(index) * 0.075, h * 0.34 - height, 0.04, height)
            canvas.fill(RGBColor(0x5bc0be), 0.85)
        }
        longTable(canvas, top: RGBColor(0x3a2c22), cloth: nil, chair: RGBColor(0x1e1e24), candles: false)
        for x in [0.2, 0.5, 0.8] { pendantLamp(canvas, x: x, y: h * 0.08, size: 0.08, shade: RGBColor(0x2a2a2a)) }
    }

    /// A mansion's dining room: chandelier, long mahogany table, portraits.
    func diningRoom(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0x7a2e36), floor: RGBColor(0x4a3020), ceiling: RGBColor(0xe8dcc4), boards: true)
        // Wainscoting.
        canvas.rect(0.09, h * 0.45, 0.82, horizon - h * 0.45)
        canvas.fill(ink(0x5a2a1e))
        for index in 0..<6 {
            canvas.rect(0.11 + Double(index) * 0.135, h * 0.47, 0.11, h * 0.11)
            canvas.stroke(ink(0x3a1a12), width: lw)
        }
        picture(canvas, x: 0.16, y: h * 0.18, w: 0.2, h: h * 0.2, frame: RGBColor(0xc9a24a), art: RGBColor(0x5a6a4a))
        picture(canvas, x: 0.64, y: h * 0.18, w: 0.2, h: h * 0.2, frame: RGBColor(0xc9a24a), art: RGBColor(0x6a5a7a))
        curtain(canvas, x: 0.4, y: h * 0.1, w: 0.1, h: h * 0.35, colour: RGBColor(0xb8902a))
        canvas.layer {
            canvas.translate(1, 0)
            canvas.scale(-1, 1)
            curtain(canvas, x: 0.4, y: h * 0.1, w: 0.1, h: h * 0.35, colour: RGBColor(0xb8902a))
        }
        longTable(canvas, top: RGBColor(0x5a2c1a), cloth: RGBColor(0xf4efe4), chair: RGBColor(0x6a2a20), candles: true)
        chandelier(canvas, x: 0.5, y: h * 0.14, size: 0.14)
    }

    /// A ballroom or banquet hall: chandeliers, round tables, a stage.
    func banquet(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xe8d6b0), floor: RGBColor(0x8a2a30), ceiling: RGBColor(0xf6ecd6))
        // Stage with curtains.
        canvas.rect(0.22, h * 0.2, 0.56, h * 0.36)
        canvas.fill(ink(0x3a1420))
        curtain(canvas, x: 0.22, y: h * 0.2, w: 0.12, h: h * 0.36, colour: RGBColor(0xa01c2c))
        canvas.layer {
            canvas.translate(1, 0)
            canvas.scale(-1, 1)
            curtain(canvas, x: 0.22, y: h * 0.2, w: 0.12, h: h * 0.36, colour: RGBColor(0xa01c2c))
        }
        canvas.rect(0.2, h * 0.2, 0.6, 0.035)
        canvas.fill(ink(0xc9a24a))
        glow(canvas, x: 0.5, y: h * 0.38, radius: 0.22, colour: RGBColor(0xfff0c0), alpha: 0.25)
        // Champagne tower.
        for row in 0..<4 {
            for col in 0...row {
                let x = 0.5 - Double(row) * 0.02 + Double(col) * 0.04, y = h * 0.5 + Double(row) * 0.03
                canvas.polygon([(x - 0.015, y), (x + 0.015, y), (x, y + 0.02)])
            }
        }
        canvas.fill(ink(0xf6e6a8), 0.9)
        // Round tables with white cloths.
        for (x, y, r) in [(0.18, 0.7, 0.12), (0.82, 0.7, 0.12), (0.5, 0.8, 0.16), (0.12, 0.9, 0.15), (0.88, 0.9, 0.15)] {
            canvas.ellipse(x, h * y, r, r * 0.28)
            canvas.rect(x - r, h * y, 2 * r, r * 0.45)
            canvas.fillAndOutline(ink(0xf6f2ea), ink(0xb8b0a0), width: lw)
            canvas.ellipse(x, h * y, r, r * 0.28)
            canvas.fillAndOutline(ink(0xfffcf6), ink(0xb8b0a0), width: lw)
            canvas.circle(x, h * y - 0.01, r * 0.12)
            canvas.fill(ink(0xd84a6a))
        }
        for (x, s) in [(0.2, 0.1), (0.5, 0.13), (0.8, 0.1)] { chandelier(canvas, x: x, y: h * 0.07, size: s) }
    }

    /// A hospital corridor or ward: bed, curtain, monitor, cold light.
    func hospital(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xdbe6e4), floor: RGBColor(0xa8b8b6), ceiling: RGBColor(0xf2f6f6), tiles: true)
        canvas.rect(0.09, h * 0.42, 0.82, 0.012)
        canvas.fill(ink(0x5aa8a0))
        for x in [0.3, 0.7] {
            canvas.rect(x - 0.12, h * 0.075, 0.24, 0.02)
            canvas.fill(RGBColor(0xf4fbff))
            if night { glow(canvas, x: x, y: h * 0.09, radius: 0.2, colour: RGBColor(0xd8f0ff), alpha: 0.35) }
        }
        // Curtain rail and privacy curtain.
        canvas.move(0.09, h * 0.14)
        canvas.line(0.5, h * 0.14)
        canvas.stroke(ink(0x8a9a9a), width: lw)
        canvas.move(0.1, h * 0.14)
        for index in 0..<8 {
            let x = 0.1 + Double(index) * 0.035
            canvas.quad(x + 0.017, h * 0.14 + 0.01, x + 0.035, h * 0.14)
        }
        canvas.line(0.38, h * 0.52)
        canvas.line(0.1, h * 0.52)
        canvas.close()
        canvas.fillAndOutline(ink(0x9cc8d8), edge(RGBColor(0x9cc8d8)), width: lw)
        // Monitor on a stand.
        canvas.rect(0.68, h * 0.26, 0.16, 0.11)
        canvas.fillAndOutline(ink(0x2a2e34), ink(0x101214), width: lw)
        canvas.move(0.69, h * 0.26 + 0.06)
        for (dx, dy) in [(0.03, 0.0), (0.04, -0.03), (0.05, 0.03), (0.06, 0.0), (0.1, 0.0), (0.11, -0.025), (0.12, 0.02), (0.14, 0.0)] {
            canvas.line(0.69 + dx, h * 0.26 + 0.06 + dy)
        }
        canvas.stroke(RGBColor(0x5af08a), width: lw * 0.9)
        canvas.rect(0.755, h * 0.26 + 0.11, 0.01, h * 0.3)
        canvas.fill(ink(0x8a8a90))
        // Bed.
        canvas.roundedRect(0.2, h * 0.5, 0.05, h * 0.16, 0.01)
        canvas.fillAndOutline(ink(0xb0b8c0), edge(RGBColor(0xb0b8c0)), width: lw)
        canvas.roundedRect(0.22, h * 0.58, 0.56, h * 0.07, 0.02)
        canvas.fillAndOutline(ink(0xf4f6f8), edge(RGBColor(0xd0d8e0)), width: lw)
        canvas.roundedRect(0.4, h * 0.56, 0.38, h * 0.06, 0.02)
        canvas.fillAndOutline(ink(0x8ab8d8), edge(RGBColor(0x8ab8d8)), width: lw)
        canvas.ellipse(0.3, h * 0.575, 0.07, 0.025)
        canvas.fillAndOutline(ink(0xffffff), edge(RGBColor(0xe0e0e0)), width: lw)
        canvas.rect(0.22, h * 0.65, 0.56, 0.02)
        canvas.fill(ink(0x9aa4ae))
        door(canvas, x: 0.86, y: h * 0.2, w: 0.05, h: horizon - h * 0.2, colour: RGBColor(0x9fb8b0))
    }

    /// An underground car park: concrete pillars, a black car, strip lights.
    func carPark(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0x7c8084), floor: RGBColor(0x55585c), ceiling: RGBColor(0x6a6e72), side: 0.12)
        canvas.rect(0.12, h * 0.3, 0.76, 0.04)
        canvas.fill(ink(0xd8b030))
        canvas.layer {
            canvas.rect(0.12, h * 0.3, 0.76, 0.04)
            canvas.clip()
            for index in 0..<20 {
                let x = 0.12 + Double(index) * 0.05
                canvas.polygon([(x, h * 0.3), (x + 0.025, h * 0.3), (x + 0.005, h * 0.3 + 0.04), (x - 0.02, h * 0.3 + 0.04)])
            }
            canvas.fill(ink(0x1a1a1a))
        }
        for x in [0.25, 0.5, 0.75] {
            canvas.rect(x - 0.06, h * 0.08, 0.12, 0.012)
            canvas.fill(RGBColor(0xeaf6ff))
            glow(canvas, x: x, y: h * 0.09, radius: 0.15, colour: RGBColor(0xd8f0ff), alpha: 0.35)
        }
        // Parking lines.
        for index in 0..<6 {
            let x = 0.05 + Double(index) * 0.19
            canvas.move(0.5 + (x - 0.5) * 0.4, horizon)
            canvas.line(x, h)
        }
        canvas.stroke(ink(0xe8e8e0), width: lw * 1.2, alpha: 0.7)
        // A black luxury car, side on.
        let cy = h * 0.66
        canvas.move(0.2, cy)
        canvas.curve(0.22, cy - 0.06, 0.34, cy - 0.08, 0.42, cy - 0.08)
        canvas.curve(0.48, cy - 0.15, 0.62, cy - 0.15, 0.7, cy - 0.08)
        canvas.curve(0.78, cy - 0.07, 0.82, cy - 0.04, 0.82, cy)
        canvas.line(0.82, cy + 0.05)
        canvas.line(0.2, cy + 0.05)
        canvas.close()
        canvas.fillAndOutline(ink(0x16171c), ink(0x000000), width: lw)
        canvas.polygon([(0.45, cy - 0.08), (0.5, cy - 0.13), (0.64, cy - 0.13), (0.68, cy - 0.08)])
        canvas.fill(ink(0x5a6a80))
        for x in [0.3, 0.72] {
            canvas.circle(x, cy + 0.05, 0.045)
            canvas.fillAndOutline(ink(0x0a0a0a), ink(0x000000), width: lw)
            canvas.circle(x, cy + 0.05, 0.02)
            canvas.fill(ink(0xa0a4aa))
        }
        canvas.move(0.22, cy - 0.01)
        canvas.line(0.8, cy - 0.02)
        canvas.stroke(RGBColor(0xffffff), width: lw, alpha: 0.3)
        pillar(canvas, x: 0.08, width: 0.13, top: 0, bottom: h * 0.95, colour: RGBColor(0x9a9ea2), trim: RGBColor(0x7a7e82))
        pillar(canvas, x: 0.93, width: 0.13, top: 0, bottom: h * 0.95, colour: RGBColor(0x9a9ea2), trim: RGBColor(0x7a7e82))
    }

    /// An airport departure hall: glass wall, planes, departure boards.
    func airport(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xd8dce0), floor: RGBColor(0xc8ccd0), ceiling: RGBColor(0xf0f2f4), tiles: true)
        window(canvas, x: 0.09, y: h * 0.2, w: 0.82, h: horizon - h * 0.2, frame: RGBColor(0x6a7078), panes: 5) { canvas in
            sky(canvas, &random, bottom: horizon, top: h * 0.2)
            canvas.rect(0.09, horizon - 0.04, 0.82, 0.04)
            canvas.fill(ink(0x8a8e90))
            // A plane.
            let py = horizon - 0.06
            canvas.roundedRect(0.3, py - 0.03, 0.4, 0.035, 0.017)
            canvas.fill(ink(0xf4f6f8))
            canvas.polygon([(0.45, py - 0.01), (0.55, py - 0.01), (0.5, py + 0.03)])
            canvas.polygon([(0.66, py - 0.03), (0.7, py - 0.09), (0.72, py - 0.09), (0.7, py - 0.03)])
            canvas.fill(ink(0x2e5e8c))
        }
        // Departure boards.
        for (index, x) in [0.12, 0.52].enumerated() {
            canvas.rect(x, h * 0.06, 0.36, h * 0.12)
            canvas.fillAndOutline(ink(0x15181e), ink(0x000000), width: lw)
            for row in 0..<6 {
                let y = h * 0.075 + Double(row) * h * 0.017
                canvas.rect(x + 0.02, y, 0.16, h * 0.01)
                canvas.fill(RGBColor(0xf0c040), 0.9)
                canvas.rect(x + 0.2, y, 0.07, h * 0.01)
                canvas.fill(RGBColor(0xe8e8e8), 0.9)
                canvas.rect(x + 0.29, y, 0.05, h * 0.01)
                canvas.fill((row + index) % 3 == 0 ? RGBColor(0xf05050) : RGBColor(0x50d070), 0.9)
            }
        }
        // Rows of seats.
        for row in 0..<2 {
            let y = h * (0.7 + Double(row) * 0.12), s = 1.0 + Double(row) * 0.3
            for index in 0..<6 {
                let x = 0.02 + Double(index) * 0.17 * s - Double(row) * 0.08
                canvas.roundedRect(x, y, 0.14 * s, 0.06 * s, 0.015)
                canvas.fillAndOutline(ink(0x2e5e8c), edge(RGBColor(0x2e5e8c)), width: lw)
            }
        }
    }

    /// A marriage registry: red backdrop with a double-happiness emblem, a counter.
    func registry(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xf0e8dc), floor: RGBColor(0xb8a890), ceiling: RGBColor(0xfaf6ee), tiles: true)
        canvas.rect(0.2, h * 0.12, 0.6, h * 0.42)
        canvas.linear(0, h * 0.12, 0, h * 0.54, [(0, RGBColor(0xd8262e), 1), (1, RGBColor(0xa8141e), 1)])
        canvas.fillSource()
        canvas.rect(0.2, h * 0.12, 0.6, h * 0.42)
        canvas.stroke(ink(0xe8c060), width: lw * 2)
        // Two linked hearts in gold.
        for dx in [-0.05, 0.05] {
            let x = 0.5 + dx, y = h * 0.3
            canvas.move(x, y + 0.06)
            canvas.curve(x - 0.1, y, x - 0.05, y - 0.07, x, y - 0.025)
            canvas.curve(x + 0.05, y - 0.07, x + 0.1, y, x, y + 0.06)
            canvas.close()
            canvas.stroke(RGBColor(0xf4d070), width: lw * 2.5)
        }
        for index in 0..<10 {
            let angle = Double(index) / 10 * 2 * .pi
            canvas.circle(0.5 + cos(angle) * 0.22, h * 0.3 + sin(angle) * 0.16, 0.008)
        }
        canvas.fill(RGBColor(0xf4d070))
        tableFront(canvas, x: 0.14, y: h * 0.6, w: 0.72, depth: 0.03, height: h * 0.1, top: RGBColor(0xe8e0d0), cloth: RGBColor(0xf6f2ea))
        canvas.rect(0.3, h * 0.59, 0.08, 0.02)
        canvas.rect(0.62, h * 0.59, 0.08, 0.02)
        canvas.fill(ink(0xc8202a))
        plant(canvas, x: 0.12, y: h * 0.6, size: 0.14)
        plant(canvas, x: 0.88, y: h * 0.6, size: 0.14)
    }

    /// A cheap rented room: peeling wall, a bare bulb, a narrow bed, a pile of bills.
    func rentedRoom(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xb8b49a), floor: RGBColor(0x6a5a48), ceiling: RGBColor(0xc8c4aa), boards: true)
        // Peeling patches and a water stain.
        for _ in 0..<6 {
            let x = random.uniform(0.12...0.85), y = h * random.uniform(0.08...0.5)
            canvas.move(x, y)
            canvas.line(x + 0.05, y + 0.01)
            canvas.line(x + 0.04, y + 0.04)
            canvas.line(x + 0.01, y + 0.05)
            canvas.close()
            canvas.fillAndOutline(ink(0xd8d4bc), ink(0x8a866c), width: lw * 0.6)
        }
        canvas.ellipse(0.7, h * 0.08, 0.12, 0.05)
        canvas.fill(ink(0x8a8460), 0.5)
        window(canvas, x: 0.14, y: h * 0.16, w: 0.24, h: h * 0.2, frame: RGBColor(0x5a4a3a), panes: 2) { canvas in
            sky(canvas, &random, bottom: h * 0.36, top: h * 0.16, moon: true)
            canvas.rect(0.14, h * 0.28, 0.24, h * 0.08)
            canvas.fill(ink(0x5a5a5a))
        }
        // Bare bulb.
        canvas.move(0.58, 0)
        canvas.line(0.58, h * 0.16)
        canvas.stroke(ink(0x222222), width: lw * 0.6)
        glow(canvas, x: 0.58, y: h * 0.17, radius: night ? 0.35 : 0.12, colour: RGBColor(0xffd27a), alpha: night ? 0.55 : 0.3)
        canvas.circle(0.58, h * 0.17, 0.02)
        canvas.fill(RGBColor(0xfff0c0))
        // Bed and a bedside box with bills.
        canvas.rect(0.46, h * 0.5, 0.44, h * 0.1)
        canvas.fillAndOutline(ink(0x8a8a9a), edge(RGBColor(0x8a8a9a)), width: lw)
        canvas.rect(0.46, h * 0.47, 0.44, h * 0.04)
        canvas.fillAndOutline(ink(0xd8c8a8), edge(RGBColor(0xd8c8a8)), width: lw)
        canvas.rect(0.3, h * 0.53, 0.12, h * 0.08)
        canvas.fillAndOutline(ink(0x9a7a50), edge(RGBColor(0x9a7a50)), width: lw)
        for index in 0..<4 {
            let x = 0.31 + Double(index) * 0.01, y = h * 0.53 - 0.008 * Double(index + 1)
            canvas.rect(x, y, 0.08, 0.008)
            canvas.fillAndOutline(ink(index % 2 == 0 ? 0xf4f0e6 : 0xf8d8d0), ink(0x8a8a8a), width: lw * 0.4)
        }
        canvas.rect(0.33, h * 0.498, 0.04, 0.004)
        canvas.fill(ink(0xc82020))
        // A small framed photo.
        picture(canvas, x: 0.7, y: h * 0.3, w: 0.08, h: 0.1, frame: RGBColor(0x4a3a2a), art: RGBColor(0xd8b890))
    }

    /// A courtroom: judge's bench, emblem, wood panelling.
    func courtroom(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0x8a6a4a), floor: RGBColor(0x5a4434), ceiling: RGBColor(0xd8d0c0), boards: true)
        for index in 0..<7 {
            canvas.rect(0.1 + Double(index) * 0.115, h * 0.08, 0.1, horizon - h * 0.1)
            canvas.stroke(ink(0x6a4a2e), width: lw)
        }
        canvas.circle(0.5, h * 0.18, 0.08)
        canvas.fillAndOutline(ink(0xd8b040), ink(0x8a6418), width: lw * 1.5)
        canvas.circle(0.5, h * 0.18, 0.05)
        canvas.fill(ink(0xc8282a))
        canvas.polygon([(0.5, h * 0.18 - 0.035), (0.51, h * 0.18 - 0.005), (0.535, h * 0.18), (0.51, h * 0.18 + 0.01), (0.52, h * 0.18 + 0.035), (0.5, h * 0.18 + 0.018), (0.48, h * 0.18 + 0.035), (0.49, h * 0.18 + 0.01), (0.465, h * 0.18), (0.49, h * 0.18 - 0.005)])
        canvas.fill(ink(0xf4d060))
        // Judge's bench, then two tables.
        canvas.rect(0.2, h * 0.36, 0.6, h * 0.16)
        canvas.fillAndOutline(ink(0x5a3a22), edge(RGBColor(0x5a3a22)), width: lw)
        canvas.rect(0.18, h * 0.35, 0.64, 0.02)
        canvas.fill(ink(0x3a2414))
        canvas.roundedRect(0.44, h * 0.27, 0.12, h * 0.09, 0.02)
        canvas.fillAndOutline(ink(0x2a1a14), ink(0x000000), width: lw)
        tableFront(canvas, x: 0.04, y: h * 0.7, w: 0.38, depth: 0.03, height: h * 0.1, top: RGBColor(0x6a4a30))
        tableFront(canvas, x: 0.58, y: h * 0.7, w: 0.38, depth: 0.03, height: h * 0.1, top: RGBColor(0x6a4a30))
        canvas.rect(0.46, h * 0.56, 0.015, h * 0.05)
        canvas.fill(ink(0x3a2414))
    }

    /// A police station's interrogation room: bare table, two-way mirror, a clock.
    func policeStation(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0x8a9490), floor: RGBColor(0x4a4e50), ceiling: RGBColor(0x6a7270), tiles: true)
        canvas.rect(0.18, h * 0.18, 0.5, h * 0.28)
        canvas.linear(0.18, h * 0.18, 0.68, h * 0.46, [(0, RGBColor(0x2a3034), 1), (0.5, RGBColor(0x3e474c), 1), (1, RGBColor(0x22282c), 1)])
        canvas.fillSource()
        canvas.rect(0.18, h * 0.18, 0.5, h * 0.28)
        canvas.stroke(ink(0x2a2e30), width: lw * 2)
        canvas.circle(0.8, h * 0.2, 0.05)
        canvas.fillAndOutline(ink(0xf4f4f0), ink(0x202020), width: lw * 1.5)
        canvas.move(0.8, h * 0.2)
        canvas.line(0.8, h * 0.2 - 0.035)
        canvas.move(0.8, h * 0.2)
        canvas.line(0.825, h * 0.2 + 0.01)
        canvas.stroke(ink(0x202020), width: lw)
        // A single hanging lamp over a metal table.
        canvas.move(0.5, 0)
        canvas.line(0.5, h * 0.36)
        canvas.stroke(ink(0x202020), width: lw * 0.6)
        canvas.polygon([(0.45, h * 0.36), (0.55, h * 0.36), (0.6, h * 0.39), (0.4, h * 0.39)])
        canvas.fill(ink(0x30363a))
        canvas.polygon([(0.4, h * 0.39), (0.6, h * 0.39), (0.85, h * 0.72), (0.15, h * 0.72)])
        canvas.fill(RGBColor(0xfff4d0), night ? 0.18 : 0.1)
        tableFront(canvas, x: 0.24, y: h * 0.62, w: 0.52, depth: 0.03, height: h * 0.12, top: RGBColor(0x9aa0a4))
        canvas.rect(0.4, h * 0.61, 0.1, 0.012)
        canvas.fill(ink(0xe8e4d8))
    }

    /// A bedroom: big bed, headboard, lamps, curtains.
    func bedroom(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xd8cfc4), floor: RGBColor(0x8a6a50), ceiling: RGBColor(0xf0ebe4), boards: true)
        window(canvas, x: 0.62, y: h * 0.1, w: 0.26, h: h * 0.38, frame: RGBColor(0xf4f0ea), panes: 2) { canvas in
            sky(canvas, &random, bottom: h * 0.48, top: h * 0.1)
            skyline(canvas, &random, x: 0.62, width: 0.26, base: h * 0.48, height: h * 0.18)
        }
        curtain(canvas, x: 0.58, y: h * 0.08, w: 0.09, h: h * 0.44, colour: RGBColor(0x5a6a8a))
        canvas.roundedRect(0.12, h * 0.3, 0.44, h * 0.2, 0.04)
        canvas.fillAndOutline(ink(0x4a3a4a), edge(RGBColor(0x4a3a4a)), width: lw)
        canvas.roundedRect(0.08, h * 0.46, 0.52, h * 0.14, 0.02)
        canvas.fillAndOutline(ink(0xf4f0ea), edge(RGBColor(0xd8d0c8)), width: lw)
        canvas.roundedRect(0.08, h * 0.52, 0.52, h * 0.08, 0.02)
        canvas.fillAndOutline(ink(0x8a9ab8), edge(RGBColor(0x8a9ab8)), width: lw)
        for x in [0.2, 0.42] {
            canvas.roundedRect(x, h * 0.43, 0.14, 0.05, 0.02)
            canvas.fillAndOutline(ink(0xffffff), edge(RGBColor(0xe0e0e0)), width: lw)
        }
        canvas.rect(0.66, h * 0.52, 0.1, h * 0.08)
        canvas.fillAndOutline(ink(0x6a4a34), edge(RGBColor(0x6a4a34)), width: lw)
        canvas.polygon([(0.68, h * 0.46), (0.74, h * 0.46), (0.76, h * 0.5), (0.66, h * 0.5)])
        canvas.fill(ink(0xf4e4c0))
        canvas.rect(0.705, h * 0.5, 0.01, h * 0.02)
        canvas.fill(ink(0x3a3a3a))
        if night { glow(canvas, x: 0.71, y: h * 0.48, radius: 0.2, colour: RGBColor(0xffd890), alpha: 0.55) }
    }

    /// A kitchen: cabinets, counter, hood, hanging lamps.
    func kitchen(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xe8e4dc), floor: RGBColor(0x9a8a78), ceiling: RGBColor(0xf6f4f0), tiles: true)
        for index in 0..<4 {
            canvas.rect(0.1 + Double(index) * 0.2, h * 0.1, 0.19, h * 0.14)
            canvas.fillAndOutline(ink(0x3a4a5a), edge(RGBColor(0x3a4a5a)), width: lw)
        }
        // Tiled splashback.
        canvas.rect(0.09, h * 0.26, 0.82, h * 0.16)
        canvas.fill(ink(0xf4f6f6))
        for row in 0..<6 {
            canvas.move(0.09, h * (0.26 + Double(row) * 0.027))
            canvas.line(0.91, h * (0.26 + Double(row) * 0.027))
        }
        canvas.stroke(ink(0xc8d0d4), width: lw * 0.5)
        canvas.rect(0.09, h * 0.42, 0.82, h * 0.18)
        canvas.fillAndOutline(ink(0x3a4a5a), edge(RGBColor(0x3a4a5a)), width: lw)
        canvas.rect(0.08, h * 0.41, 0.84, 0.02)
        canvas.fill(ink(0xf0ece6))
        for index in 0..<4 {
            canvas.rect(0.11 + Double(index) * 0.2, h * 0.45, 0.18, h * 0.13)
            canvas.stroke(ink(0x2a3440), width: lw)
        }
        // Island in front with pendant lights.
        tableFront(canvas, x: 0.1, y: h * 0.68, w: 0.8, depth: 0.04, height: h * 0.2, top: RGBColor(0xf0ece6), cloth: RGBColor(0xf0ece6))
        for x in [0.3, 0.5, 0.7] { pendantLamp(canvas, x: x, y: h * 0.44, size: 0.06, shade: RGBColor(0xc8a050)) }
        canvas.ellipse(0.35, h * 0.685, 0.05, 0.012)
        canvas.fill(ink(0xd84a3a))
    }

    /// A boutique: mirrors, gowns on stands, glass cases.
    func boutique(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xf4e8e4), floor: RGBColor(0xe8dcd4), ceiling: RGBColor(0xfcf6f4), tiles: true)
        for (index, x) in [0.14, 0.4, 0.66].enumerated() {
            canvas.roundedRect(x, h * 0.12, 0.2, h * 0.42, 0.1)
            canvas.fillAndOutline(ink(0xc8a860), edge(RGBColor(0xc8a860)), width: lw)
            canvas.roundedRect(x + 0.015, h * 0.12 + 0.015, 0.17, h * 0.42 - 0.03, 0.09)
            canvas.linear(x, h * 0.12, x + 0.2, h * 0.54, [(0, ink(0xe8f0f4), 1), (0.5, ink(0xc8d4dc), 1), (1, ink(0xe0e8ee), 1)])
            canvas.fillSource()
            _ = index
        }
        // Gowns on mannequins.
        for (x, colour) in [(0.24, RGBColor(0xffffff)), (0.76, RGBColor(0xf4d8e0))] {
            canvas.circle(x, h * 0.36, 0.02)
            canvas.fill(ink(0xd8c8b8))
            canvas.move(x - 0.04, h * 0.38)
            canvas.line(x + 0.04, h * 0.38)
            canvas.line(x + 0.03, h * 0.44)
            canvas.curve(x + 0.1, h * 0.52, x + 0.14, h * 0.56, x + 0.16, h * 0.6)
            canvas.line(x - 0.16, h * 0.6)
            canvas.curve(x - 0.14, h * 0.56, x - 0.1, h * 0.52, x - 0.03, h * 0.44)
            canvas.close()
            canvas.fillAndOutline(ink(colour), edge(colour), width: lw)
        }
        // A glass counter with jewels.
        canvas.rect(0.3, h * 0.66, 0.4, h * 0.12)
        canvas.fillAndOutline(ink(0xdcecf0), edge(RGBColor(0xa8c0c8)), width: lw)
        for index in 0..<5 {
            canvas.circle(0.35 + Double(index) * 0.075, h * 0.7, 0.01)
            canvas.fill(index % 2 == 0 ? RGBColor(0xe8f4ff) : RGBColor(0xd84a6a))
        }
        chandelier(canvas, x: 0.5, y: h * 0.04, size: 0.08)
    }

    /// A café: counter, espresso machine, chalkboard, pendant lamps.
    func cafe(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xb8865a), floor: RGBColor(0x5a4030), ceiling: RGBColor(0x4a3628), boards: true)
        for row in 0..<12 {
            let y = h * (0.08 + Double(row) * 0.028)
            for col in 0..<8 {
                let offset = row % 2 == 0 ? 0.0 : 0.05
                canvas.rect(0.09 + offset + Double(col) * 0.1, y, 0.095, h * 0.024)
            }
        }
        canvas.fill(ink(0xa8704a), 0.6)
        canvas.rect(0.14, h * 0.12, 0.3, h * 0.16)
        canvas.fillAndOutline(ink(0x2a2e2a), ink(0x6a4a2a), width: lw * 3)
        for row in 0..<4 {
            canvas.move(0.17, h * (0.15 + Double(row) * 0.03))
            canvas.line(0.17 + random.uniform(0.12...0.22), h * (0.15 + Double(row) * 0.03))
        }
        canvas.stroke(RGBColor(0xf0ece0), width: lw * 0.8, alpha: 0.8)
        // Shelves with cups.
        for y in [0.16, 0.24] {
            canvas.rect(0.55, h * y, 0.32, 0.008)
            canvas.fill(ink(0x3a2418))
            for index in 0..<5 {
                canvas.roundedRect(0.57 + Double(index) * 0.06, h * y - 0.03, 0.035, 0.03, 0.006)
                canvas.fill(ink(index % 2 == 0 ? 0xf4f0e8 : 0x2e5e8c))
            }
        }
        // Counter and espresso machine.
        canvas.rect(0.09, h * 0.44, 0.82, h * 0.16)
        canvas.fillAndOutline(ink(0x3a2a20), edge(RGBColor(0x3a2a20)), width: lw)
        canvas.rect(0.08, h * 0.43, 0.84, 0.02)
        canvas.fill(ink(0xd8c8b0))
        canvas.roundedRect(0.58, h * 0.36, 0.18, h * 0.07, 0.01)
        canvas.fillAndOutline(ink(0xb8bcc0), edge(RGBColor(0xb8bcc0)), width: lw)
        canvas.rect(0.62, h * 0.41, 0.1, 0.012)
        canvas.fill(ink(0x2a2a2a))
        for x in [0.25, 0.5, 0.75] { pendantLamp(canvas, x: x, y: h * 0.3, size: 0.07, shade: RGBColor(0x2a2a2a)) }
        // A small round table in front.
        canvas.ellipse(0.5, h * 0.8, 0.16, 0.035)
        canvas.fillAndOutline(ink(0x6a4a34), edge(RGBColor(0x6a4a34)), width: lw)
        canvas.rect(0.49, h * 0.8, 0.02, h * 0.12)
        canvas.fill(ink(0x2a2a2a))
        canvas.roundedRect(0.46, h * 0.8 - 0.03, 0.04, 0.03, 0.008)
        canvas.fill(ink(0xf4f0e8))
    }

    /// A study or library: shelves of books, desk with a green lamp, a safe.
    func study(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0x5a3a2a), floor: RGBColor(0x4a2e20), ceiling: RGBColor(0xd8c8b0), boards: true)
        bookshelf(canvas, &random, x: 0.1, y: h * 0.08, w: 0.32, h: horizon - h * 0.08, wood: RGBColor(0x6a4028))
        bookshelf(canvas, &random, x: 0.58, y: h * 0.08, w: 0.32, h: horizon - h * 0.08, wood: RGBColor(0x6a4028))
        picture(canvas, x: 0.43, y: h * 0.14, w: 0.14, h: h * 0.16, frame: RGBColor(0xc9a24a), art: RGBColor(0x6a5a4a))
        tableFront(canvas, x: 0.2, y: h * 0.62, w: 0.6, depth: 0.04, height: h * 0.12, top: RGBColor(0x4a2a18))
        // Banker's lamp.
        canvas.rect(0.64, h * 0.58, 0.01, h * 0.04)
        canvas.fill(ink(0xc8a040))
        canvas.roundedRect(0.6, h * 0.565, 0.09, 0.025, 0.012)
        canvas.fill(night ? RGBColor(0x3a9a5a) : ink(0x2a7a4a))
        glow(canvas, x: 0.645, y: h * 0.6, radius: night ? 0.25 : 0.1, colour: RGBColor(0xffe0a0), alpha: night ? 0.55 : 0.2)
        // A ledger and a small safe.
        canvas.rect(0.3, h * 0.615, 0.12, 0.012)
        canvas.fill(ink(0x8a2020))
        canvas.rect(0.44, h * 0.5, 0.12, h * 0.1)
        canvas.fillAndOutline(ink(0x3a3e44), ink(0x101214), width: lw)
        canvas.circle(0.5, h * 0.55, 0.018)
        canvas.stroke(ink(0xc8c8c8), width: lw)
    }

    /// A laboratory or morgue: steel cabinets, microscope, cold light.
    func lab(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xc8d4d8), floor: RGBColor(0x8a9698), ceiling: RGBColor(0xe8eef0), tiles: true)
        for index in 0..<3 {
            for row in 0..<3 {
                canvas.rect(0.1 + Double(index) * 0.14, h * (0.14 + Double(row) * 0.1), 0.13, h * 0.09)
                canvas.fillAndOutline(ink(0xb8c0c4), edge(RGBColor(0xb8c0c4)), width: lw)
                canvas.rect(0.14 + Double(index) * 0.14, h * (0.175 + Double(row) * 0.1), 0.05, 0.008)
                canvas.fill(ink(0x5a6064))
            }
        }
        canvas.rect(0.56, h * 0.14, 0.34, h * 0.26)
        canvas.fillAndOutline(ink(0xe8f0f4), edge(RGBColor(0xa8b4b8)), width: lw)
        for row in 0..<3 {
            canvas.rect(0.57, h * (0.2 + Double(row) * 0.07), 0.32, 0.006)
            canvas.fill(ink(0x8a9498))
            for index in 0..<6 {
                canvas.rect(0.59 + Double(index) * 0.05, h * (0.2 + Double(row) * 0.07) - 0.035, 0.02, 0.035)
                canvas.fill(RGBColor([0x5bc0be, 0xd84a6a, 0xf0c040][(index + row) % 3]), night ? 0.7 : 0.85)
            }
        }
        tableFront(canvas, x: 0.08, y: h * 0.62, w: 0.84, depth: 0.03, height: h * 0.12, top: RGBColor(0xd8dee0), cloth: RGBColor(0xc8d0d4))
        canvas.rect(0.3, h * 0.52, 0.02, h * 0.09)
        canvas.fill(ink(0x2a2e34))
        canvas.polygon([(0.3, h * 0.52), (0.38, h * 0.5), (0.39, h * 0.52), (0.32, h * 0.55)])
        canvas.fill(ink(0x2a2e34))
        canvas.rect(0.27, h * 0.605, 0.09, 0.012)
        canvas.fill(ink(0x2a2e34))
        for x in [0.3, 0.7] {
            canvas.rect(x - 0.12, h * 0.075, 0.24, 0.02)
            canvas.fill(RGBColor(0xeaf8ff))
            glow(canvas, x: x, y: h * 0.09, radius: 0.18, colour: RGBColor(0xd8f0ff), alpha: 0.3)
        }
    }

    /// A factory or warehouse: broken high windows, rusted machines, shafts of light.
    func factory(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0x6a645a), floor: RGBColor(0x4a463e), ceiling: RGBColor(0x3a3630), side: 0.12)
        for index in 0..<4 {
            let x = 0.15 + Double(index) * 0.18
            window(canvas, x: x, y: h * 0.1, w: 0.14, h: h * 0.2, frame: RGBColor(0x2a2a26), panes: 3) { canvas in
                sky(canvas, &random, bottom: h * 0.3, top: h * 0.1, moon: false)
            }
            if index % 2 == 1 {
                canvas.polygon([(x + 0.02, h * 0.12), (x + 0.07, h * 0.16), (x + 0.04, h * 0.19)])
                canvas.fill(ink(0x2a2a26))
            }
            canvas.polygon([(x, h * 0.3), (x + 0.14, h * 0.3), (x + 0.3, h * 0.85), (x + 0.12, h * 0.85)])
            canvas.fill(RGBColor(0xfff4d0), night ? 0.05 : 0.1)
        }
        for (x, w) in [(0.12, 0.3), (0.58, 0.3)] {
            canvas.rect(x, h * 0.44, w, h * 0.16)
            canvas.fillAndOutline(ink(0x7a4a30), edge(RGBColor(0x7a4a30)), width: lw)
            canvas.circle(x + w * 0.3, h * 0.5, 0.04)
            canvas.circle(x + w * 0.7, h * 0.5, 0.04)
            canvas.stroke(ink(0x3a2a1a), width: lw * 1.5)
        }
        for _ in 0..<8 {
            let x = random.uniform(0.3...0.7), y = h * random.uniform(0.65...0.95)
            canvas.ellipse(x, y, 0.012, 0.022)
        }
        canvas.fill(ink(0x2a2620), 0.6)
    }

    /// A flat's living room: sofa, window, lamp.
    func livingRoom(_ canvas: Canvas, _ random: inout SeededGenerator) {
        let luxury = genre == .romance || genre == .revenge
        room(canvas, wall: luxury ? RGBColor(0xe4dccc) : RGBColor(0xc8c4b4), floor: RGBColor(0x8a6a50), ceiling: RGBColor(0xf2eee6), boards: true)
        window(canvas, x: 0.14, y: h * 0.1, w: 0.46, h: h * 0.38, frame: RGBColor(0xf4f0ea), panes: 3) { canvas in
            sky(canvas, &random, bottom: h * 0.48, top: h * 0.1)
            skyline(canvas, &random, x: 0.14, width: 0.46, base: h * 0.48, height: h * 0.2)
        }
        picture(canvas, x: 0.68, y: h * 0.18, w: 0.18, h: h * 0.14, frame: RGBColor(0x2a2a2a), art: RGBColor(0x4a7a9a))
        // Sofa.
        canvas.roundedRect(0.14, h * 0.48, 0.72, h * 0.08, 0.03)
        canvas.fillAndOutline(ink(0x5a6a7a), edge(RGBColor(0x5a6a7a)), width: lw)
        canvas.roundedRect(0.12, h * 0.54, 0.76, h * 0.06, 0.03)
        canvas.fillAndOutline(ink(0x6a7a8a), edge(RGBColor(0x6a7a8a)), width: lw)
        for x in [0.25, 0.68] {
            canvas.roundedRect(x, h * 0.5, 0.08, 0.06, 0.015)
            canvas.fill(ink(0xd8a050))
        }
        canvas.ellipse(0.5, h * 0.72, 0.2, 0.04)
        canvas.fillAndOutline(ink(0x3a2a22), edge(RGBColor(0x3a2a22)), width: lw)
        plant(canvas, x: 0.9, y: h * 0.62, size: 0.16)
        // Floor lamp.
        canvas.rect(0.095, h * 0.36, 0.008, h * 0.24)
        canvas.fill(ink(0x2a2a2a))
        canvas.polygon([(0.07, h * 0.33), (0.13, h * 0.33), (0.14, h * 0.37), (0.06, h * 0.37)])
        canvas.fill(ink(0xf0e4c8))
        if night { glow(canvas, x: 0.1, y: h * 0.36, radius: 0.25, colour: RGBColor(0xffd890), alpha: 0.5) }
    }

    /// A tower lobby: marble, reception desk, revolving door, logo.
    func lobby(_ canvas: Canvas, _ random: inout SeededGenerator) {
        room(canvas, wall: RGBColor(0xe4e0d8), floor: RGBColor(0xf0ece6), ceiling: RGBColor(0xf8f6f2), tiles: true)
        for index in 0..<5 {
            canvas.rect(0.09 + Double(index) * 0.164, h * 0.06, 0.164, horizon - h * 0.06)
            canvas.stroke(ink(0xc8c0b4), width: lw * 0.7)
        }
        canvas.rect(0.3, h * 0.16, 0.4, h * 0.08)
        canvas.fill(ink(0x2a2e34))
        canvas.circle(0.5, h * 0.2, 0.03)
        canvas.stroke(RGBColor(0xe8c060), width: lw * 2)
        tableFront(canvas, x: 0.2, y: h * 0.46, w: 0.6, depth: 0.03, height: h * 0.12, top: RGBColor(0x2a2a30), cloth: RGBColor(0x2a2a30))
        canvas.rect(0.2, h * 0.49, 0.6, 0.008)
        canvas.fill(RGBColor(0xe8c060))
        pillar(canvas, x: 0.1, width: 0.1, top: h * 0.02, bottom: h * 0.95, colour: RGBColor(0xe8e2da), trim: RGBColor(0xc9a24a))
        pillar(canvas, x: 0.9, width: 0.1, top: h * 0.02, bottom: h * 0.95, colour: RGBColor(0xe8e2da), trim: RGBColor(0xc9a24a))
        plant(canvas, x: 0.25, y: h * 0.86, size: 0.2)
        plant(canvas, x: 0.75, y: h * 0.86, size: 0.2)
    }
}
