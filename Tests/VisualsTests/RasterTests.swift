import Foundation
import Testing

@testable import Visuals

@Suite struct RasterTests {
    /// A 3×2 raster with a few opaque colours and one half-transparent pixel.
    static func sample() -> Raster {
        var pixels = [UInt8](repeating: 0, count: 3 * 2 * 4)
        // B, G, R, A (premultiplied).
        let values: [[UInt8]] = [[0, 0, 255, 255], [0, 255, 0, 255], [255, 0, 0, 255], [10, 20, 30, 255], [0, 0, 0, 0], [0, 0, 64, 128]]
        for (index, value) in values.enumerated() { pixels.replaceSubrange(index * 4..<index * 4 + 4, with: value) }
        return Raster(width: 3, height: 2, pixels: pixels)
    }

    @Test func pngRoundTripKeepsEveryPixel() throws {
        let raster = Self.sample()
        let png = try raster.pngData()
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4e, 0x47]))
        let decoded = try Raster(png: png)
        #expect(decoded == raster)
    }

    @Test func pixelsAreUnpremultiplied() {
        let raster = Self.sample()
        #expect(raster.pixel(x: 0, y: 0) == (255, 0, 0, 255))
        #expect(raster.pixel(x: 2, y: 0) == (0, 0, 255, 255))
        #expect(raster.pixel(x: 1, y: 1) == (0, 0, 0, 0))
        let half = raster.pixel(x: 2, y: 1)
        #expect(half.r == 128 && half.a == 128)
    }

    @Test func rgb24PacksRedGreenBlue() {
        let rgb = Self.sample().rgb24()
        #expect(rgb.count == 18)
        #expect(Array(rgb[0..<9]) == [255, 0, 0, 0, 255, 0, 0, 0, 255])
        #expect(Array(rgb[9..<12]) == [30, 20, 10])
    }

    @Test func garbageIsNotAPNG() {
        #expect(throws: VisualsError.self) { try Raster(png: Data("not a picture".utf8)) }
        do {
            _ = try Raster(png: Data([0x89, 0x50, 0x4e, 0x47, 0, 0]))
            Issue.record("a truncated PNG decoded")
        } catch {
            #expect(error.code == .imageFormat)
        }
    }

    @Test func canvasRefusesImpossibleSizes() {
        #expect(throws: VisualsError.self) { try Canvas(width: 0, height: 10) }
    }
}
