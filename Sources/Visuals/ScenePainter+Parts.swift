import Basics
import DramaModel
import Foundation


/// Reusable pieces of scenery: rooms, windows, skylines, furniture, lights and weather.
extension ScenePainter {
    /// Where the back wall meets the floor.
    var horizon: Double { h * 0.6 }

    /// A room seen straight on: back wall, side walls in perspective, floor and ceiling.
    func room(_ canvas: Canvas, wall: RGBColor, floor: RGBColor, ceiling: RGBColor? = nil, side: Double = 0.09, boards: Bool = false, tiles: Bool = false) {
        let top = h * 0.06
        canvas.rect(0, 0, 1, h)
        canvas.fill(ink(wall))
        // Floor, lighter towards the viewer.
        canvas.rect(0, horizon, 1, h - horizon)
        canvas.linear(0, horizon, 0, h, [(0, ink(floor.darker(0.2)), 1), (1, ink(floor.lighter(0.08)), 1)])
        canvas.fillSource()
        if boards || tiles {
            let vanishing = (0.5, h * 0.38)
            for index in -8...8 {
                let x = 0.5 + Double(index) * 0.14
                let t = (horizon - vanishing.1) / (h - vanishing.1)
                canvas.move(vanishing.0 + (x - vanishing.0) * t, horizon)
                canvas.line(x * 1.6 - 0.3, h)
            }
            if tiles {
                var y = horizon, step = 0.02
                while y < h {
                    canvas.move(0, y)
                    canvas.line(1, y)
                    y += step
                    step *= 1.35
                }
            }
            canvas.stroke(ink(floor.darker(0.3)), width: lw * 0.7, alpha: 0.5)
        }
        // Side walls.
        for s in [0.0, 1.0] {
            let x0 = s, x1 = s == 0 ? side : 1 - side
            canvas.polygon([(x0, 0), (x1, top), (x1, horizon), (x0, horizon + side * 0.9)])
            canvas.fill(ink(wall.darker(0.14)))
            canvas.polygon([(x0, horizon + side * 0.9), (x1, horizon), (x1, horizon + 0.004), (x0, horizon + side * 0.9 + 0.006)])
            canvas.fill(ink(wall.darker(0.4)))
        }
        if let ceiling {
            canvas.polygon([(0, 0), (1, 0), (1 - side, top), (side, top)])
            canvas.fill(ink(ceiling))
        }
        // Skirting board.
        canvas.rect(side, horizon - 0.012, 1 - 2 * side, 0.012)
        canvas.fill(ink(wall.darker(0.3)))
    }

    /// A sky from top to `bottom`: blue by day, deep blue with stars and a moon at night.
    func sky(_ canvas: Canvas, _ random: inout SeededGenerator, bottom: Double, x: Double = 0, width: Double = 1, top: Double = 0, moon: Bool = true) {
        canvas.rect(x, top, width, bottom - top)
        if night {
            canvas.linear(0, top, 0, bottom, [(0, RGBColor(0x0b1030), 1), (0.7, RGBColor(0x27285a), 1), (1, RGBColor(0x5a3a6a), 1)])
        } else {
            canvas.linear(0, top, 0, bottom, [(0, RGBColor(0x5fa8e0), 1), (0.75, RGBColor(0xbfe0f4), 1), (1, RGBColor(0xfbe6cf), 1)])
        }
        canvas.fillSource()
        canvas.layer {
            canvas.rect(x, top, width, bottom - top)
            canvas.clip()
            if night {
                for _ in 0..<40 {
                    canvas.circle(x + random.unit() * width, top + random.unit() * (bottom - top) * 0.7, random.uniform(0.0008...0.0025))
                }
                canvas.fill(RGBColor(0xfff8e0), 0.85)
                if moon {
                    let mx = x + width * 0.75, my = top + (bottom - top) * 0.18
                    canvas.radial(mx, my, 0, 0.12, [(0, RGBColor(0xfff3c8), 0.45), (1, RGBColor(0xfff3c8), 0)])
                    canvas.circle(mx, my, 0.12)
                    canvas.fillSource()
                    canvas.circle(mx, my, 0.04)
                    canvas.fill(RGBColor(0xfff6d8))
                }
            } else {
                for index in 0..<3 {
                    let cx = x + width * (0.15 + 0.35 * Double(index)) + random.uniform(-0.05...0.05)
                    let cy = top + (bottom - top) * random.uniform(0.15...0.45)
                    cloud(canvas, cx, cy, random.uniform(0.06...0.1))
                }
            }
        }
    }

