import Basics
import DramaModel
import Foundation
@testable import Governance
import Testing

@Suite struct PolicyGateTests {
    let gate = PolicyGate(rules: .builtIn)

    func rules(in line: String, scope: String = "script") -> Set<String> {
        let findings: [PolicyFinding] = switch scope {
        case "prompt": gate.scan(prompt: line, label: "test")
        default: gate.scan(script: "INT. OFFICE - DAY\n\n\(line)\n", episode: 1)
        }
        return Set(findings.map(\.rule))
    }

    /// Every category, in English and Chinese, plain and with an evasion.
    @Test(arguments: [
        // minors-sexual: co-occurrence and direct terms
        ("The underage girl undresses for him", "en.minors-sexual", "script"),
        ("the m.i.n.o.r is n a k e d", "en.minors-sexual", "script"),
        ("他和未成年人上床", "zh.minors-sexual", "script"),
        ("幼 女 裸 照", "zh.minors-sexual", "script"),
        ("weichengnian luoti", "zh.minors-sexual", "script"),
        // political figures
        ("Donald Trump walks in.", "en.political-figure", "script"),
        ("ＤＯＮＡＬＤ　ＴＲＵＭＰ walks in.", "en.political-figure", "script"),  // full-width
        ("Vlаdimir Рutin smiles", "en.political-figure", "script"),  // Cyrillic а and Р
        ("习近平来了", "zh.political-figure", "script"),
        ("Xi Jin Ping 来了", "zh.political-figure", "script"),  // pinyin with spacing
        ("xí jìnpíng", "zh.political-figure", "script"),  // pinyin with tone marks
        // hate
        ("We need ethnic cleansing", "en.hate", "script"),
        ("Heil   Hit-ler!", "en.hate", "script"),
        ("你这个支那人", "zh.hate", "script"),
        ("zhi na ren", "zh.hate", "script"),
        // self-harm instructions
        ("Here is how to kill yourself", "en.self-harm.instructions", "script"),
        ("k i l l  y o u r s e l f", "en.self-harm.instructions", "script"),
        ("教你自杀方法", "zh.self-harm.instructions", "script"),
        ("ruhe zisha", "zh.self-harm.instructions", "script"),
        // copyrighted style, in prompts
        ("a city street in the style of Pixar", "en.copyrighted-style", "prompt"),
        ("Ｐｉｋａｃｈｕ on her bag", "en.copyrighted-style", "prompt"),
        ("宫崎骏风格的街道", "zh.copyrighted-style", "prompt"),
        ("gong qi jun feng ge", "zh.copyrighted-style", "prompt"),
        // age rating
        ("What the f.u.c.k", "en.age-rating", "script"),
        ("他妈的", "zh.age-rating", "script"),
        ("ta ma de", "zh.age-rating", "script"),
    ])
    func findsEachCategoryThroughEvasions(line: String, rule: String, scope: String) {
        #expect(rules(in: line, scope: scope).contains(rule), "\(rule) not found in \(line)")
    }

    @Test(arguments: [
        "She eats a grapefruit and sighs.",
        "The kids are at school; we discuss the sexy new car tomorrow at the office? No.",  // two lines below
        "Mr. Trumpet plays jazz.",
        "他们在办公室里讨论合同。",
        "Skill yourself up before the exam.",
        "你那支那封密信，怎么会落在侍卫的枕头底下？",  // 那支 + 那封, not the slur (written by the zh writer)
    ])
    func leavesOrdinaryDialogueAlone(line: String) {
        let found = rules(in: line).subtracting(["en.minors-sexual"])  // the second line is a deliberate co-occurrence
        #expect(found.isEmpty, "unexpected \(found) in \(line)")
    }

    @Test func copyrightedStyleIsNotCheckedInDialogue() {
        #expect(!rules(in: "I love Pikachu!").contains("en.copyrighted-style"))
    }

    @Test func findingNamesEpisodeSceneAndLine() throws {
        let script = """
            Title: Test

            INT. OFFICE - DAY

            GRACE
            Hello.

            EXT. ROOF - NIGHT

            GRACE
            Here is how to kill yourself.
            """
        let finding = try #require(gate.scan(script: script, episode: 7).first)
        #expect(finding.location == PolicyLocation(episode: 7, scene: 2, line: 11))
        #expect(finding.severity == .block)
        #expect(finding.category == .selfHarm)
        #expect(finding.description.contains("episode 7, scene 2, line 11"))
    }

    @Test func minorsRulesCannotBeSwitchedOffOrWeakened() {
        for file in ["disable: [en.minors-sexual]", "severity:\n  zh.minors-sexual: info",
                     "rules:\n  - {id: p.x, category: minors-sexual, severity: needs-review, terms: [abc]}"] {
            let error = #expect(throws: GovernanceError.self) { try PolicyRuleSet.builtIn.applying(projectFile: file) }
            #expect(error?.code == .invalidRules)
            #expect(error?.message.contains("minors") == true)
        }
    }

    @Test func projectFileDisablesAddsAndRaisesRules() throws {
        let rules = try PolicyRuleSet.builtIn.applying(projectFile: """
            audience_age: 12
            territories: [cn, EU]
            disable: [en.political-figure]
            severity:
              en.copyrighted-style: block
            rules:
              - id: project.rival
                category: copyrighted-style
                severity: needs-review
                scope: [script]
                terms: [acme cola]
            """)
        let gate = PolicyGate(rules: rules)
        #expect(rules.territories == ["CN", "EU"])
        #expect(gate.scan(script: "Donald Trump", episode: 1).allSatisfy { $0.rule != "en.political-figure" })
        #expect(gate.scan(prompt: "pixar style", label: "x").first?.severity == .block)
        #expect(gate.scan(script: "Drink ACME-cola!", episode: 1).map(\.rule) == ["project.rival"])
        #expect(gate.scan(script: "What the fuck", episode: 1).first?.severity == .needsReview)  // audience 12 < 16
        #expect(PolicyGate(rules: .builtIn).scan(script: "What the fuck", episode: 1).first?.severity == .info)
    }

    @Test func unknownRuleIdsAndKeysAreErrors() {
        #expect(throws: GovernanceError.self) { try PolicyRuleSet.builtIn.applying(projectFile: "disable: [en.nope]") }
        #expect(throws: GovernanceError.self) { try PolicyRuleSet.builtIn.applying(projectFile: "minors_sexual: off") }
    }

    @Test func findingIDsSurviveEditsElsewhereInTheScript() {
        let a = gate.scan(script: "INT. A - DAY\n\nDonald Trump\n", episode: 1)
        let b = gate.scan(script: "INT. A - DAY\n\nHello.\n\nDonald Trump\n", episode: 1)
        #expect(a.map(\.id) == b.map(\.id))
        #expect(a.first?.location.line != b.first?.location.line)
    }

    @Test func seriesMetadataAndLooksAreScanned() {
        var series = Fixtures.series()
        series.title = "Pikachu Nights"
        series.characters[0].look.outfit = "a Spider-Man costume"
        let findings = gate.scan(series: series)
        #expect(findings.contains { $0.location.field == "series.yaml title" && $0.rule == "en.copyrighted-style" })
        #expect(findings.contains { $0.location.field?.hasSuffix(".look.outfit") == true })
    }
}
