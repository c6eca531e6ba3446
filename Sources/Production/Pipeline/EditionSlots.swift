import Basics
package import DramaModel
package import Foundation

/// The measured lengths of a series' lines, read from the voice files its episodes hand off
/// (`out/epNNN/media/line-001.wav` …): the time an edition's lines are fitted to.
package enum EditionSlots {
    /// Per episode of `episodes`, the source's line lengths in order; an episode the source has
    /// not rendered is left out (its edition's lines are spoken at their natural pace).
    static func measured(source: URL, episodes: [Int]) -> [Int: [MediaTime]] {
        var out: [Int: [MediaTime]] = [:]
        let layout = ProjectLayout(root: source)
        for episode in episodes {
            let folder = layout.episodeOutput(episode)
            var lengths: [MediaTime] = []
            var index = 0
            while let length = wavLength(folder.appendingPathComponent(EditHandoff.line(index))) {
                lengths.append(length)
                index += 1
            }
            if !lengths.isEmpty { out[episode] = lengths }
        }
        return out
    }

    /// The length of a PCM WAV file from its header: the data chunk's size over the byte rate.
    package static func wavLength(_ url: URL) -> MediaTime? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 4096), header.count >= 44,
              header.prefix(4) == Data("RIFF".utf8), header[8..<12] == Data("WAVE".utf8) else { return nil }
        let bytes = [UInt8](header)
        func uint32(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24 }
        var offset = 12
        var byteRate = 0
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = uint32(offset + 4)
            if id == "fmt ", offset + 16 <= bytes.count { byteRate = uint32(offset + 16) }
            if id == "data" {
                guard byteRate > 0 else { return nil }
                return .milliseconds(Int64((Double(size) / Double(byteRate) * 1000).rounded()))
            }
            offset += 8 + size + (size & 1)
        }
        return nil
    }
}
