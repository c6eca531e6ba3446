/// A small Schroeder–Moorer room (Freeverb's structure: eight damped combs in parallel, then
/// four all-passes per channel, the right channel's delays slightly longer for width).
///
/// `loop` treats its input as one period of an endless loop: it runs the room over two
/// periods and keeps the second, so the tail of the loop's end rings into its start and the
/// result still repeats seamlessly.
struct Reverb: Sendable {
    var roomSize: Float = 0.84
    var damping: Float = 0.3
    var wet: Float = 0.25

    private static let combTuning = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617]
    private static let allPassTuning = [556, 441, 341, 225]
    static let stereoSpread = 23

    /// `(left, right)` with the room added, as one period of a loop.
    func loop(left: [Float], right: [Float], rate: Int) -> (left: [Float], right: [Float]) {
        let frames = left.count
        let input = (0..<frames).map { (left[$0] + right[$0]) * 0.5 }
        let wetLeft = wetSignal(input, spread: 0, rate: rate, periods: 2)
        let wetRight = wetSignal(input, spread: Self.stereoSpread, rate: rate, periods: 2)
        var outLeft = left
        var outRight = right
        for i in 0..<frames {
            outLeft[i] += wet * wetLeft[i]
            outRight[i] += wet * wetRight[i]
        }
        return (outLeft, outRight)
    }

    /// The wet signal of one channel over the last of `periods` repetitions of `input`.
    func wetSignal(_ input: [Float], spread: Int, rate: Int, periods: Int) -> [Float] {
        let scale = Double(rate) / 44_100
        var combs = Self.combTuning.map { Comb(length: Int(Double($0 + spread) * scale), feedback: roomSize, damping: damping) }
        var allPasses = Self.allPassTuning.map { AllPass(length: Int(Double($0 + spread) * scale)) }
        var out = [Float](repeating: 0, count: input.count)
        for period in 0..<periods {
            for i in input.indices {
                let x = input[i] * 0.015
                var sum: Float = 0
                for c in combs.indices { sum += combs[c].process(x) }
                for a in allPasses.indices { sum = allPasses[a].process(sum) }
                if period == periods - 1 { out[i] = sum }
            }
        }
        return out
    }

    private struct Comb {
        var buffer: [Float]
        var index = 0
        var store: Float = 0
        let feedback: Float
        let damping: Float

        init(length: Int, feedback: Float, damping: Float) {
            buffer = [Float](repeating: 0, count: max(1, length))
            self.feedback = feedback
            self.damping = damping
        }

        mutating func process(_ x: Float) -> Float {
            let y = buffer[index]
            store = y * (1 - damping) + store * damping
            buffer[index] = x + store * feedback
            index = index + 1 == buffer.count ? 0 : index + 1
            return y
        }
    }

    private struct AllPass {
        var buffer: [Float]
        var index = 0

        init(length: Int) { buffer = [Float](repeating: 0, count: max(1, length)) }

        mutating func process(_ x: Float) -> Float {
            let delayed = buffer[index]
            buffer[index] = x + delayed * 0.5
            index = index + 1 == buffer.count ? 0 : index + 1
            return delayed - x
        }
    }
}

extension Reverb {
    /// `(left, right)` with the room added, extended by `seconds` of tail that fades to zero.
    func tail(left: [Float], right: [Float], rate: Int, seconds: Double) -> (left: [Float], right: [Float]) {
        let extra = Int(seconds * Double(rate))
        let dryLeft = left + [Float](repeating: 0, count: extra)
        let dryRight = right + [Float](repeating: 0, count: extra)
        let input = (0..<dryLeft.count).map { (dryLeft[$0] + dryRight[$0]) * 0.5 }
        let wetLeft = wetSignal(input, spread: 0, rate: rate, periods: 1)
        let wetRight = wetSignal(input, spread: Self.stereoSpread, rate: rate, periods: 1)
        var outLeft = dryLeft
        var outRight = dryRight
        let fade = min(dryLeft.count, max(1, rate / 5))
        for i in outLeft.indices {
            outLeft[i] += wet * wetLeft[i]
            outRight[i] += wet * wetRight[i]
            let remaining = outLeft.count - 1 - i
            if remaining < fade {
                outLeft[i] *= Float(remaining) / Float(fade)
                outRight[i] *= Float(remaining) / Float(fade)
            }
        }
        return (outLeft, outRight)
    }
}
