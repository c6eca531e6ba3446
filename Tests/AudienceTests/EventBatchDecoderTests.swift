import Basics
import Audience
import DramaModel
import Foundation
import TestSupport
import Testing

@Suite("EventBatchDecoder")
struct EventBatchDecoderTests {
    let now = logStart.addingTimeInterval(60)

    func event(_ id: String, _ name: String = "content_playing", episode: String = "2", position: String = "4000", timestamp: String = "\"2026-01-01T00:00:04.120Z\"") -> String {
        """
        {"message_id":"\(id)","event":"\(name)","anonymous_id":"a-1","timestamp":\(timestamp),
         "properties":{"series":"jade","episode":\(episode),"position_ms":\(position),"session_id":"s-1","variant":"cover-b"}}
        """
    }

    @Test func validBatchDecodesEveryField() throws {
        let body = Data("{\"batch\":[\(event("m1")),\(event("m2", "playback_started", position: "null"))]}".utf8)
        let decoded = try EventBatchDecoder(knownSeries: ["jade"], receivedAt: now).decode(body)
        #expect(decoded.rejected.isEmpty)
        let first = try #require(decoded.events.first)
        #expect(first.messageID == "m1" && first.name == .contentPlaying && first.anonymousID == "a-1")
        #expect(first.series == "jade" && first.episode == 2 && first.position == .milliseconds(4000))
        #expect(first.sessionID == "s-1" && first.variant == "cover-b")
        #expect(milliseconds(first.timestamp) == milliseconds(logStart) + 4120)
        #expect(decoded.events[1].position == nil && decoded.events[1].name == .playbackStarted)
    }

    @Test func aSingleEventAndABareArrayAreAccepted() throws {
        let decoder = EventBatchDecoder(receivedAt: now)
        #expect(try decoder.decode(Data(event("m1").utf8)).events.count == 1)
        #expect(try decoder.decode(Data("[\(event("m1")),\(event("m2"))]".utf8)).events.count == 2)
    }

