import Basics
/// What a run's synthetic audience responds to, and how strongly: the weights of the viewer
/// model. Every run draws its own (`random(seed:)`), each weight between 0.6 and 1.4 times its
/// nominal value, and every viewer varies around the run's weights; so no fixed rule can be
/// tuned to one audience.
package struct SimulationTaste: Sendable, Hashable, Codable {
    /// Interest a fully heated moment adds (above what viewers expect of any moment).
    package var heat: Double
    /// Interest a full-impact picture adds (a blow, a snap zoom, a held reaction).
    package var impact: Double
    /// Interest a warm moment (a tender or sad face) adds.
    package var warmth: Double
    /// Interest drained per second of a line, per second the line runs past `comfortableLine`.
    package var drag: Double
    /// Seconds a line can run before it drags.
    package var comfortableLine: Double
    /// Interest drained per second while nothing happens (toward a low resting level).
    package var decay: Double
    /// Extra leaving rate per 10 s without a spike of heat or impact (relative).
    package var boredom: Double
    /// Extra chance per second of swiping away before the episode has shown any conflict.
    package var hookImpatience: Double
    /// How strongly the ending (heat, an open question, a hit) pulls into the next episode.
    package var cliffPull: Double
    /// Chance per second of leaving at ordinary interest.
    package var baseLeaving: Double

    /// Creates a taste.
    package init(
        heat: Double, impact: Double, warmth: Double, drag: Double, comfortableLine: Double, decay: Double, boredom: Double,
        hookImpatience: Double, cliffPull: Double, baseLeaving: Double
    ) {
        self.heat = heat
        self.impact = impact
        self.warmth = warmth
        self.drag = drag
        self.comfortableLine = comfortableLine
        self.decay = decay
        self.boredom = boredom
        self.hookImpatience = hookImpatience
        self.cliffPull = cliffPull
        self.baseLeaving = baseLeaving
    }

    /// The centre every run's taste is drawn around.
    package static let nominal = SimulationTaste(
        heat: 0.8, impact: 0.45, warmth: 0.25, drag: 0.012, comfortableLine: 3.2, decay: 0.012, boredom: 0.6,
        hookImpatience: 0.015, cliffPull: 1.0, baseLeaving: 0.0035)

    /// A run's taste: each weight of `nominal` scaled by a factor from 0.6 to 1.4 drawn from `seed`.
    package static func random(seed: UInt64) -> SimulationTaste {
        var random = SeededGenerator(seed: seed, keys: [0x7A57E])
        func vary(_ value: Double) -> Double { value * random.uniform(0.6...1.4) }
        let n = nominal
        return SimulationTaste(
            heat: vary(n.heat), impact: vary(n.impact), warmth: vary(n.warmth), drag: vary(n.drag),
            comfortableLine: vary(n.comfortableLine), decay: vary(n.decay), boredom: vary(n.boredom),
            hookImpatience: vary(n.hookImpatience), cliffPull: vary(n.cliffPull), baseLeaving: vary(n.baseLeaving))
    }
}
