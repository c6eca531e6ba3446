import Basics
internal import Foundation

extension SequentialTest {
    /// The decision rule's state in plain words, for the studio's experiment page.
    ///
    /// - `Collecting: A has 37 viewers, B 41; the test counts from 100 each.`
    /// - `B leads (0.648 vs 0.605, +7.1 %); not decided yet; about 1,300 more viewers needed at this rate.`
    /// - `B wins (0.660 vs 0.600, +10.0 %; 95 % always-valid interval for the difference +0.021 … +0.099); decided at 2,400 viewers.`
    ///
    /// "Leads" and "wins" follow `higherIsBetter`: for a metric where lower is better the arm
    /// with the lower mean leads. The number of viewers is rounded to two significant digits.
    public func summary(control: String = "A", treatment: String = "B", higherIsBetter: Bool = true) -> String {
        func name(_ side: Side) -> String { side == .control ? control : treatment }
        func better(_ side: Side) -> Side { higherIsBetter ? side : (side == .control ? .treatment : .control) }
        guard let look = latest else { return "No viewers yet." }
        let means = "\(Self.number(look.treatment.mean)) vs \(Self.number(look.control.mean))"
        let lift = look.relativeLift.map { String(format: ", %+.1f %%", $0 * 100) } ?? ""
        switch verdict {
        case .collecting(let a, let b, let minimum):
            return
                "Collecting: \(control) has \(Self.grouped(a)) viewers, \(treatment) \(Self.grouped(b)); the test counts from \(Self.grouped(minimum)) each."
        case .decided(let winner, let viewers):
            let side = better(winner)
            let shown =
                side == .treatment
                ? "\(means)\(lift)" : "\(Self.number(look.control.mean)) vs \(Self.number(look.treatment.mean))"
            let confidence = Self.number((1 - configuration.alpha) * 100, decimals: 0)
            let range =
                interval.map {
                    "; \(confidence) % always-valid interval for the difference \(Self.signed($0.lowerBound)) … \(Self.signed($0.upperBound))"
                } ?? ""
            return "\(name(side)) wins (\(shown)\(range)); decided at \(Self.grouped(viewers)) viewers."
        case .undecided(let leader, let more):
            guard let leader else {
                return
                    "No difference so far (\(control) \(Self.number(look.control.mean)), \(treatment) \(Self.number(look.treatment.mean))); not decided yet."
            }
            let side = better(leader)
            let shown =
                side == .treatment
                ? "\(means)\(lift)" : "\(Self.number(look.control.mean)) vs \(Self.number(look.treatment.mean))"
            let projection =
                more.map { "about \(Self.grouped(Self.twoSignificantDigits($0))) more viewers needed at this rate" }
                ?? "too close to call at this rate"
            return "\(name(side)) leads (\(shown)); not decided yet; \(projection)."
        }
    }

    static func number(_ value: Double, decimals: Int? = nil) -> String {
        String(format: "%.\(decimals ?? (abs(value) < 10 ? 3 : 1))f", value)
    }

    /// `0.00042` → `0.00042`, `3.1e-09` for tiny values.
    static func pValueText(_ p: Double) -> String { String(format: "%.2g", p) }

    static func signed(_ value: Double) -> String { String(format: abs(value) < 10 ? "%+.3f" : "%+.1f", value) }

    /// `12345` → `12,345`.
    static func grouped(_ value: Int) -> String { NumberText.grouped(value) }

    /// `3847` → `3800`, `123` → `120`, `7` → `7` (at least 1 when positive).
    static func twoSignificantDigits(_ value: Int) -> Int {
        guard value >= 100 else { return value }
        var unit = 1
        while value / unit >= 100 { unit *= 10 }
        return Int((Double(value) / Double(unit)).rounded()) * unit
    }
}