    func cloud(_ canvas: Canvas, _ x: Double, _ y: Double, _ s: Double) {
        canvas.ellipse(x, y, s * 1.2, s * 0.35)
        canvas.circle(x - s * 0.4, y - s * 0.2, s * 0.35)
        canvas.circle(x + s * 0.2, y - s * 0.3, s * 0.45)
        canvas.fill(RGBColor(0xffffff), 0.85)
    }

    /// City towers against the sky, windows lit at night.
    func skyline(_ canvas: Canvas, _ random: inout SeededGenerator, x: Double, width: Double, base: Double, height: Double) {
        var bx = x - 0.02
        var layer = 0
        for depth in [0.55, 1.0] {
            bx = x - 0.02 - Double(layer) * 0.03
            while bx < x + width {
                let bw = random.uniform(0.05...0.11) * width * 1.4
                let bh = height * random.uniform(0.35...1.0) * depth
                let colour = night ? RGBColor(0x1c2344).mixed(with: RGBColor(0x2c3260), depth - 0.5)
                    : RGBColor(0x8fa6c0).mixed(with: RGBColor(0x5d7491), depth - 0.5)
                canvas.rect(bx, base - bh, bw, bh)
                canvas.fill(colour)
                if depth == 1.0 {
                    let rows = max(2, Int(bh / 0.022)), cols = max(1, Int(bw / 0.018))
                    for row in 0..<rows {
                        for col in 0..<cols where random.chance(night ? 0.45 : 0.5) {
                            let wx = bx + 0.006 + Double(col) * 0.018, wy = base - bh + 0.008 + Double(row) * 0.022
                            guard wx + 0.008 < bx + bw, wy + 0.01 < base else { continue }
                            canvas.rect(wx, wy, 0.008, 0.01)
                        }
                    }
                    canvas.fill(night ? RGBColor(0xffd27a) : RGBColor(0xc4d8ea), night ? 0.85 : 0.7)
                }
                bx += bw + random.uniform(0.0...0.01)
            }
            layer += 1
        }
    }

    /// A window or a glass wall with mullions, showing what `view` paints behind it.
    func window(_ canvas: Canvas, x: Double, y: Double, w: Double, h wh: Double, frame: RGBColor, panes: Int = 3, view: (Canvas) -> Void) {
        canvas.layer {
            canvas.rect(x, y, w, wh)
            canvas.clip()
            view(canvas)
            // Reflections.
            canvas.polygon([(x + w * 0.1, y), (x + w * 0.3, y), (x + w * 0.05, y + wh), (x - w * 0.15, y + wh)])
            canvas.fill(RGBColor(0xffffff), night ? 0.05 : 0.14)
        }
        let bar = max(0.006, w * 0.02)
        canvas.rect(x, y, w, wh)
        canvas.stroke(ink(frame), width: bar * 1.6, round: false)
        for index in 1..<panes {
            let px = x + w * Double(index) / Double(panes)
            canvas.move(px, y)
            canvas.line(px, y + wh)
        }
        canvas.stroke(ink(frame), width: bar, round: false)
    }

    /// A crystal chandelier, glowing.
    func chandelier(_ canvas: Canvas, x: Double, y: Double, size s: Double) {
        canvas.radial(x, y + s * 0.4, 0, s * 2.4, [(0, RGBColor(0xffe6a8), night ? 0.55 : 0.35), (1, RGBColor(0xffe6a8), 0)])
        canvas.circle(x, y + s * 0.4, s * 2.4)
        canvas.fillSource()
        canvas.move(x, 0)
        canvas.line(x, y)
        canvas.stroke(ink(0x8a6a2a), width: lw)
        let gold = RGBColor(0xe8c060)
        for tier in 0..<3 {
            let ty = y + Double(tier) * s * 0.35, tw = s * (1.0 - Double(tier) * 0.28)
            canvas.ellipse(x, ty, tw, s * 0.08)
            canvas.stroke(gold, width: lw * 1.5)
            let count = 9 - tier * 2
            for index in 0..<count {
                let dx = x - tw + 2 * tw * Double(index) / Double(count - 1)
                canvas.move(dx, ty)
                canvas.line(dx, ty + s * 0.2)
                canvas.stroke(RGBColor(0xfff4d6), width: lw * 0.8, alpha: 0.9)
                canvas.circle(dx, ty + s * 0.22, s * 0.03)
                canvas.fill(RGBColor(0xfffbea))
            }
        }
    }

