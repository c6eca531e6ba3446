import Foundation
import Production

extension Retakes {
    /// The history's detail of a regenerate: `shot 3 take 2, shot 4 take 2`.
    static func describe(_ taken: [Int: Int]) -> String {
        taken.keys.sorted().map { "shot \($0) take \(taken[$0]!)" }.joined(separator: ", ")
    }

    /// The shots and takes a regenerate's detail names (the inverse of `describe`).
    static func taken(in detail: String) -> [Int: Int] {
        var taken: [Int: Int] = [:]
        for part in detail.split(separator: ",") {
            let words = part.split(separator: " ")
            guard words.count == 4, words[0] == "shot", words[2] == "take", let shot = Int(words[1]), let take = Int(words[3]) else { continue }
            taken[shot] = take
        }
        return taken
    }
}
