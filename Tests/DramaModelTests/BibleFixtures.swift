import Foundation

/// A small valid bible used across tests; each test breaks one thing on purpose.
enum BibleFixtures {
    static let valid = """
        title: Midnight Contract
        premise: A broke intern signs a contract marriage with a cold CEO
        genre: romance
        tone: sweet and sharp
        format:
          episodes: 12
          target_seconds: 90
          paywall_episode: 4
          aspect: "9:16"
          languages: [en]
        writer:
          engine: beat-sheet
          seed: 7
        characters:
          - id: chloe
            name: Chloe Lin
            role: protagonist
            gender: female
            look:
              age: 24
              palette: ["#1f3a5f", "#f2e8cf"]
            voice:
              pitch: 60
              rate: 170
          - id: adrian
            name: Adrian Gu
            role: lead
            gender: male
          - id: vivian
            name: Vivian Shaw
            role: rival
            likeness:
              kind: original
        locations:
          - id: office
            name: GU TOWER - CEO OFFICE
            spoken: the office
            setting: interior
          - id: rooftop
            name: GU TOWER - ROOFTOP
            setting: exterior
        props:
          - id: contract
            name: the contract
            holder: chloe
        secrets:
          - id: donor
            hint: who paid your mother's bills
            reveal: It was Adrian. He paid every bill.
            known_by: [adrian]
            reveal_to: chloe
            reveal_in: 3
            major: true
        arcs:
          - id: bond
            title: Chloe and Adrian
            characters: [chloe, adrian]
            episodes: 1-12

        """

    /// `valid` with one line replaced.
    static func replacing(_ old: String, with new: String) -> String {
        precondition(valid.contains(old), "fixture has no '\(old)'")
        return valid.replacingOccurrences(of: old, with: new)
    }
}