    /// A soft round glow of light.
    func glow(_ canvas: Canvas, x: Double, y: Double, radius: Double, colour: RGBColor, alpha: Double) {
        canvas.radial(x, y, 0, radius, [(0, colour, alpha), (1, colour, 0)])
        canvas.circle(x, y, radius)
        canvas.fillSource()
    }

    /// A hanging lamp with a cone shade.
    func pendantLamp(_ canvas: Canvas, x: Double, y: Double, size s: Double, shade: RGBColor) {
        canvas.move(x, 0)
        canvas.line(x, y)
        canvas.stroke(ink(0x303030), width: lw * 0.7)
        canvas.polygon([(x - s * 0.25, y), (x + s * 0.25, y), (x + s * 0.6, y + s * 0.5), (x - s * 0.6, y + s * 0.5)])
        canvas.fillAndOutline(ink(shade), edge(shade), width: lw)
        glow(canvas, x: x, y: y + s * 0.55, radius: s * (night ? 3 : 1.5), colour: RGBColor(0xffd890), alpha: night ? 0.6 : 0.3)
    }

    /// A column with a base and capital.
    func pillar(_ canvas: Canvas, x: Double, width w: Double, top: Double, bottom: Double, colour: RGBColor, trim: RGBColor) {
        canvas.rect(x - w / 2, top, w, bottom - top)
        canvas.linear(x - w / 2, 0, x + w / 2, 0, [(0, ink(colour.darker(0.25)), 1), (0.35, ink(colour.lighter(0.1)), 1), (1, ink(colour.darker(0.35)), 1)])
        canvas.fillSource()
        canvas.rect(x - w * 0.62, top, w * 1.24, w * 0.3)
        canvas.rect(x - w * 0.62, bottom - w * 0.3, w * 1.24, w * 0.3)
        canvas.fillAndOutline(ink(trim), edge(trim), width: lw)
    }

    /// A potted plant.
    func plant(_ canvas: Canvas, x: Double, y: Double, size s: Double) {
        let leaf = RGBColor(0x3f8a50)
        for index in 0..<7 {
            let angle = -Double.pi / 2 + (Double(index) - 3) * 0.33
            canvas.layer {
                canvas.translate(x, y - s * 0.4)
                canvas.rotate(angle + .pi / 2)
                canvas.ellipse(0, -s * 0.35, s * 0.09, s * 0.35)
                canvas.fillAndOutline(ink(index % 2 == 0 ? leaf : leaf.lighter(0.2)), edge(leaf), width: lw * 0.6)
            }
        }
        canvas.polygon([(x - s * 0.2, y - s * 0.4), (x + s * 0.2, y - s * 0.4), (x + s * 0.15, y), (x - s * 0.15, y)])
        canvas.fillAndOutline(ink(0xd8d2c8), edge(RGBColor(0xd8d2c8)), width: lw * 0.7)
    }

    /// Shelves of coloured book spines.
    func bookshelf(_ canvas: Canvas, _ random: inout SeededGenerator, x: Double, y: Double, w: Double, h bh: Double, wood: RGBColor) {
        canvas.rect(x, y, w, bh)
        canvas.fillAndOutline(ink(wood.darker(0.35)), edge(wood), width: lw)
        let shelves = 5
        let colours: [RGBColor] = [RGBColor(0x8c2e3e), RGBColor(0x2e5e8c), RGBColor(0x3f7a55), RGBColor(0xc7a04a), RGBColor(0x5a4a8a), RGBColor(0xd8cbb4)]
        for shelf in 0..<shelves {
            let sy = y + bh * Double(shelf) / Double(shelves), sh = bh / Double(shelves)
            var bx = x + w * 0.04
            while bx < x + w * 0.92 {
                let bw = w * random.uniform(0.035...0.07), height = sh * random.uniform(0.6...0.85)
                canvas.rect(bx, sy + sh - height - sh * 0.08, bw, height)
                canvas.fill(ink(colours[Int(random.next() % UInt64(colours.count))]))
                bx += bw + w * 0.006
            }
            canvas.rect(x, sy + sh - sh * 0.08, w, sh * 0.08)
            canvas.fill(ink(wood))
        }
    }

