/// Finds many terms at once in normalised text (see `TextNormalizer`).
///
/// Terms are stored in compact form with every prefix of every term, so a scan walks each
/// start unit forward only while the joined units are still the prefix of some term: the cost
/// is about one hash lookup per unit, whatever the number of rules.
struct TermMatcher: Sendable {
    /// A term found in a text.
    struct Match: Hashable, Sendable {
        /// Index of the term as added.
        var term: Int
        /// The term, compact.
        var text: String
    }

    private var terms: [String: [Int]] = [:]
    private var prefixes: Set<String> = []
    private(set) var count = 0

    /// Adds a term and returns its index; an empty term (only punctuation) is ignored and
    /// returns nil.
    @discardableResult
    mutating func add(_ term: String) -> Int? {
        let compact = TextNormalizer.compact(term)
        guard !compact.isEmpty else { return nil }
        let index = count
        count += 1
        terms[compact, default: []].append(index)
        var prefix = ""
        for character in compact {
            prefix.append(character)
            prefixes.insert(prefix)
        }
        return index
    }

    /// Every term occurring in `units`, each once.
    func matches(in units: [String]) -> [Match] {
        var found: [Match] = []
        var seen: Set<Int> = []
        for start in units.indices {
            var joined = units[start]
            var end = start
            while prefixes.contains(joined) {
                if let hits = terms[joined] {
                    for hit in hits where seen.insert(hit).inserted { found.append(Match(term: hit, text: joined)) }
                }
                end += 1
                guard end < units.count else { break }
                joined += units[end]
            }
        }
        return found
    }
}
