import Basics
public import DramaModel
public import Foundation

/// A synthetic audience for development and demos: viewer agents whose attention responds to
/// what each episode measurably contains, producing viewer events labelled synthetic.
///
/// Each viewer carries an interest level. Every moment nudges it by what it shows — heated
/// words and faces, a hit of the camera, warmth — relative to what viewers expect of any
/// moment; long lines drain it while they run; it sags while nothing happens. The chance of
/// swiping away each second rises as interest falls and as time passes since the last spike,
/// and is higher until the episode first shows conflict (the hook). At the end the ending's
/// heat, open question and hit, with the interest left, decide whether the viewer goes on to
/// the next episode; at the paywall, interest decides whether they unlock. Some viewers
/// rewind a hit to see it again, rewatch an episode, or like it.
///
/// The weights (`SimulationTaste`) are drawn per run from the seed and vary per viewer, and
/// the model never reads beat labels (docs/audience-simulation.md). Same settings and
/// episodes → the same events.
///
/// ```swift
/// let audience = SimulatedAudience(settings: .init(viewers: 2_000, seed: 7, start: Date()))
/// let run = audience.run(series: "midnight-contract", episodes: episodes, paywallEpisode: 10)
/// let report = try await SimulationPoster(baseURL: "http://127.0.0.1:8080").post(run.events)
/// ```
public struct SimulatedAudience: Sendable {
    /// How a run is set up.
    public struct Settings: Sendable, Hashable {
        /// How many viewers start episode 1.
        public var viewers: Int
        /// The seed: taste, viewers and every draw follow from it.
        public var seed: UInt64
        /// When the first viewer may arrive; viewers arrive over the following `arrivalWindow`.
        public var start: Date
        /// How long arrivals are spread over.
        public var arrivalWindow: MediaTime
        /// The variant recorded on every event.
        public var variant: String
        /// The taste; `nil` draws one from the seed.
        package var taste: SimulationTaste?
        /// Heartbeat interval while playing.
        public var heartbeat: MediaTime
        /// The series' hidden appeal: planted truth for a test bench, never written anywhere the
        /// code under test can read it. 0 is neutral; a positive appeal divides every leaving
        /// rate (the ordinary one and the hook's impatience) by `exp(appeal)` and adds `appeal`
        /// to the odds (logit) of going on to the next episode and of unlocking the paywall, so
        /// a more appealing series has a higher hook, completion, continue and paywall rate
        /// whatever its scripts contain. Typical planted values lie within −1…1.
        package var appeal: Double
        /// Hidden effects of experiment variants, by variant name: applied to a viewer's viewing
        /// of an episode when they are shown that variant (`SimulationVariants`, or the run's
        /// `variant` for every episode). Planted truth for testing experiments: never derived
        /// from the episodes' content.
        package var variantEffects: [String: SimulationVariantEffect]
        /// Extra chance per second of leaving while a line plays, by line id: planted truth (a
        /// line that loses one edition's viewers), never derived from the line's words.
        package var lineLeaving: [LineID: Double] = [:]

        /// Creates settings.
        package init(
            viewers: Int, seed: UInt64, start: Date = Date(), arrivalWindow: MediaTime = .seconds(6 * 3600),
            variant: String = "synthetic", taste: SimulationTaste? = nil, heartbeat: MediaTime = .seconds(5),
            appeal: Double = 0, variantEffects: [String: SimulationVariantEffect] = [:]
        ) {
            self.viewers = viewers
            self.seed = seed
            self.start = start
            self.arrivalWindow = arrivalWindow
            self.variant = variant
            self.taste = taste
            self.heartbeat = heartbeat
            self.appeal = appeal
            self.variantEffects = variantEffects
        }
    }

    /// The settings.
    public var settings: Settings

    /// Creates an audience.
    public init(settings: Settings) {
        self.settings = settings
    }

    /// Simulates every viewer through `episodes` (in order) of series `series`.
    ///
    /// - Parameter paywallEpisode: the first paid episode: viewers must unlock it to go on.
    public func run(series: String, episodes: [SimulatedEpisode], paywallEpisode: Int? = nil) -> SimulationRun {
        run(series: series, episodes: episodes, paywallEpisode: paywallEpisode, variants: nil)
    }

