/// Converts pictures to planar YUV 4:2:0 (ffmpeg's `yuv420p`), the encoder's own format, with
/// the BT.601 limited-range matrix ffmpeg assumes for untagged video.
public enum YUVPicture {
    /// Bytes of a `width`×`height` picture (both even): a full-size Y plane and quarter-size
    /// U and V planes.
    public static func byteCount(width: Int, height: Int) -> Int { width * height * 3 / 2 }

    /// Converts opaque 32-bit pixels in B, G, R, A byte order (cairo's ARGB32 on little-endian
    /// machines), `width` and `height` even, to `yuv420p`. Chroma averages each 2×2 block.
    public static func fromBGRA(_ pixels: [UInt8], width: Int, height: Int) -> [UInt8] {
        pixels.withUnsafeBytes { fromBGRA($0, bytesPerRow: width * 4, width: width, height: height) }
    }

    /// Converts B, G, R, A pixels whose rows are `bytesPerRow` apart (a drawing surface's own
    /// memory, read in place) to `yuv420p`.
    public static func fromBGRA(_ pixels: UnsafeRawBufferPointer, bytesPerRow: Int, width: Int, height: Int) -> [UInt8] {
        precondition(width % 2 == 0 && height % 2 == 0 && bytesPerRow >= width * 4 && pixels.count >= bytesPerRow * (height - 1) + width * 4,
                     "even size, BGRA pixels")
        let chromaWidth = width / 2
        let uOffset = width * height, vOffset = uOffset + chromaWidth * (height / 2)
        let src = pixels.bindMemory(to: UInt8.self)
        return [UInt8](unsafeUninitializedCapacity: byteCount(width: width, height: height)) { dst, count in
            @inline(__always) func luma(_ i: Int) -> (y: UInt8, r: Int, g: Int, b: Int) {
                let b = Int(src[i]), g = Int(src[i + 1]), r = Int(src[i + 2])
                return (UInt8(truncatingIfNeeded: ((66 * r + 129 * g + 25 * b + 128) >> 8) + 16), r, g, b)
            }
            for y in stride(from: 0, to: height, by: 2) {
                let row0 = y * bytesPerRow, row1 = row0 + bytesPerRow
                let out0 = y * width, out1 = out0 + width
                let chromaRow = (y / 2) * chromaWidth
                for x in stride(from: 0, to: width, by: 2) {
                    let p00 = luma(row0 + x * 4), p01 = luma(row0 + x * 4 + 4)
                    let p10 = luma(row1 + x * 4), p11 = luma(row1 + x * 4 + 4)
                    dst[out0 + x] = p00.y
                    dst[out0 + x + 1] = p01.y
                    dst[out1 + x] = p10.y
                    dst[out1 + x + 1] = p11.y
                    let r = (p00.r + p01.r + p10.r + p11.r) >> 2
                    let g = (p00.g + p01.g + p10.g + p11.g) >> 2
                    let b = (p00.b + p01.b + p10.b + p11.b) >> 2
                    let c = chromaRow + x / 2
                    dst[uOffset + c] = UInt8(truncatingIfNeeded: ((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128)
                    dst[vOffset + c] = UInt8(truncatingIfNeeded: ((112 * r - 94 * g - 18 * b + 128) >> 8) + 128)
                }
            }
            count = byteCount(width: width, height: height)
        }
    }
}
