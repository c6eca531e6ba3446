import Foundation

/// The frame size of an MP4's first video track, read from its header boxes (`moov` → `trak`
/// → `tkhd`, with `mdia` → `hdlr` saying `vide`) without decoding anything or running ffprobe.
///
/// Reads at most the `moov` box (a few hundred kilobytes even for long videos, wherever it
/// sits in the file). Anything unexpected — not an MP4, no video track, a box running past
/// the file's end — gives nil: the size is then simply not known.
enum VideoDimensions {
    /// Width and height as displayed (a 90° or 270° rotation matrix swaps them), or nil.
    static func of(fileAt url: URL) -> (width: Int, height: Int)? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let fileSize = try? handle.seekToEnd() else { return nil }
        var offset: UInt64 = 0
        var visited = 0
        while offset + 8 <= fileSize, visited < 64 {
            visited += 1
            guard (try? handle.seek(toOffset: offset)) != nil, let header = try? handle.read(upToCount: 16), header.count >= 8 else { return nil }
            let bytes = [UInt8](header)
            var size = UInt64(be32(bytes, 0))
            let type = String(decoding: bytes[4..<8], as: UTF8.self)
            var headerLength: UInt64 = 8
            if size == 1 {
                guard bytes.count >= 16 else { return nil }
                size = be64(bytes, 8)
                headerLength = 16
            } else if size == 0 {
                size = fileSize - offset
            }
            guard size >= headerLength, offset + size <= fileSize else { return nil }
            if type == "moov" {
                guard size - headerLength <= 64 << 20, (try? handle.seek(toOffset: offset + headerLength)) != nil,
                    let body = try? handle.read(upToCount: Int(size - headerLength))
                else { return nil }
                return videoTrackSize(in: [UInt8](body))
            }
            offset += size
        }
        return nil
    }

    /// The first `trak` in a `moov` body whose handler is `vide`.
    static func videoTrackSize(in moov: [UInt8]) -> (width: Int, height: Int)? {
        for trak in children(of: moov[...]) where trak.type == "trak" {
            let parts = children(of: trak.body)
            guard let mdia = parts.first(where: { $0.type == "mdia" }),
                let hdlr = children(of: mdia.body).first(where: { $0.type == "hdlr" }),
                hdlr.body.count >= 12,
                String(decoding: hdlr.body.dropFirst(8).prefix(4), as: UTF8.self) == "vide",
                let tkhd = parts.first(where: { $0.type == "tkhd" })
            else { continue }
            let body = Array(tkhd.body)
            guard let version = body.first else { continue }
            // version, flags (4); times, track id, reserved, duration (20 or 32); reserved (8);
            // layer, alternate group, volume, reserved (8); matrix (36); width, height (16.16).
            let matrixAt = 4 + (version == 1 ? 32 : 20) + 16
            let sizeAt = matrixAt + 36
            guard body.count >= sizeAt + 8 else { continue }
            let width = Int(be32(body, sizeAt) >> 16)
            let height = Int(be32(body, sizeAt + 4) >> 16)
            guard width > 0, height > 0 else { continue }
            let a = Int32(bitPattern: be32(body, matrixAt))
            return a == 0 ? (height, width) : (width, height)
        }
        return nil
    }

    private struct Box {
        var type: String
        var body: ArraySlice<UInt8>
    }

    private static func children(of data: ArraySlice<UInt8>) -> [Box] {
        var boxes: [Box] = []
        var index = data.startIndex
        while data.endIndex - index >= 8 {
            let size = Int(be32(data, index))
            let type = String(decoding: data[(index + 4)..<(index + 8)], as: UTF8.self)
            guard size >= 8, size <= data.endIndex - index else { break }
            boxes.append(Box(type: type, body: data[(index + 8)..<(index + size)]))
            index += size
        }
        return boxes
    }

    private static func be32<C: RandomAccessCollection<UInt8>>(_ bytes: C, _ at: C.Index) -> UInt32 where C.Index == Int {
        (0..<4).reduce(0) { $0 << 8 | UInt32(bytes[at + $1]) }
    }

    private static func be64<C: RandomAccessCollection<UInt8>>(_ bytes: C, _ at: C.Index) -> UInt64 where C.Index == Int {
        (0..<8).reduce(0) { $0 << 8 | UInt64(bytes[at + $1]) }
    }
}
