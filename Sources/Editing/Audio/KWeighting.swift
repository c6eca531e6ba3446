import Foundation

/// The K-weighting filter of ITU-R BS.1770-4: a high-shelf "pre-filter" (+4 dB above about
/// 1.5 kHz, modelling the head) followed by the RLB high-pass (about 38 Hz).
///
/// The recommendation tabulates coefficients for 48 kHz only; these are derived for any rate
/// from the analogue prototype (centre frequency, gain and Q of each stage, as in libebur128),
/// which reproduces the 48 kHz table to six decimals.
struct KWeighting: Sendable {
    private var shelf: Biquad
    private var highPass: Biquad

    init(sampleRate: Int) {
        let rate = Double(sampleRate)
        // Stage 1: high shelf.
        var f0 = 1681.974450955533
        let gain = 3.999843853973347
        var q = 0.7071752369554196
        var k = tan(Double.pi * f0 / rate)
        let vh = pow(10, gain / 20)
        let vb = pow(vh, 0.4996667741545416)
        var a0 = 1 + k / q + k * k
        shelf = Biquad(
            b0: (vh + vb * k / q + k * k) / a0,
            b1: 2 * (k * k - vh) / a0,
            b2: (vh - vb * k / q + k * k) / a0,
            a1: 2 * (k * k - 1) / a0,
            a2: (1 - k / q + k * k) / a0)
        // Stage 2: RLB high-pass.
        f0 = 38.13547087602444
        q = 0.5003270373238773
        k = tan(Double.pi * f0 / rate)
        a0 = 1 + k / q + k * k
        highPass = Biquad(b0: 1, b1: -2, b2: 1, a1: 2 * (k * k - 1) / a0, a2: (1 - k / q + k * k) / a0)
    }

    /// The next K-weighted sample.
    @inline(__always)
    mutating func process(_ x: Double) -> Double {
        highPass.process(shelf.process(x))
    }
}