    /// A framed picture on a wall.
    func picture(_ canvas: Canvas, x: Double, y: Double, w: Double, h ph: Double, frame: RGBColor, art: RGBColor) {
        canvas.rect(x, y, w, ph)
        canvas.fillAndOutline(ink(frame), edge(frame), width: lw)
        canvas.rect(x + w * 0.1, y + ph * 0.1, w * 0.8, ph * 0.8)
        canvas.linear(0, y, 0, y + ph, [(0, ink(art.lighter(0.3)), 1), (1, ink(art), 1)])
        canvas.fillSource()
        canvas.polygon([(x + w * 0.1, y + ph * 0.9), (x + w * 0.4, y + ph * 0.45), (x + w * 0.6, y + ph * 0.7), (x + w * 0.75, y + ph * 0.55), (x + w * 0.9, y + ph * 0.9)])
        canvas.fill(ink(art.darker(0.35)))
    }

    /// A door with a handle.
    func door(_ canvas: Canvas, x: Double, y: Double, w: Double, h dh: Double, colour: RGBColor) {
        canvas.rect(x, y, w, dh)
        canvas.fillAndOutline(ink(colour), edge(colour), width: lw)
        canvas.rect(x + w * 0.12, y + dh * 0.06, w * 0.76, dh * 0.38)
        canvas.rect(x + w * 0.12, y + dh * 0.52, w * 0.76, dh * 0.42)
        canvas.stroke(edge(colour), width: lw * 0.7)
        canvas.circle(x + w * 0.82, y + dh * 0.5, w * 0.05)
        canvas.fill(ink(0xd8b050))
    }

    /// Heavy drapes at a window's sides.
    func curtain(_ canvas: Canvas, x: Double, y: Double, w: Double, h ch: Double, colour: RGBColor) {
        canvas.move(x, y)
        canvas.line(x + w, y)
        canvas.curve(x + w * 0.7, y + ch * 0.4, x + w * 0.9, y + ch * 0.8, x + w * 0.8, y + ch)
        canvas.line(x, y + ch)
        canvas.close()
        canvas.linear(x, 0, x + w, 0, [(0, ink(colour.darker(0.3)), 1), (0.5, ink(colour), 1), (1, ink(colour.darker(0.15)), 1)])
        canvas.fillSource()
        for index in 1..<4 {
            let fx = x + w * Double(index) / 4.5
            canvas.move(fx, y)
            canvas.quad(fx + w * 0.05, y + ch * 0.5, fx - w * 0.02, y + ch)
        }
        canvas.stroke(edge(colour), width: lw * 0.7, alpha: 0.6)
    }

    /// Slanted rain streaks over everything.
    func rain(_ canvas: Canvas, _ random: inout SeededGenerator, density: Int) {
        for _ in 0..<density {
            let x = random.unit() * 1.2 - 0.1, y = random.unit() * h, length = random.uniform(0.03...0.07)
            canvas.move(x, y)
            canvas.line(x - length * 0.25, y + length)
        }
        canvas.stroke(RGBColor(0xcfe0ff), width: lw * 0.5, alpha: night ? 0.45 : 0.35)
    }

    /// A table seen from the front: top, legs and a cloth.
    func tableFront(_ canvas: Canvas, x: Double, y: Double, w: Double, depth: Double, height th: Double, top: RGBColor, cloth: RGBColor? = nil) {
        canvas.polygon([(x + depth, y), (x + w - depth, y), (x + w, y + depth * 0.8), (x, y + depth * 0.8)])
        canvas.fillAndOutline(ink(cloth ?? top), edge(cloth ?? top), width: lw)
        if let cloth {
            canvas.rect(x, y + depth * 0.8, w, th * 0.8)
            canvas.fillAndOutline(ink(cloth.darker(0.08)), edge(cloth), width: lw)
        } else {
            canvas.rect(x, y + depth * 0.8, w, th * 0.12)
            canvas.fillAndOutline(ink(top.darker(0.2)), edge(top), width: lw)
            for lx in [x + w * 0.04, x + w * 0.92] {
                canvas.rect(lx, y + depth * 0.8 + th * 0.12, w * 0.04, th * 0.88)
                canvas.fill(ink(top.darker(0.3)))
            }
        }
    }