    /// Simulates every viewer through `episodes` (in order) of series `series`, showing each
    /// viewer the variant of an episode that `variants` assigns them (an A/B test of episode
    /// cuts), with that variant's hidden effect from `settings.variantEffects`.
    ///
    /// ```swift
    /// var settings = SimulatedAudience.Settings(viewers: 4_000, seed: 7)
    /// settings.variantEffects = ["cold-open": SimulationVariantEffect(hookImpatience: 0.5)]
    /// let variants = SimulationVariants(episodes: [1: ["cold-open": coldOpen]]) { viewer, episode in
    ///     StableHash.of("hook-test", viewer) % 2 == 0 ? "cold-open" : nil
    /// }
    /// let run = SimulatedAudience(settings: settings).run(series: "jade", episodes: episodes, paywallEpisode: 10, variants: variants)
    /// ```
    /// - Parameter paywallEpisode: the first paid episode: viewers must unlock it to go on.
    package func run(series: String, episodes: [SimulatedEpisode], paywallEpisode: Int?, variants: SimulationVariants?) -> SimulationRun {
        let taste = settings.taste ?? SimulationTaste.random(seed: settings.seed)
        var events: [SimulatedEvent] = []
        let startMs = Int64((settings.start.timeIntervalSince1970 * 1000).rounded())
        for viewer in 0..<max(0, settings.viewers) {
            var agent = SimulationViewer(
                index: viewer, settings: settings, taste: taste, series: series, startMs: startMs)
            agent.watch(episodes, paywallEpisode: paywallEpisode, variants: variants)
            events.append(contentsOf: agent.events)
        }
        return SimulationRun(series: series, seed: settings.seed, viewers: settings.viewers, taste: taste, events: events)
    }

    /// A series' hidden appeal when no test plants one: drawn from the run's seed and the
    /// series id (normal, mean 0, standard deviation 0.35), so a slate's premises differ in a
    /// way the scripts do not show and the report must find. Nothing stores it; a test bench
    /// that wants to know the truth plants `Settings.appeal` itself.
    package static func hiddenAppeal(seed: UInt64, series: String) -> Double {
        var random = SeededGenerator(seed: seed, keys: [0xA99E_A1, StableHash.of("appeal", series)])
        return 0.35 * random.normal()
    }
}

/// One synthetic viewer working through a series.
struct SimulationViewer {
    let index: Int
    let settings: SimulatedAudience.Settings
    let taste: SimulationTaste
    let series: String
    let anonymousID: String
    let sessionID: String
    /// The viewer's own factors around the run's taste.
    let leaving: Double
    let heatFactor: Double
    let impactFactor: Double
    let warmthFactor: Double
    let dragFactor: Double
    let boredomFactor: Double
    let hookFactor: Double
    let cliffFactor: Double
    private(set) var events: [SimulatedEvent] = []
    /// The variant recorded on the events of the episode being watched.
    private var variant: String
    /// The wall clock, in milliseconds since 1970.
    private var clock: Double
    private var interest: Double
    private var counter = 0

    /// Interest viewers expect of any moment: moments above it raise interest, below lower it.
    static let expected = 0.22
    /// The stimulus that counts as a spike (resets the time since the last one).
    static let spike = 0.3

    init(index: Int, settings: SimulatedAudience.Settings, taste: SimulationTaste, series: String, startMs: Int64) {
        self.index = index
        self.settings = settings
        self.taste = taste
        self.series = series
        var random = SeededGenerator(seed: settings.seed, keys: [1, UInt64(index)])
        leaving = random.factor(0.35)
        heatFactor = random.factor(0.3)
        impactFactor = random.factor(0.3)
        warmthFactor = random.factor(0.5)
        dragFactor = random.factor(0.3)
        boredomFactor = random.factor(0.3)
        hookFactor = random.factor(0.3)
        cliffFactor = random.factor(0.3)
        interest = random.uniform(0.85...1.15)
        clock = Double(startMs) + random.unit() * settings.arrivalWindow.seconds * 1000
        anonymousID = "synthetic-\(settings.seed)-\(index)"
        variant = settings.variant
        sessionID = "synthetic-\(settings.seed)-\(index)-1"
    }

