/// Episode numbers as ranges, the way commands and messages write them.
package enum EpisodeRanges {
    /// `4-12`, `4-6,9`.
    package static func text(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var start: Int?
        var previous = 0
        for n in numbers.sorted() {
            if start != nil, n == previous + 1 {
                previous = n
                continue
            }
            if let s = start { parts.append(s == previous ? "\(s)" : "\(s)-\(previous)") }
            start = n
            previous = n
        }
        if let s = start { parts.append(s == previous ? "\(s)" : "\(s)-\(previous)") }
        return parts.joined(separator: ",")
    }
}