    @Test func malformedEventsAreRejectedWithFieldPathsAndTheGoodOnesKept() throws {
        let items = [
            event("ok"),
            #"{"event":"content_playing","anonymous_id":"a","timestamp":"2026-01-01T00:00:01Z","properties":{"series":"jade","episode":1,"position_ms":1}}"#,
            event("m3", "teleported"),
            event("m4", timestamp: "\"yesterday\""),
            event("m5", episode: "\"3\""),
            event("m6", position: "null"),
            event("m7", position: "-5"),
            #"{"message_id":"m8","event":"liked","anonymous_id":"a","timestamp":"2026-01-01T00:00:01Z","properties":[1]}"#,
            "42",
            event("m10", timestamp: "\"2026-02-30T00:00:00Z\""),
            event("m11", timestamp: "\"2027-01-01T00:00:00Z\""),
            #"{"message_id":"m12","event":"liked","anonymous_id":"a","timestamp":"2026-01-01T00:00:01Z","properties":{"series":"other","episode":1}}"#,
        ]
        let body = Data("{\"batch\":[\(items.joined(separator: ","))]}".utf8)
        let decoded = try EventBatchDecoder(knownSeries: ["jade"], receivedAt: now).decode(body)
        #expect(decoded.events.map(\.messageID) == ["ok"])
        let fields = decoded.rejected.map(\.field)
        #expect(fields == [
            "batch[1].message_id", "batch[2].event", "batch[3].timestamp", "batch[4].properties.episode", "batch[5].properties.position_ms",
            "batch[6].properties.position_ms", "batch[7].properties", "batch[8]", "batch[9].timestamp", "batch[10].timestamp", "batch[11].properties.series",
        ])
        #expect(decoded.rejected.map(\.index) == Array(1...11))
        #expect(decoded.rejected[0].reason == "is missing")
        #expect(decoded.rejected[1].reason.contains("'teleported' is not a viewer event"))
        #expect(decoded.rejected[4].reason == "is required for content_playing")
        #expect(decoded.rejected[9].reason.contains("more than a day in the future"))
        #expect(decoded.rejectedSeries[0] == "jade" && decoded.rejectedSeries[7] == "")
    }

    @Test func bodiesThatAreNotBatchesAreRefusedWhole() throws {
        let decoder = EventBatchDecoder(receivedAt: now)
        for (body, code, field) in [
            ("not json", AudienceError.Code.invalidInput, "body"), ("[]", .invalidInput, "body"), ("{\"batch\":[]}", .invalidInput, "batch"),
            ("{\"batch\":3}", .invalidInput, "batch"), ("3", .invalidInput, "body"),
        ] {
            let error = #expect(throws: AudienceError.self) { try decoder.decode(Data(body.utf8)) }
            #expect(error?.code == code && error?.field == field, "\(body)")
        }
        let tooMany = "[" + Array(repeating: event("m"), count: 1001).joined(separator: ",") + "]"
        let error = #expect(throws: AudienceError.self) { try decoder.decode(Data(tooMany.utf8)) }
        #expect(error?.code == .tooLarge)
    }

    @Test func theWireFormRoundTrips() throws {
        let original = ViewerEvent(
            messageID: "m1", name: .swipedAway, anonymousID: "a-1", userID: "u-9", timestamp: logStart.addingTimeInterval(12.345),
            series: "jade", episode: 7, position: .milliseconds(12_000), sessionID: "s", variant: "v")
        let data = try JSONEncoder().encode(original)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"timestamp\":\"2026-01-01T00:00:12.345Z\"") && text.contains("\"position_ms\":12000"))
        #expect(try JSONDecoder().decode(ViewerEvent.self, from: data) == original)
        #expect(try EventBatchDecoder(receivedAt: now).decode(data).events == [original])
    }

    @Test func timestampsWithOffsetsAndFractionsAreExactToTheMillisecond() throws {
        let decoder = EventBatchDecoder(receivedAt: now)
        for (stamp, seconds) in [
            ("2026-01-01T01:00:04+01:00", 4.0), ("2026-01-01T00:00:04.5Z", 4.5), ("2026-01-01 00:00:04.123456Z", 4.123), ("2025-12-31T23:00:04-01:00", 4.0),
        ] {
            let decoded = try decoder.decode(Data(event("m", timestamp: "\"\(stamp)\"").utf8))
            #expect(decoded.events.first.map { milliseconds($0.timestamp) } == milliseconds(logStart) + Int64(seconds * 1000), "\(stamp)")
        }
    }

    @Test func noInputMakesItCrash() throws {
        var random = SeededGenerator(seed: 42)
        let seed = Array("{\"batch\":[\(event("m1")),\(event("m2", "unlocked"))]}".utf8)
        let alphabet = Array("{}[]\",:0123456789.-eE truefalsnl\\u".utf8)
        var decoded = 0
        for round in 0..<3000 {
            var bytes = seed
            switch round % 4 {
            case 0:
                bytes = (0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            case 1:
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = alphabet.randomElement(using: &random)!
                }
            case 2:
                let cut = Int.random(in: 0..<bytes.count, using: &random)
                bytes = Array(bytes[..<cut])
            default:
                let depth = Int.random(in: 1...5000, using: &random)
                bytes = Array(repeating: UInt8(ascii: "["), count: depth) + Array(repeating: UInt8(ascii: "]"), count: depth)
            }
            do {
                let result = try EventBatchDecoder(receivedAt: now).decode(Data(bytes))
                decoded += 1
                #expect(result.events.count + result.rejected.count >= 1)
                #expect(result.rejected.count == result.rejectedSeries.count)
            } catch {
                #expect(error.code == .invalidInput || error.code == .tooLarge)
            }
        }
        #expect(decoded > 100)
    }

    @Test func escapedControlCharactersInAnIdentifierRejectThatEventOnly() throws {
        let bad = event("m\\u0000x")
        let escapeInVariant = event("m3").replacingOccurrences(of: "cover-b", with: "cover\\u001b[31m")
        let body = Data("[\(event("m1")),\(bad),\(escapeInVariant)]".utf8)
        let decoded = try EventBatchDecoder(knownSeries: ["jade"], receivedAt: now).decode(body)
        #expect(decoded.events.map(\.messageID) == ["m1"])
        #expect(decoded.rejected.map(\.field) == ["[1].message_id", "[2].properties.variant"])
        #expect(decoded.rejected.first?.reason == "holds the control character U+0000; send printable text only")
        #expect(decoded.rejected.last?.reason == "holds the control character U+001B; send printable text only")
    }
}