    mutating func watch(_ episodes: [SimulatedEpisode], paywallEpisode: Int?, variants: SimulationVariants?) {
        // exp(-0) is exactly 1 and adding 0 changes nothing: unplanted runs are unchanged.
        let appealFactor = exp(-settings.appeal)
        for (position, shown) in episodes.enumerated() {
            // The cut this viewer is shown, and the hidden effect of its variant.
            var episode = shown
            var effect: SimulationVariantEffect?
            if let name = variants?.assignment(anonymousID, shown.number) {
                variant = name
                if let alternative = variants?.episodes[shown.number]?[name] {
                    episode = alternative
                    episode.number = shown.number
                }
                effect = settings.variantEffects[name]
            } else {
                variant = settings.variant
                effect = settings.variantEffects[settings.variant]
            }
            // Every decision about this episode has its own draw, in a fixed order.
            var random = SeededGenerator(seed: settings.seed, keys: [2, UInt64(index), UInt64(episode.number)])
            let unlockDraw = random.unit()
            let likeDraw = random.unit()
            let rewatchDraw = random.unit()
            let goOnDraw = random.unit()
            let pause = random.unit()
            if episode.number == paywallEpisode {
                let unlock = 0.1 + 0.3 / (1 + exp(-(3 * (interest - 1) + settings.appeal)))
                guard unlockDraw < unlock else { return }
                emit(.unlocked, episode: episode.number, position: nil)
                clock += (2 + 6 * pause) * 1000
            }
            if let effect, effect.interest != 0 { interest = min(2, max(0, interest + effect.interest)) }
            let outcome = play(episode, firstEpisode: position == 0, viewing: 0, appealFactor: appealFactor, effect: effect)
            guard outcome.completed else { return }
            if likeDraw < 0.04 + 0.1 * max(0, outcome.peak - 1) {
                emit(.liked, episode: episode.number, position: episode.duration)
            }
            // A few viewers watch an episode that hit hard again.
            if outcome.peak > 1.4, rewatchDraw < 0.03 {
                clock += (1 + 2 * pause) * 1000
                _ = play(episode, firstEpisode: false, viewing: 1, appealFactor: appealFactor, effect: effect)
            }
            let pull = taste.cliffPull * cliffFactor * 4 * (outcome.cliffhanger - 0.45) + (effect?.cliffPull ?? 0)
            let goOn = 1 / (1 + exp(-(1.4 + pull + 1.5 * (interest - 1) + 0.06 * Double(min(position, 10)) + settings.appeal)))
            guard goOnDraw < goOn else { return }
            clock += (1 + 3 * pause) * 1000
        }
    }

    struct Outcome {
        var completed: Bool
        var peak: Double
        var cliffhanger: Double
    }

