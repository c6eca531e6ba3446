/// A small Schroeder–Moorer room (Freeverb's structure: eight damped combs in parallel, then
/// four all-passes per channel, the right channel's all-passes slightly longer for width).
///
/// `loop` treats its input as one period of an endless loop: the room first hears the
/// loop's last three seconds (long enough for the tail to die by well over 100 dB), then the
/// period itself, so the end of the loop rings into its start and the result still repeats
/// seamlessly.
struct Reverb: Sendable {
    var roomSize: Float = 0.84
    var damping: Float = 0.3
    var wet: Float = 0.25

    private static let combTuning = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617]
    private static let allPassTuning = [556, 441, 341, 225]
    private static let stereoSpread = 23
    private static let inputGain: Float = 0.015

    /// `(left, right)` with the room added, as one period of a loop.
    func loop(left: [Float], right: [Float], rate: Int) -> (left: [Float], right: [Float]) {
        let input = (0..<left.count).map { (left[$0] + right[$0]) * 0.5 }
        let (wetLeft, wetRight) = wetSignal(input, rate: rate, warmUp: min(input.count, 3 * rate))
        var outLeft = left
        var outRight = right
        Oscillators.add(&outLeft, wetLeft, gain: wet)
        Oscillators.add(&outRight, wetRight, gain: wet)
        return (outLeft, outRight)
    }

    /// `(left, right)` with the room added, extended by `seconds` of tail; the last 0.2 s fade
    /// to exactly zero.
    func tail(left: [Float], right: [Float], rate: Int, seconds: Double) -> (left: [Float], right: [Float]) {
        let extra = [Float](repeating: 0, count: Int(seconds * Double(rate)))
        var outLeft = left + extra
        var outRight = right + extra
        let input = (0..<outLeft.count).map { (outLeft[$0] + outRight[$0]) * 0.5 }
        let (wetLeft, wetRight) = wetSignal(input, rate: rate, warmUp: 0)
        Oscillators.add(&outLeft, wetLeft, gain: wet)
        Oscillators.add(&outRight, wetRight, gain: wet)
        let fade = min(outLeft.count, max(1, rate / 5))
        for i in 0..<fade {
            let frame = outLeft.count - 1 - i
            outLeft[frame] *= Float(i) / Float(fade)
            outRight[frame] *= Float(i) / Float(fade)
        }
        return (outLeft, outRight)
    }

    /// The wet signal for `input`, after first running its last `warmUp` samples through the
    /// room. The comb bank is shared; each channel has its own all-pass chain (the right one
    /// slightly longer), which is what makes the two sides differ.
    ///
    /// All delay lines live in one flat buffer addressed through pointers: this loop runs for
    /// every sample of every loop, and stays fast even in debug builds.
    private func wetSignal(_ input: [Float], rate: Int, warmUp: Int) -> ([Float], [Float]) {
        let scale = Double(rate) / 44_100
        let combs = Self.combTuning.map { max(1, Int(Double($0) * scale)) }
        let passes = Self.allPassTuning.map { max(1, Int(Double($0) * scale)) }
            + Self.allPassTuning.map { max(1, Int(Double($0 + Self.stereoSpread) * scale)) }
        let lengths = combs + passes
        var starts = [Int](repeating: 0, count: lengths.count)
        for i in 1..<lengths.count { starts[i] = starts[i - 1] + lengths[i - 1] }
        var memory = [Float](repeating: 0, count: lengths.reduce(0, +))
        var positions = starts
        var stores = [Float](repeating: 0, count: combs.count)
        var left = [Float](repeating: 0, count: input.count)
        var right = [Float](repeating: 0, count: input.count)
        let (feedback, damp, combCount, passCount) = (roomSize, damping, combs.count, Self.allPassTuning.count)
        memory.withUnsafeMutableBufferPointer { line in
            positions.withUnsafeMutableBufferPointer { position in
                stores.withUnsafeMutableBufferPointer { store in
                    left.withUnsafeMutableBufferPointer { outLeft in
                        right.withUnsafeMutableBufferPointer { outRight in
                            for n in -warmUp..<input.count {
                                let x = input[n < 0 ? input.count + n : n] * Self.inputGain
                                var sum: Float = 0
                                for c in 0..<combCount {
                                    let p = position[c]
                                    let y = line[p]
                                    store[c] = y * (1 - damp) + store[c] * damp
                                    line[p] = x + store[c] * feedback
                                    position[c] = p + 1 == starts[c] + lengths[c] ? starts[c] : p + 1
                                    sum += y
                                }
                                var sides: (Float, Float) = (sum, sum)
                                for a in 0..<(2 * passCount) {
                                    let k = combCount + a
                                    let p = position[k]
                                    let delayed = line[p]
                                    let value = a < passCount ? sides.0 : sides.1
                                    line[p] = value + delayed * 0.5
                                    position[k] = p + 1 == starts[k] + lengths[k] ? starts[k] : p + 1
                                    if a < passCount { sides.0 = delayed - value } else { sides.1 = delayed - value }
                                }
                                if n >= 0 {
                                    outLeft[n] = sides.0
                                    outRight[n] = sides.1
                                }
                            }
                        }
                    }
                }
            }
        }
        return (left, right)
    }
}
