import Basics
import DramaModel
import Foundation
import Production
import Testing

@Suite struct NodeKeyTests {
    let generator = GeneratorID("builtin.cue", version: 1)

    @Test func equalInputsGiveEqualKeys() {
        let a = NodeKey(generator: generator, parameters: Data("{\"a\":1}".utf8), inputs: [])
        let b = NodeKey(generator: generator, parameters: Data("{\"a\":1}".utf8), inputs: [])
        #expect(a == b)
        #expect(a.hex.count == 64)
    }

    @Test func parametersVersionAndInputsEachChangeTheKey() {
        let base = NodeKey(generator: generator, parameters: Data("{\"a\":1}".utf8), inputs: [])
        let input = NodeKey(generator: generator, parameters: Data("{}".utf8), inputs: [])
        let other = NodeKey(generator: generator, parameters: Data("{\"b\":1}".utf8), inputs: [])
        #expect(NodeKey(generator: generator, parameters: Data("{\"a\":2}".utf8), inputs: []) != base)
        #expect(NodeKey(generator: GeneratorID("builtin.cue", version: 2), parameters: Data("{\"a\":1}".utf8), inputs: []) != base)
        #expect(NodeKey(generator: generator, parameters: Data("{\"a\":1}".utf8), inputs: [input]) != base)
        #expect(NodeKey(generator: generator, parameters: Data("{}".utf8), inputs: [input, other])
            != NodeKey(generator: generator, parameters: Data("{}".utf8), inputs: [other, input]))
    }

    @Test func canonicalJSONSortsKeys() {
        struct P: Encodable { var zeta = 1; var alpha = "x/y" }
        #expect(String(decoding: CanonicalJSON.encode(P()), as: UTF8.self) == #"{"alpha":"x/y","zeta":1}"#)
    }

    @Test func graphSharesEqualNodesAndFindsDependents() {
        var graph = ProductionGraph()
        let a = graph.add(Node(step: "s", generator: generator, episode: 1, priority: 0, inputs: [], parameters: Data("1".utf8), label: "a"))
        let again = graph.add(Node(step: "s", generator: generator, episode: 2, priority: 0, inputs: [], parameters: Data("1".utf8), label: "a again"))
        let b = graph.add(Node(step: "s", generator: generator, episode: 1, priority: 1, inputs: [a], parameters: Data("2".utf8), label: "b"))
        let c = graph.add(Node(step: "s", generator: generator, episode: 1, priority: 2, inputs: [b], parameters: Data("3".utf8), label: "c"))
        #expect(a == again)
        #expect(graph.count == 3)
        #expect(graph.dependents(of: a) == [b, c])
        #expect(graph.dependents(of: c).isEmpty)
    }
}

@Suite struct AssetStoreTests {
    @Test func storesByContentAndReadsBackVerified() throws {
        let store = AssetStore(root: try temporaryFolder().appendingPathComponent("assets"))
        let ref = try store.put(Data("hello".utf8), name: "a.txt")
        #expect(ref.hash == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")
        #expect(store.url(ofHash: ref.hash).path.hasSuffix("/2c/\(ref.hash)"))
        #expect(try store.data(ref) == Data("hello".utf8))
        let same = try store.put(Data("hello".utf8), name: "b.txt")
        #expect(same.hash == ref.hash)
        #expect(store.inventory().count == 1)
        #expect(store.temporaries().isEmpty)
    }

    @Test func aCorruptAssetIsReportedAndRemoved() throws {
        let store = AssetStore(root: try temporaryFolder().appendingPathComponent("assets"))
        let ref = try store.put(Data("original bytes".utf8), name: "a.txt")
        try Data("tampered bytes".utf8).write(to: store.url(ofHash: ref.hash))
        #expect(store.contains(ref))  // same size: only the hash tells
        #expect(!store.verify(ref))
        let error = try #require(throws: ProductionError.self) { try store.data(ref) }
        #expect(error.code == .assetCorrupt)
        #expect(error.message.contains("run 'cliff produce' again"))
        #expect(!FileManager.default.fileExists(atPath: store.url(ofHash: ref.hash).path))
        #expect(throws: ProductionError.self) { try store.data(ref) }
    }
}

