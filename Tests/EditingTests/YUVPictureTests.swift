import Testing

@testable import Editing

@Suite struct YUVPictureTests {
    /// A `width`×`height` BGRA picture of one colour.
    static func filled(_ r: UInt8, _ g: UInt8, _ b: UInt8, width: Int = 4, height: Int = 2) -> [UInt8] {
        Array((0..<width * height).map { _ in [b, g, r, 255] }.joined())
    }

    @Test func blackWhiteAndRedMatchBT601LimitedRange() {
        let black = YUVPicture.fromBGRA(Self.filled(0, 0, 0), width: 4, height: 2)
        #expect(black.count == YUVPicture.byteCount(width: 4, height: 2))
        #expect(black[0] == 16 && black[8] == 128 && black[10] == 128)
        let white = YUVPicture.fromBGRA(Self.filled(255, 255, 255), width: 4, height: 2)
        #expect(white[0] == 235 && white[8] == 128 && white[10] == 128)
        // ffmpeg's swscale gives Y 81, U 90, V 240 for pure red.
        let red = YUVPicture.fromBGRA(Self.filled(255, 0, 0), width: 4, height: 2)
        #expect(abs(Int(red[0]) - 81) <= 1 && abs(Int(red[8]) - 90) <= 1 && abs(Int(red[10]) - 240) <= 1)
    }

    @Test func chromaAveragesEachTwoByTwoBlock() {
        // Left block white, right block black: U and V stay neutral, Y keeps each pixel.
        var pixels = Self.filled(255, 255, 255)
        for y in 0..<2 { for x in 2..<4 { for c in 0..<3 { pixels[(y * 4 + x) * 4 + c] = 0 } } }
        let yuv = YUVPicture.fromBGRA(pixels, width: 4, height: 2)
        #expect(Array(yuv[0..<4]) == [235, 235, 16, 16])
        #expect(Array(yuv[8..<12]) == [128, 128, 128, 128])
    }

    @Test func holdTablePicksEachFramesStart() {
        // The setpts expression is a binary search: check its shape for one, two and five holds.
        #expect(ShotEncoder.table([0]) == "0")
        #expect(ShotEncoder.table([0, 12]) == "if(lt(N,1),0,12)")
        #expect(ShotEncoder.table([0, 3, 9, 20, 30]) == "if(lt(N,2),if(lt(N,1),0,3),if(lt(N,3),9,if(lt(N,4),20,30)))")
    }
}
