import Foundation

/// A set of episode numbers as users write them on the command line: `7`, `5-12`, `1-3,8`.
public struct EpisodeSelection: Sendable, Hashable, CustomStringConvertible {
    /// The ranges, as written.
    public var ranges: [ClosedRange<Int>]

    /// Creates a selection from ranges.
    public init(ranges: [ClosedRange<Int>]) { self.ranges = ranges }

    /// The selection of exactly `numbers`, compacted into ranges (`1,2,3,8` → `1-3,8`).
    public init(numbers: some Sequence<Int>) {
        var ranges: [ClosedRange<Int>] = []
        for n in Set(numbers).sorted() {
            if let last = ranges.last, last.upperBound + 1 == n {
                ranges[ranges.count - 1] = last.lowerBound...n
            } else {
                ranges.append(n...n)
            }
        }
        self.ranges = ranges
    }

    /// Parses `7`, `5-12` or a comma-separated list of those.
    /// - Throws: `DramaModelError` with code `invalidArgument` naming the bad part.
    public init(parsing text: String) throws(DramaModelError) {
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            ranges.append(try Self.parseRange(String(part)))
        }
        self.ranges = ranges
    }

    /// Parses one `N` or `A-B` range.
    /// - Throws: `DramaModelError` with code `invalidArgument`.
    public static func parseRange(_ text: String) throws(DramaModelError) -> ClosedRange<Int> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let bounds = trimmed.split(separator: "-", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        switch bounds.count {
        case 1:
            if let n = bounds[0], n >= 1 { return n...n }
        case 2:
            if let a = bounds[0], let b = bounds[1], a >= 1, a <= b { return a...b }
        default: break
        }
        throw DramaModelError(
            code: .invalidArgument,
            message: "'\(trimmed)' is not an episode range: write N, FIRST-LAST or a comma list, e.g. 5-12 or 1-3,8")
    }

    /// The selected episode numbers that exist in a season of `count` episodes, ascending.
    public func episodes(in count: Int) -> [Int] {
        Set(ranges.flatMap { Array($0) }).filter { (1...max(count, 1)).contains($0) }.sorted()
    }

    /// Numbers that are selected but beyond a season of `count` episodes.
    public func outOfRange(in count: Int) -> [Int] {
        Set(ranges.flatMap { $0.upperBound > count ? Array(max($0.lowerBound, count + 1)...$0.upperBound) : [] }).sorted()
    }

    public var description: String {
        ranges.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ",")
    }
}
