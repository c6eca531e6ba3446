import DramaModel

/// Applies per-generator concurrency limits: which generators may not start another job.
public enum ConcurrencyGate {
    /// The generators among `generators` that are at a limit: for each limit, the running jobs
    /// of every generator matching its glob are added up; the first matching limit applies.
    package static func saturated(
        generators: Set<String>, running: [String: Int], limits: [ProductionSettings.ConcurrencyLimit]
    ) -> Set<String> {
        var blocked: Set<String> = []
        for generator in generators {
            guard let limit = limits.first(where: { GeneratorPattern.matches($0.generator, generator) }) else { continue }
            let inUse = running.filter { GeneratorPattern.matches(limit.generator, $0.key) }.values.reduce(0, +)
            if inUse >= limit.limit { blocked.insert(generator) }
        }
        return blocked
    }
}
