import DramaModel
import Foundation
import Screenplay
@testable import StoryEngine
import Testing

/// A grammar check of slot filling over whole seasons: 80 episodes of 10 English and 10 Chinese
/// premises from the premise set (`Premises/premises.txt`), written by the built-in writer.
///
/// What it covers, in every line people read (dialogue, parentheticals, action, synopses,
/// titles):
/// - **unfilled slots**: a `{` or `}` left in the text;
/// - **English**: two determiners in a row ("the the", "a the"), a determiner before a thing
///   the bible already words with its own ("The real the divorce papers"), a plural thing of
///   the bible with a singular verb ("the divorce papers is", "the DNA test results lies"),
///   a line or sentence that starts in lower case ("the divorce papers …"), and a title
///   spoken of in the third person without its article ("cry to Noble Consort");
/// - **Chinese**: English words (ids such as "mother alive", "framed") in Chinese text — only
///   loan acronyms of up to four letters (DNA, CEO, VIP, WiFi) are Chinese usage — doubled
///   measure words ("一份那份"), and a doubled 的.
///
/// It does not judge meaning (whether a line answers the one before), only form.
@Suite struct GrammarCheckTests {
    /// The first ten premises of each language in the set.
    static let premises: [String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Premises/premises.txt")
        let lines = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").filter { !$0.hasPrefix("#") }
        let all = lines.compactMap { $0.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } }
        let chinese = all.filter { $0.unicodeScalars.contains { $0.properties.isIdeographic } }
        let english = all.filter { !$0.unicodeScalars.contains { $0.properties.isIdeographic } }
        return Array(english.prefix(10)) + Array(chinese.prefix(10))
    }()

    /// The text people read in a script, line by line, with what kind of line it is.
    static func readable(_ document: FountainDocument) -> [(kind: String, text: String)] {
        document.elements.compactMap { element in
            switch element {
            case .action(let text, _): ("action", text)
            case .dialogue(let text): ("dialogue", text)
            case .parenthetical(let text): ("parenthetical", text)
            case .synopsis(let text): ("synopsis", text)
            case .centered(let text): ("centered", text)
            default: nil
            }
        } + document.titlePage.filter { $0.key == "Episode Title" || $0.key == "Title" }.flatMap { $0.values.map { ("title", $0) } }
    }

    /// Every problem found in one line of `language`, given the bible's things and cast.
    static func problems(in text: String, kind: String, language: Language, series: Series) -> [String] {
        var found: [String] = []
        if text.contains("{") || text.contains("}") { found.append("unfilled slot") }
        switch language {
        case .es:
            break  // the built-in writer writes no Spanish
        case .en:
            let lower = text.lowercased()
            if lower.range(of: #"\b(the|a|an)\s+(the|a|an)\b"#, options: .regularExpression) != nil { found.append("two determiners") }
            let things = series.props.map(\.name) + series.locations.compactMap(\.spoken)
            for thing in things {
                let phrase = EnglishGrammar.NounPhrase(thing)
                let full = NSRegularExpression.escapedPattern(for: thing.lowercased())
                // "the the will", "The real the divorce papers" (an adjective between), but not
                // "the page the cold case file was missing" (a noun, then a new phrase).
                let adjectives = "real|fake|true|same|other|old|new|whole|missing|very|only|last|first|stolen|original|hidden|lost"
                if phrase.bare != thing,
                   lower.range(of: #"\b(the|a|an|this|my|your|his|our|their)\s+(("# + adjectives + #")\s+)?"# + full + #"\b"#, options: .regularExpression) != nil {
                    found.append("a determiner before '\(thing)'")
                }
                if phrase.plural {
                    let bare = NSRegularExpression.escapedPattern(for: phrase.bare.lowercased())
                    if lower.range(of: #"\b"# + bare + #"\s+(is|was|has|does|isn't|wasn't|hasn't|doesn't|lies|looks|goes)\b"#, options: .regularExpression) != nil {
                        found.append("'\(thing)' with a singular verb")
                    }
                }
            }
            if kind != "parenthetical", kind != "title", let first = text.first(where: { $0.isLetter }), first.isLowercase,
               !text.hasPrefix("..."), !text.hasPrefix("…") {
                found.append("starts in lower case")
            }
            for member in series.characters {
                guard let title = member.address, title.split(separator: " ").count >= 2, !title.hasPrefix("Your") else { continue }
                let pattern = #"\b(to|with|for|from|at|about|of|tell|ask|than|like|by)\s+"# + NSRegularExpression.escapedPattern(for: title)
                if text.range(of: pattern, options: .regularExpression) != nil { found.append("'\(title)' spoken of without its article") }
            }
        case .zh:
            let words = text.split { !($0.isASCII && $0.isLetter) }
            for word in words where word.count > 4 || (word.count > 1 && word.allSatisfy(\.isLowercase)) {
                found.append("English '\(word)' in Chinese text")
            }
            if text.range(of: "[一这那][个份张块枚把本封条段只件串][这那][个份张块枚把本封条段只件串]", options: .regularExpression) != nil {
                found.append("doubled measure word")
            }
            if text.contains("的的") { found.append("doubled 的") }
        }
        return found
    }

    @Test func theSetHoldsTenPremisesOfEachLanguage() {
        #expect(Self.premises.count == 20)
    }

    @Test(arguments: premises)
    func eightyEpisodesHaveNoBrokenSlotFilling(premise: String) throws {
        let language: Language = premise.unicodeScalars.contains { $0.properties.isIdeographic } ? .zh : .en
        let writer = BeatSheetWriter()
        let series = try writer.makeBible(PremiseRequest(premise: premise, episodes: 80, language: language, seed: 7))
        let scripts = try writer.writeSeason(series, plan: try writer.planSeason(series))
        #expect(scripts.count == 80)
        var problems: [String] = []
        var lines = 0
        for script in scripts {
            for (kind, text) in Self.readable(script.document) {
                lines += 1
                for problem in Self.problems(in: text, kind: kind, language: language, series: series) {
                    problems.append("episode \(script.number), \(kind) “\(text)”: \(problem)")
                }
            }
        }
        #expect(lines > 80 * 20)
        #expect(problems.isEmpty, "\(problems.count) problems in “\(premise)”:\n\(problems.prefix(12).joined(separator: "\n"))")
    }

    @Test func theCheckFindsWhatItLooksFor() {
        // The check itself, on lines broken the ways slot filling used to break them.
        var series = Series(
            title: "T", premise: "p", genre: .palace, tone: "", format: SeriesFormat(episodes: 1),
            characters: [CastMember(id: "c", name: "Lady Hua", role: .antagonist, gender: .female, address: "Noble Consort")], locations: [])
        series.props = [Prop(id: "papers", name: "the divorce papers"), Prop(id: "dna", name: "the DNA test results")]
        let en: [(String, String)] = [
            ("The real the divorce papers was never here.", "a determiner before 'the divorce papers'"),
            ("the divorce papers is mine again.", "starts in lower case"),
            ("The DNA test results lies.", "'the DNA test results' with a singular verb"),
            ("Go on, cry to Noble Consort.", "'Noble Consort' spoken of without its article"),
            ("Give me {prop}.", "unfilled slot"),
            ("Take the the ring.", "two determiners"),
        ]
        for (line, expected) in en {
            #expect(Self.problems(in: line, kind: "dialogue", language: .en, series: series).contains(expected), "\(line)")
        }
        #expect(Self.problems(in: "Go on, cry to the Noble Consort. The divorce papers are mine.", kind: "dialogue", language: .en, series: series).isEmpty)
        #expect(Self.problems(in: "许书瑶得知了一个秘密（mother alive）。", kind: "synopsis", language: .zh, series: series).contains("English 'mother' in Chinese text"))
        #expect(Self.problems(in: "把一份那份遗嘱交出来。", kind: "dialogue", language: .zh, series: series) == ["doubled measure word"])
        #expect(Self.problems(in: "DNA报告和CEO的WiFi密码。", kind: "dialogue", language: .zh, series: series).isEmpty)
    }
}
