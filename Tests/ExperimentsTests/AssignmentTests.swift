import Basics
import Testing

@testable import Experiments

@Suite struct AssignmentTests {
    static let hook = ExperimentDefinition(
        key: "hook-ep1",
        episodes: ["ep-1"],
        variants: [Variant(name: "A", weight: 45), Variant(name: "B", weight: 45)]
    )

    /// Pinned values (computed independently in Python from the FNV-1a + SplitMix64 definition):
    /// if these change, every running experiment would reshuffle its viewers.
    @Test func bucketsArePinnedAcrossReleases() {
        #expect(Bucketing.bucket(key: "hook-ep1", unitID: "viewer-1") == 8758)
        #expect(Bucketing.bucket(key: "hook-ep1", unitID: "viewer-2") == 9752)
        #expect(Bucketing.bucket(key: "episode:ep-1", unitID: "viewer-42") == 4629)
        #expect(Bucketing.bucket(key: "cover-s1", unitID: "ü-viewer") == 7617)
    }

    /// 100,000 viewers over 100 groups of 100 buckets: Pearson's χ² with 99 degrees of freedom
    /// stays far from its 0.001 critical value (148.2).
    @Test func bucketsAreUniform() throws {
        var groups = Array(repeating: 0, count: 100)
        for viewer in 0..<100_000 { groups[Bucketing.bucket(key: "uniformity", unitID: "viewer-\(viewer)") / 100] += 1 }
        let check = try SampleRatioCheck(observed: groups, weights: Array(repeating: 1, count: 100))
        #expect(check.statistic < 148.2)
    }

    @Test func assignmentIsStickyAndFollowsTheWeights() throws {
        let layer = try Layer(experiment: Self.hook)
        var counts: [String: Int] = [:]
        for viewer in 0..<20_000 {
            let assignment = layer.assign(unitID: "viewer-\(viewer)")
            #expect(assignment == layer.assign(unitID: "viewer-\(viewer)"))
            counts[assignment.variant ?? "holdout", default: 0] += 1
        }
        let check = try SampleRatioCheck(
            observed: [counts["A"] ?? 0, counts["B"] ?? 0, counts["holdout"] ?? 0],
            weights: [45, 45, 10]
        )
        #expect(!check.isMismatch)
        #expect(abs(Double(counts["holdout"] ?? 0) / 20_000 - 0.10) < 0.01)
    }

    @Test func aLayerOverOneHundredPercentIsRefusedAndSmallerWeightsSplitTheBuckets() throws {
        let ending = ExperimentDefinition(
            key: "ending-ep1",
            episodes: ["ep-1"],
            variants: [Variant(name: "threat", weight: 30), Variant(name: "reveal", weight: 30)]
        )
        let error = #expect(throws: ExperimentsError.self) {
            try Layer(key: "episode:ep-1", experiments: [Self.hook, ending])
        }
        #expect(error?.code == .invalidDefinition)
        #expect(error?.problems.map(\.fieldPath) == ["experiments"])

        var small = Self.hook
        small.variants = [Variant(name: "A", weight: 25), Variant(name: "B", weight: 25)]
        var smallEnding = ending
        smallEnding.variants = [Variant(name: "threat", weight: 20), Variant(name: "reveal", weight: 20)]
        let layer = try Layer(key: "episode:ep-1", experiments: [small, smallEnding])
        #expect(layer.assign(bucket: 0) == .enrolled(experiment: "hook-ep1", variant: "A"))
        #expect(layer.assign(bucket: 2_499) == .enrolled(experiment: "hook-ep1", variant: "A"))
        #expect(layer.assign(bucket: 2_500) == .enrolled(experiment: "hook-ep1", variant: "B"))
        #expect(layer.assign(bucket: 5_000) == .enrolled(experiment: "ending-ep1", variant: "threat"))
        #expect(layer.assign(bucket: 7_000) == .enrolled(experiment: "ending-ep1", variant: "reveal"))
        #expect(layer.assign(bucket: 8_999) == .enrolled(experiment: "ending-ep1", variant: "reveal"))
        #expect(layer.assign(bucket: 9_000) == .notEnrolled)
        var seen: [String: Set<String>] = [:]
        for viewer in 0..<5_000 {
            if let experiment = layer.assign(unitID: "viewer-\(viewer)").experiment {
                seen["viewer-\(viewer)", default: []].insert(experiment)
            }
        }
        #expect(seen.values.allSatisfy { $0.count == 1 })
    }

    @Test func validationReportsEveryProblemWithItsFieldPath() {
        let bad = ExperimentDefinition(
            key: " ",
            variants: [
                Variant(name: "A", weight: 60), Variant(name: "B", weight: 50), Variant(name: "A", weight: -5),
                Variant(name: "", weight: 0.001), Variant(name: "E", weight: .nan),
            ]
        )
        let error = #expect(throws: ExperimentsError.self) { try bad.validate() }
        #expect(error?.code == .invalidDefinition)
        #expect(
            error?.problems.map(\.fieldPath) == [
                "key", "variants[2].name", "variants[2].weight", "variants[3].name", "variants[3].weight",
                "variants[4].weight", "variants",
            ]
        )
        #expect(error?.problems.last?.message == "the weights add up to 110 %, over 100 %")
        #expect(error?.diagnostics.count == 7)
        #expect(error?.kind == .input)
        #expect(error?.report.contains("variants[2].weight: the weight -5.0 % is negative") == true)
        #expect(error?.problems.allSatisfy { !$0.hint.isEmpty } == true)
    }

    @Test func aSingleVariantIsRefused() {
        let error = #expect(throws: ExperimentsError.self) {
            try Layer(experiment: ExperimentDefinition(key: "solo", variants: [Variant(name: "A", weight: 100)]))
        }
        #expect(error?.problems.map(\.fieldPath) == ["variants"])
        #expect(error?.location == "variants")
        let unnamed = #expect(throws: ExperimentsError.self) {
            try Layer(
                experiment: ExperimentDefinition(
                    key: "",
                    variants: [Variant(name: "A", weight: 50), Variant(name: "B", weight: 50)]
                )
            )
        }
        #expect(unnamed?.problems.map(\.fieldPath) == ["key"])
        #expect(unnamed?.message == "experiment '': the definition has 1 problem")
    }

    @Test func twoLayersOnTheSameEpisodeAreRefused() throws {
        let tone = ExperimentDefinition(
            key: "tone-pilot",
            episodes: ["ep-1", "ep-2", "ep-3"],
            variants: [Variant(name: "warm", weight: 50), Variant(name: "dark", weight: 50)]
        )
        let series = try Layer(key: "series:s1", experiments: [tone])
        let episode = try Layer(key: "episode:ep-1", experiments: [Self.hook])
        let error = #expect(throws: ExperimentsError.self) { try Layer.checkExclusive([series, episode]) }
        #expect(error?.problems.map(\.fieldPath) == ["layers[1].experiments[0].episodes[0]"])
        try Layer.checkExclusive([episode, try Layer(key: "episode:ep-2", experiments: [])])
    }
}
