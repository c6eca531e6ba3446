import Basics
import Foundation
import Testing

@testable import Experiments

/// Φ, Φ⁻¹, the chi-square tail and the Gamma/Beta samplers against reference values
/// (mpmath at 30–60 digits, scipy 1.17).
@Suite struct DistributionTests {
    static let quantiles: [(Double, Double)] = [
        (0.5, 0), (0.975, 1.9599639845400538), (0.95, 1.6448536269514722), (0.995, 2.5758293035489004),
        (0.999, 3.090232306167813), (1e-10, -6.361340902404057), (1e-300, -37.0470962993612),
        (0.02425, -1.972961051311885), (0.3, -0.5244005127080408), (1 - 1e-12, 7.0344869100478356),
        (0.0001, -3.7190164854556804),
    ]

    @Test func normalQuantileMatchesReferenceValuesToTwelveDigits() {
        for (p, expected) in Self.quantiles {
            let got = StandardNormal.quantile(p)
            #expect(abs(got - expected) <= 1e-12 * max(1, abs(expected)), "Φ⁻¹(\(p)) = \(got), expected \(expected)")
        }
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(1) == .infinity)
        #expect(StandardNormal.quantile(1.5).isNaN)
    }

    @Test func normalCDFMatchesReferenceValuesIncludingTheFarTail() {
        let values: [(Double, Double)] = [
            (0, 0.5), (1, 0.8413447460685429), (1.96, 0.9750021048517795), (-3, 0.0013498980316300946),
            (-8, 6.220960574271784e-16), (-20, 2.7536241186062337e-89), (5, 0.9999997133484281),
            (0.5, 0.6914624612740131),
        ]
        for (x, expected) in values {
            let got = StandardNormal.cdf(x)
            #expect(abs(got - expected) <= 1e-13 * expected, "Φ(\(x)) = \(got), expected \(expected)")
        }
    }

    @Test func quantileInvertsTheCDF() {
        for p in stride(from: 0.0005, to: 1, by: 0.0137) {
            #expect(abs(StandardNormal.cdf(StandardNormal.quantile(p)) - p) < 1e-14)
        }
    }

    @Test func chiSquareTailMatchesReferenceValues() {
        let values: [(Double, Int, Double)] = [
            (3.841458820694124, 1, 0.05), (5.991464547107979, 2, 0.05), (10.827566170662733, 1, 0.001),
            (7.814727903251178, 3, 0.05), (8.74, 1, 0.003113045196749457), (15.38, 1, 8.791390121305927e-05),
            (100, 10, 5.4497019829205295e-17), (0.5, 4, 0.9735009788392561), (30, 3, 1.3800570312932547e-06),
        ]
        for (x, k, expected) in values {
            let got = ChiSquared.survival(x, degreesOfFreedom: k)
            #expect(abs(got - expected) <= 1e-10 * expected, "Q(χ²=\(x), k=\(k)) = \(got), expected \(expected)")
        }
        #expect(ChiSquared.survival(0, degreesOfFreedom: 1) == 1)
        #expect(ChiSquared.survival(.infinity, degreesOfFreedom: 1) == 0)
    }

    /// Mean and variance of 100,000 draws against Gamma(k): mean k, variance k. Seeded, so the
    /// bounds (5 standard errors of the mean, 5 % on the variance) are a fixed check.
    @Test(arguments: [0.3, 1.0, 2.5, 40.0, 5_000.0])
    func gammaDrawsHaveTheRightMeanAndVariance(shape: Double) {
        var random = SeededGenerator(seed: 11, label: "gamma-\(shape)")
        let n = 100_000
        var summary = ArmSummary()
        for _ in 0..<n { summary.add(random.gamma(shape: shape)) }
        #expect(abs(summary.mean - shape) < 5 * (shape / Double(n)).squareRoot())
        #expect(abs(summary.variance / shape - 1) < 0.05)
    }

    /// Beta(2, 5): mean 2/7, variance 10/392; and the share below 0.2 against the exact CDF
    /// I₀.₂(2, 5) = 0.34464.
    @Test func betaDrawsFollowTheBetaDistribution() {
        var random = SeededGenerator(seed: 5)
        let n = 100_000
        var summary = ArmSummary()
        var below = 0
        for _ in 0..<n {
            let x = random.beta(2, 5)
            summary.add(x)
            if x < 0.2 { below += 1 }
        }
        #expect(abs(summary.mean - 2.0 / 7) < 0.002)
        #expect(abs(summary.variance - 10.0 / 392) < 0.001)
        #expect(abs(Double(below) / Double(n) - 0.34464) < 0.005)
    }

    @Test func sameSeedGivesTheSameDraws() {
        var a = SeededGenerator(seed: 99)
        var b = SeededGenerator(seed: 99)
        #expect((0..<100).map { _ in a.beta(3, 40) } == (0..<100).map { _ in b.beta(3, 40) })
    }
}
