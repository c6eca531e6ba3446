/// What a premise says about the cast, read with simple English heuristics: the first noun
/// phrase names the protagonist ("a broke intern"), the last one their counterpart ("a cold
/// CEO"), and gendered words hint at the protagonist's gender.
struct PremiseHints: Sendable, Hashable {
    var protagonist: String?
    var counterpart: String?
    var protagonistFemale: Bool?

    static let determiners: Set<String> = ["a", "an", "the", "her", "his", "their", "my"]
    static let stopWords: Set<String> = [
        "with", "and", "who", "to", "of", "for", "in", "on", "at", "after", "before", "from", "but", "when", "while",
        "that", "by", "is", "are", "was", "into", "as", "only", "must", "will", "finds", "discovers", "falls",
    ]
    static let tropeWords: Set<String> = ["contract", "marriage", "revenge", "murder", "case", "secret", "deal", "wedding", "death", "past"]
    static let femaleWords: Set<String> = ["wife", "woman", "girl", "daughter", "heiress", "bride", "princess", "consort", "maid", "actress", "widow", "mother", "sister", "queen", "lady", "concubine", "she", "her", "girlfriend", "fiancée"]
    static let maleWords: Set<String> = ["husband", "man", "boy", "son", "heir", "groom", "prince", "king", "father", "brother", "he", "his", "boyfriend", "son-in-law", "emperor"]

    init(premise: String) {
        let words = premise.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).map(String.init)
        var phrases: [[String]] = []
        var index = 0
        while index < words.count {
            if Self.determiners.contains(words[index].lowercased()) {
                var phrase: [String] = []
                var next = index + 1
                while next < words.count, phrase.count < 3 {
                    let word = words[next]
                    let lower = word.lowercased()
                    if Self.stopWords.contains(lower) || Self.determiners.contains(lower) { break }
                    // "signs", "returns": a verb right after the noun ends the phrase.
                    if !phrase.isEmpty, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"), lower.count > 3 { break }
                    phrase.append(word)
                    next += 1
                }
                if !phrase.isEmpty { phrases.append(phrase) }
                index = next
            } else {
                index += 1
            }
        }
        let people = phrases.filter { !$0.contains { Self.tropeWords.contains($0.lowercased()) } }
        func label(_ phrase: [String]) -> String {
            "the " + phrase.map { $0 == $0.uppercased() && $0.count > 1 ? $0 : $0.lowercased() }.joined(separator: " ")
        }
        protagonist = people.first.map(label)
        counterpart = people.count > 1 ? people.last.map(label) : nil
        let first = Set((people.first ?? []).map { $0.lowercased() })
        let all = Set(words.map { $0.lowercased() })
        if !first.isDisjoint(with: Self.femaleWords) {
            protagonistFemale = true
        } else if !first.isDisjoint(with: Self.maleWords) {
            protagonistFemale = false
        } else if all.contains("her") && !all.contains("his") {
            protagonistFemale = true
        } else if all.contains("his") && !all.contains("her") {
            protagonistFemale = false
        }
    }
}