    /// Plays one episode (`viewing` 0 the first time, 1 a rewatch).
    ///
    /// The moment of leaving is drawn once per viewing, as a threshold the accumulated
    /// leaving rate must reach: the same viewer meets a changed episode with the same
    /// patience, so comparisons between versions of a script are not drowned in noise.
    mutating func play(_ episode: SimulatedEpisode, firstEpisode: Bool, viewing: UInt64, appealFactor: Double, effect: SimulationVariantEffect?) -> Outcome {
        var random = SeededGenerator(seed: settings.seed, keys: [3, UInt64(index), UInt64(episode.number), viewing])
        let threshold = -log(max(1e-12, random.unit()))
        var accumulated = 0.0
        emit(.playbackStarted, episode: episode.number, position: .zero)
        let heartbeat = max(settings.heartbeat.seconds, 0.5)
        var watched = 0.0
        var nextBeat = heartbeat
        var sinceSpike = 0.0
        var hooked = false
        var peak = interest
        var rewound = false
        var index = 0
        var position = 0.0
        let hookWeight = firstEpisode ? 1.0 : 0.4
        let impatience = taste.hookImpatience * (effect?.hookImpatience ?? 1)
        while index < episode.moments.count {
            let moment = episode.moments[index]
            let stimulus = taste.heat * heatFactor * moment.heat + taste.impact * impactFactor * moment.impact
                + taste.warmth * warmthFactor * moment.warmth
            if position <= moment.start.seconds + 0.001 {
                interest = min(2, max(0, interest + stimulus - Self.expected * (moment.line == nil ? 0.3 : 1)))
                if stimulus >= Self.spike {
                    sinceSpike = 0
                    hooked = true
                }
                peak = max(peak, interest)
            }
            let end = moment.end.seconds
            let lineDrag = taste.drag * dragFactor * max(0, moment.spokenSeconds - taste.comfortableLine)
            while position < end - 1e-9 {
                let step = min(1, end - position)
                interest = max(0, interest - step * (lineDrag + taste.decay * max(0, interest - 0.8)))
                var rate = taste.baseLeaving * leaving * exp(-2.5 * (interest - 1))
                rate *= 1 + taste.boredom * boredomFactor * max(0, sinceSpike - 5) / 10
                if !hooked { rate += impatience * hookFactor * hookWeight }
                if let line = moment.line, let extra = settings.lineLeaving[LineID(episode: episode.number, ordinal: line + 1)] { rate += extra }
                rate *= appealFactor
                accumulated += rate * step
                if accumulated >= threshold {
                    let at = position + step * max(0, 1 - (accumulated - threshold) / max(rate * step, 1e-12))
                    advance(by: at - position, watched: &watched, nextBeat: &nextBeat, heartbeat: heartbeat, position: position, episode: episode.number)
                    emit(.swipedAway, episode: episode.number, position: .seconds(at))
                    return Outcome(completed: false, peak: peak, cliffhanger: 0)
                }
                advance(by: step, watched: &watched, nextBeat: &nextBeat, heartbeat: heartbeat, position: position, episode: episode.number)
                position += step
                sinceSpike += step
            }
            // A hit makes a few viewers rewind to see it again (once per viewing).
            if !rewound, moment.impact >= 0.8, random.chance(0.04) {
                rewound = true
                position = max(0, moment.start.seconds - 2)
                index = episode.moments.firstIndex { $0.end.seconds > position } ?? index
                continue
            }
            index += 1
        }
        emit(.playbackCompleted, episode: episode.number, position: episode.duration)
        return Outcome(completed: true, peak: peak, cliffhanger: Self.cliffhanger(of: episode))
    }

    /// How strongly an episode ends: the last line's heat and open question, and the hardest
    /// hit of its last two moments.
    static func cliffhanger(of episode: SimulatedEpisode) -> Double {
        guard let last = episode.moments.last(where: { $0.line != nil }) else { return 0 }
        let hit = episode.moments.suffix(2).map(\.impact).max() ?? 0
        return 0.45 * last.heat + 0.3 * (last.openQuestion ? 1 : 0) + 0.25 * hit
    }

    /// Moves the clock on by `seconds` of watching from `position`, sending a heartbeat each
    /// time the watching time crosses a multiple of the heartbeat interval.
    private mutating func advance(by seconds: Double, watched: inout Double, nextBeat: inout Double, heartbeat: Double, position: Double, episode: Int) {
        let from = watched
        let base = clock
        watched += seconds
        while nextBeat <= watched {
            clock = base + (nextBeat - from) * 1000
            emit(.contentPlaying, episode: episode, position: .seconds(position + nextBeat - from))
            nextBeat += heartbeat
        }
        clock = base + seconds * 1000
    }

    private mutating func emit(_ name: SimulatedEvent.Name, episode: Int, position: MediaTime?) {
        counter += 1
        let properties = SimulatedEvent.Properties(
            series: series, episode: episode, positionMs: position.map { $0.converted(to: 1000).value }, sessionID: sessionID,
            variant: variant, synthetic: true)
        events.append(SimulatedEvent(
            messageID: "synthetic-\(settings.seed)-\(index)-\(counter)", event: name, anonymousID: anonymousID,
            timestamp: SimulatedEvent.isoTimestamp(milliseconds: Int64(clock.rounded())), properties: properties))
    }
}