    /// A long table running away from the viewer, with chairs on both sides.
    func longTable(_ canvas: Canvas, top: RGBColor, cloth: RGBColor?, chair: RGBColor, candles: Bool) {
        let farY = horizon + 0.03, nearY = h * 0.98
        let farW = 0.12, nearW = 0.7
        for index in 0..<5 {
            let t = Double(index) / 5 + 0.1
            let y = farY + (nearY - farY) * t, half = farW / 2 + (nearW - farW) / 2 * t
            for s in [-1.0, 1.0] {
                let cx = 0.5 + s * (half + 0.02 + 0.05 * t)
                let cw = 0.03 + 0.08 * t, chh = 0.1 + 0.25 * t
                canvas.roundedRect(cx - cw / 2, y - chh, cw, chh * 1.1, cw * 0.3)
                canvas.fillAndOutline(ink(chair), edge(chair), width: lw)
            }
        }
        canvas.polygon([(0.5 - farW / 2, farY), (0.5 + farW / 2, farY), (0.5 + nearW / 2, nearY), (0.5 - nearW / 2, nearY)])
        canvas.fillAndOutline(ink(cloth ?? top), edge(cloth ?? top), width: lw)
        if cloth == nil {
            canvas.polygon([(0.5 - farW * 0.2, farY), (0.5 + farW * 0.2, farY), (0.5 + nearW * 0.2, nearY), (0.5 - nearW * 0.2, nearY)])
            canvas.fill(RGBColor(0xffffff), night ? 0.04 : 0.1)
        }
        if candles {
            for index in 0..<4 {
                let t = Double(index) / 4 + 0.08
                let y = farY + (nearY - farY) * t, s = 0.3 + t
                canvas.rect(0.5 - 0.005 * s, y - 0.05 * s, 0.01 * s, 0.05 * s)
                canvas.fill(ink(0xf4ecd8))
                glow(canvas, x: 0.5, y: y - 0.055 * s, radius: 0.04 * s, colour: RGBColor(0xffc860), alpha: 0.8)
                for side in [-1.0, 1.0] {
                    canvas.ellipse(0.5 + side * (farW / 2 + (nearW - farW) / 2 * t) * 0.6, y, 0.03 * s, 0.012 * s)
                    canvas.fillAndOutline(ink(0xffffff), ink(0xb0b0b0), width: lw * 0.5)
                }
            }
        }
    }

    /// Red lanterns with tassels.
    func lantern(_ canvas: Canvas, x: Double, y: Double, size s: Double) {
        glow(canvas, x: x, y: y, radius: s * (night ? 3 : 1.6), colour: RGBColor(0xff8a40), alpha: night ? 0.5 : 0.2)
        canvas.move(x, y - s * 1.2)
        canvas.line(x, y - s * 0.7)
        canvas.stroke(RGBColor(0x3a2a1a), width: lw * 0.6)
        canvas.ellipse(x, y, s * 0.75, s * 0.62)
        canvas.fillAndOutline(night ? RGBColor(0xf0503a) : RGBColor(0xc8282a), RGBColor(0x6a1010), width: lw)
        canvas.rect(x - s * 0.3, y - s * 0.72, s * 0.6, s * 0.14)
        canvas.rect(x - s * 0.3, y + s * 0.58, s * 0.6, s * 0.14)
        canvas.fill(RGBColor(0xe0b040))
        canvas.move(x, y + s * 0.72)
        canvas.line(x, y + s * 1.3)
        canvas.stroke(RGBColor(0xe0b040), width: lw * 1.2)
    }

    /// A wall lit by lamps or left to the moon: at night, a warm pool of light on the floor.
    func floorGlow(_ canvas: Canvas, x: Double, colour: RGBColor = RGBColor(0xffd58a)) {
        guard night else { return }
        canvas.layer {
            canvas.translate(x, horizon + (h - horizon) * 0.35)
            canvas.scale(1, 0.35)
            canvas.radial(0, 0, 0, 0.5, [(0, colour, 0.35), (1, colour, 0)])
            canvas.circle(0, 0, 0.5)
            canvas.fillSource()
        }
    }
}