@Suite struct PriceBookTests {
    @Test func pricesUsageExactlyAndRoundsUp() throws {
        let book = PriceBook([.init(generator: "openai.*", unit: .character, price: Money(dollars: "15")!, per: 1_000_000)])
        let tts = GeneratorID("openai.tts-1", version: 1)
        #expect(try book.cost(1_000_000, .character, generator: tts) == Money(dollars: "15"))
        #expect(try book.cost(40, .character, generator: tts) == Money(nanos: 600_000))
        #expect(try book.cost(1, .character, generator: tts) == Money(nanos: 15_000))
        #expect(try book.cost(of: Usage([.cpuSecond: 3]), generator: GeneratorID("builtin.cue", version: 1)) == .zero)
    }

    @Test func unpricedServiceUsageIsAnErrorThatSaysWhatToAdd() {
        let error = #expect(throws: ProductionError.self) {
            try PriceBook([]).cost(5, .image, generator: GeneratorID("comfyui.sdxl", version: 1))
        }
        #expect(error?.code == .unpricedUsage)
        #expect(error?.message.contains("generator: \"comfyui.sdxl\", unit: image") == true)
    }

    @Test func moneyParsesAndPrintsExactly() {
        #expect(Money(dollars: "0.000015")?.nanos == 15_000)
        #expect(Money(dollars: "$1.20")?.nanos == 1_200_000_000)
        #expect(Money(dollars: "1e3") == nil)
        #expect(Money(dollars: "-1") == nil)
        #expect(Money(dollars: "0.0000000001") == nil)
        #expect("\(Money(dollars: "12.5")!)" == "$12.5000")
        #expect("\(Money(nanos: 15_000))" == "$0.000015")
    }

    @Test func backoffGrowsWithJitterAndCaps() {
        var settings = ProductionSettings.RetrySettings()
        settings.baseDelayMilliseconds = 100
        settings.maxDelayMilliseconds = 1000
        settings.maxAttempts = 4
        let policy = RetryPolicy(settings)
        #expect(policy.delay(after: 1, random: 1) == 0.1)
        #expect(policy.delay(after: 1, random: 0) == 0.05)
        #expect(policy.delay(after: 3, random: 1) == 0.4)
        #expect(policy.delay(after: 10, random: 1) == 1.0)
        #expect(policy.allowsRetry(after: 3))
        #expect(!policy.allowsRetry(after: 4))
    }
}

@Suite struct SettingsTests {
    @Test func readsEverySectionOfCliffYAML() throws {
        let settings = try ProductionSettingsLoader.load(yaml: ProductionSettingsLoader.template + """
            workers: 3
            """.replacingOccurrences(of: "# workers: 2\n", with: ""))
        #expect(settings.workers == 3)
        #expect(settings.prices.count == 7)
        #expect(settings.concurrency.contains(.init(generator: "builtin.render", limit: 2)))
        #expect(settings.leaseSeconds == 30)
        #expect(settings.retry.maxAttempts == 5)
        #expect(settings.budget.perEpisode == nil)
    }

    @Test func reportsEveryProblemWithItsLocation() {
        let yaml = """
            budget:
              episode_usd: lots
            prices:
              - { generator: "x.*", unit: pixel, usd: 1 }
            workers: 0
            leese_seconds: 5
            """
        let (_, diagnostics) = ProductionSettingsLoader.read(yaml: yaml)
        let text = diagnostics.map(\.description)
        #expect(diagnostics.count == 4)
        #expect(text.contains { $0.hasPrefix("cliff.yaml:2:16: error: budget.episode_usd") })
        #expect(text.contains { $0.contains("prices[0].unit") && $0.contains("unknown usage unit 'pixel'") })
        #expect(text.contains { $0.hasPrefix("cliff.yaml:5:10:") && $0.contains("at least 1") })
        #expect(text.contains { $0.contains("unknown key 'leese_seconds'") && $0.contains("lease_seconds") })
    }

    @Test func generatorGlobsMatch() {
        #expect(GeneratorPattern.matches("builtin.*", "builtin.cue"))
        #expect(GeneratorPattern.matches("*", "anything"))
        #expect(GeneratorPattern.matches("http.*.speech", "http.openai.speech"))
        #expect(!GeneratorPattern.matches("builtin.*", "openai.tts"))
        #expect(!GeneratorPattern.matches("builtin.render", "builtin.renderer"))
    }

    @Test func theOpeningTitleCardPutsTheEpisodeAndItsTitleOnLinesOfTheirOwn() {
        #expect(ScriptPipeline.openingTitle(episode: 1, title: "被遗忘的名字", language: .zh) == "第1集\n被遗忘的名字")
        #expect(ScriptPipeline.openingTitle(episode: 12, title: "The Turn", language: .en) == "Episode 12\nThe Turn")
        #expect(ScriptPipeline.openingTitle(episode: 3, title: nil, language: .en) == "Episode 3")
    }
}
