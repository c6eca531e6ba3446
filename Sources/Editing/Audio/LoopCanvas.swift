import Foundation

/// One stereo period of a music loop. Sounds placed near the end wrap around to the start,
/// so the period repeats without a seam however long the notes ring.
struct LoopCanvas: Sendable {
    let frames: Int
    var left: [Float]
    var right: [Float]

    init(frames: Int) {
        self.frames = frames
        left = [Float](repeating: 0, count: frames)
        right = [Float](repeating: 0, count: frames)
    }

    /// Adds `sound` starting at `frame`, panned constant-power (`pan` −1 left … +1 right).
    mutating func place(_ sound: [Float], at frame: Int, gain: Float = 1, pan: Float = 0) {
        let angle = (Double(min(max(pan, -1), 1)) + 1) * Double.pi / 4
        let leftGain = Float(cos(angle)) * gain * Float(2.0.squareRoot())
        let rightGain = Float(sin(angle)) * gain * Float(2.0.squareRoot())
        var index = ((frame % frames) + frames) % frames
        let count = frames
        left.withUnsafeMutableBufferPointer { l in
            right.withUnsafeMutableBufferPointer { r in
                for sample in sound {
                    l[index] += sample * leftGain
                    r[index] += sample * rightGain
                    index += 1
                    if index == count { index = 0 }
                }
            }
        }
    }

    /// Adds `other` times `gain`.
    mutating func mix(_ other: LoopCanvas, gain: Float) {
        guard gain != 0 else { return }
        Oscillators.add(&left, other.left, gain: gain)
        Oscillators.add(&right, other.right, gain: gain)
    }

    /// The largest absolute sample of either channel.
    var peak: Float { max(left.reduce(0) { max($0, abs($1)) }, right.reduce(0) { max($0, abs($1)) }) }
}
