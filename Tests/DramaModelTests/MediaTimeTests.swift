import DramaModel
import Foundation
import Testing

@Suite struct MediaTimeTests {
    @Test func halfASecondAtRateTwoEqualsFiveHundredMilliseconds() {
        let half = MediaTime(value: 1, rate: 2)
        #expect(half == .milliseconds(500))
        #expect(MediaTime(value: 15, rate: 30) == MediaTime(value: 24_000, rate: 48_000))
        #expect(Set([half, .milliseconds(500), MediaTime(value: 24_000, rate: 48_000)]).count == 1)
        #expect(half.hashValue == MediaTime.milliseconds(500).hashValue)
        #expect(MediaTime(value: 0, rate: 30) == .zero)
        #expect(MediaTime(value: 1, rate: 3) != .milliseconds(333))
    }

    @Test func comparisonIsExactAcrossRates() {
        let third = MediaTime(value: 1, rate: 3)
        #expect(third < .milliseconds(334))
        #expect(third > .milliseconds(333))
        #expect(MediaTime(value: -1, rate: 30) < .zero)
        #expect(MediaTime(value: Int64.max, rate: 1) > MediaTime(value: Int64.max, rate: 2))
        #expect([MediaTime.milliseconds(900), MediaTime(value: 1, rate: 2), third].sorted() == [third, .milliseconds(500), .milliseconds(900)])
    }

    @Test func additionAcrossRatesIsExactAtTheLeastCommonMultiple() {
        let sum = MediaTime.milliseconds(1_500) + MediaTime(value: 15, rate: 30)
        #expect(sum == .milliseconds(2_000))
        #expect(sum.rate == 3_000)
        let thirds = MediaTime(value: 1, rate: 3) + MediaTime(value: 1, rate: 3) + MediaTime(value: 1, rate: 3)
        #expect(thirds == MediaTime(value: 1, rate: 1))
        #expect(thirds.rate == 3)
        let difference = MediaTime(value: 1, rate: 30) - .milliseconds(1)
        #expect(difference == MediaTime(value: 97, rate: 3_000))
        #expect(MediaTime.milliseconds(250) - .milliseconds(1_000) == .milliseconds(-750))
    }

    @Test func arithmeticFallsBackToTheLargerRateWhenTheMultipleOverflows() {
        let sum = MediaTime(value: 65_537, rate: 65_537) + MediaTime(value: 65_539, rate: 65_539)
        #expect(sum.rate == 65_539)
        #expect(sum == MediaTime(value: 2, rate: 1))
    }

    @Test func conversionRoundsHalfAwayFromZero() {
        #expect(MediaTime(value: 1, rate: 2_000).converted(to: 1_000).value == 1)
        #expect(MediaTime(value: -1, rate: 2_000).converted(to: 1_000).value == -1)
        #expect(MediaTime(value: 1, rate: 3).converted(to: 1_000).value == 333)
        #expect(MediaTime(value: 2, rate: 3).converted(to: 1_000).value == 667)
        #expect(MediaTime.milliseconds(1_234).converted(to: 30) == MediaTime(value: 37, rate: 30))
        #expect(MediaTime.milliseconds(1_234).converted(to: 1_000).rate == 1_000)
    }

    @Test func measuredSecondsRoundToTheNearestTick() {
        #expect(MediaTime.seconds(1.5) == .milliseconds(1_500))
        #expect(MediaTime.seconds(0.034, rate: 30) == MediaTime(value: 1, rate: 30))
        #expect(MediaTime.seconds(-0.0005).value == -1)
        #expect(MediaTime(value: 3, rate: 4).seconds == 0.75)
    }

    @Test func descriptionShowsSecondsAndRate() {
        #expect(MediaTime.milliseconds(1_500).description == "1.500s@1000")
        #expect(MediaTime(value: 45, rate: 30).description == "1.500s@30")
        #expect(MediaTime.milliseconds(-250).description == "-0.250s@1000")
        #expect(MediaTime.zero.description == "0.000s@1000")
    }

    @Test func codableUsesValueAndRate() throws {
        let time = MediaTime(value: 45, rate: 30)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(time), as: UTF8.self)
        #expect(json == #"{"rate":30,"value":45}"#)
        #expect(try JSONDecoder().decode(MediaTime.self, from: Data(json.utf8)) == time)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(MediaTime.self, from: Data(#"{"value":1,"rate":0}"#.utf8))
        }
    }
}
