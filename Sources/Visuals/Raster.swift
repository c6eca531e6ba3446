public import Foundation
import CCairo

/// A picture in memory: cairo's ARGB32 pixels, premultiplied alpha, native endian (bytes
/// B, G, R, A on little-endian machines), rows of `width * 4` bytes, top row first.
public struct Raster: Sendable, Hashable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// `width * height * 4` bytes, as described on the type.
    public var pixels: [UInt8]

    /// Wraps pixels; `pixels` must hold `width * height * 4` bytes.
    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width >= 0 && height >= 0 && pixels.count == width * height * 4, "a \(width)×\(height) raster needs \(width * height * 4) bytes, got \(pixels.count)")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Decodes a PNG (any colour type cairo reads).
    ///
    /// - Throws: `VisualsError` with code `.imageFormat` when the data is not a PNG.
    public init(png: Data) throws(VisualsError) {
        let reader = PNGReader(data: png)
        let box = Unmanaged.passRetained(reader)
        defer { box.release() }
        guard let decoded = cairo_image_surface_create_from_png_stream({ closure, target, length in
            let reader = Unmanaged<PNGReader>.fromOpaque(closure!).takeUnretainedValue()
            return reader.read(into: target!, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
        }, box.toOpaque()) else {
            throw VisualsError(code: .imageFormat, message: "cairo could not decode the PNG")
        }
        defer { cairo_surface_destroy(decoded) }
        let status = cairo_surface_status(decoded)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw VisualsError(code: .imageFormat, message: "not a readable PNG (\(png.count) bytes): \(String(cString: cairo_status_to_string(status)))")
        }
        let width = Int(cairo_image_surface_get_width(decoded)), height = Int(cairo_image_surface_get_height(decoded))
        let canvas = try Canvas(width: width, height: height)
        cairo_set_source_surface(canvas.cr, decoded, 0, 0)
        cairo_set_operator(canvas.cr, CAIRO_OPERATOR_SOURCE)
        cairo_paint(canvas.cr)
        self = try canvas.raster()
    }

    /// Encodes as PNG (RGBA, 8 bits per channel).
    public func pngData() throws(VisualsError) -> Data {
        let canvas = try Canvas(raster: self)
        let writer = PNGWriter()
        let box = Unmanaged.passRetained(writer)
        defer { box.release() }
        let status = cairo_surface_write_to_png_stream(canvas.surface, { closure, source, length in
            let writer = Unmanaged<PNGWriter>.fromOpaque(closure!).takeUnretainedValue()
            writer.data.append(source!, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, box.toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw VisualsError(code: .imageFormat, message: "cairo could not encode a \(width)×\(height) PNG: \(String(cString: cairo_status_to_string(status)))")
        }
        return writer.data
    }

    /// Packed R, G, B bytes per pixel, alpha dropped (transparent areas come out black), for
    /// ffmpeg's `rawvideo rgb24` or a PPM.
    public func rgb24() -> [UInt8] {
        let count = width * height
        var output = [UInt8](repeating: 0, count: count * 3)
        pixels.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                for index in 0..<count {
                    let s = index * 4, t = index * 3
                    let (r, g, b, _) = Self.channels(source, s)
                    target[t] = r
                    target[t + 1] = g
                    target[t + 2] = b
                }
            }
        }
        return output
    }

    /// One pixel with alpha un-premultiplied.
    public func pixel(x: Int, y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8) {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "pixel (\(x), \(y)) is outside \(width)×\(height)")
        let (r, g, b, a) = pixels.withUnsafeBufferPointer { Self.channels($0, (y * width + x) * 4) }
        guard a > 0 else { return (0, 0, 0, 0) }
        guard a < 255 else { return (r, g, b, a) }
        func straight(_ v: UInt8) -> UInt8 { UInt8(min(255, (Int(v) * 255 + Int(a) / 2) / Int(a))) }
        return (straight(r), straight(g), straight(b), a)
    }

    /// Premultiplied R, G, B, A of the pixel starting at byte `offset`.
    @inline(__always)
    private static func channels(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (UInt8, UInt8, UInt8, UInt8) {
        #if _endian(little)
        return (bytes[offset + 2], bytes[offset + 1], bytes[offset], bytes[offset + 3])
        #else
        return (bytes[offset + 1], bytes[offset + 2], bytes[offset + 3], bytes[offset])
        #endif
    }
}

/// Feeds PNG bytes to cairo's read callback.
private final class PNGReader {
    let data: Data
    var offset = 0

    init(data: Data) { self.data = data }

    func read(into target: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        guard offset + count <= data.count else { return false }
        data.copyBytes(to: target, from: data.startIndex + offset..<data.startIndex + offset + count)
        offset += count
        return true
    }
}

/// Collects the bytes cairo's write callback hands over.
private final class PNGWriter {
    var data = Data()
}
