/// Converts pictures to planar YUV 4:2:0 (ffmpeg's `yuv420p`), the encoder's own format, with
/// the BT.601 limited-range matrix ffmpeg assumes for untagged video.
public enum YUVPicture {
    /// Bytes of a `width`×`height` picture (both even): a full-size Y plane and quarter-size
    /// U and V planes.
    public static func byteCount(width: Int, height: Int) -> Int { width * height * 3 / 2 }

    /// Converts opaque 32-bit pixels in B, G, R, A byte order (cairo's ARGB32 on little-endian
    /// machines), `width` and `height` even, to `yuv420p`. Chroma averages each 2×2 block.
    public static func fromBGRA(_ pixels: [UInt8], width: Int, height: Int) -> [UInt8] {
        precondition(width % 2 == 0 && height % 2 == 0 && pixels.count >= width * height * 4, "even size, BGRA pixels")
        var out = [UInt8](repeating: 0, count: byteCount(width: width, height: height))
        let chromaWidth = width / 2
        let uOffset = width * height, vOffset = uOffset + chromaWidth * (height / 2)
        pixels.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for y in stride(from: 0, to: height, by: 2) {
                    let row0 = y * width * 4, row1 = row0 + width * 4
                    for x in stride(from: 0, to: width, by: 2) {
                        var sumR = 0, sumG = 0, sumB = 0
                        for (row, dy) in [(row0, 0), (row1, 1)] {
                            for dx in 0..<2 {
                                let i = row + (x + dx) * 4
                                let b = Int(src[i]), g = Int(src[i + 1]), r = Int(src[i + 2])
                                dst[(y + dy) * width + x + dx] = UInt8(((66 * r + 129 * g + 25 * b + 128) >> 8) + 16)
                                sumR += r
                                sumG += g
                                sumB += b
                            }
                        }
                        let r = sumR >> 2, g = sumG >> 2, b = sumB >> 2
                        let c = (y / 2) * chromaWidth + x / 2
                        dst[uOffset + c] = UInt8(((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128)
                        dst[vOffset + c] = UInt8(((112 * r - 94 * g - 18 * b + 128) >> 8) + 128)
                    }
                }
            }
        }
        return out
    }
}
