import CCairo

/// A cairo image surface and its drawing context, with the handful of path and paint
/// helpers the painters use. Not thread-safe: one canvas per drawing call.
final class Canvas {
    let surface: OpaquePointer
    let cr: OpaquePointer
    let width: Int
    let height: Int

    /// A transparent canvas.
    init(width: Int, height: Int) throws(VisualsError) {
        guard width > 0, height > 0, width <= 16384, height <= 16384 else {
            throw VisualsError(code: .drawingFailed, message: "cannot draw a \(width)×\(height) picture: sizes must be 1–16384 pixels")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw VisualsError(code: .drawingFailed, message: "cairo could not create a \(width)×\(height) surface (out of memory?)")
        }
        guard let cr = cairo_create(surface), cairo_status(cr) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw VisualsError(code: .drawingFailed, message: "cairo could not create a drawing context for a \(width)×\(height) surface")
        }
        self.surface = surface
        self.cr = cr
        self.width = width
        self.height = height
    }

    /// Pixels the canvas allocated itself (for a copy of a raster), freed with it.
    private var ownedPixels: UnsafeMutableRawPointer?

    /// A canvas starting with a copy of the raster's pixels: one copy into memory the surface
    /// then draws on, with no zero-filled surface allocated first (a 1080p frame is 11 MB).
    init(raster: Raster) throws(VisualsError) {
        let width = raster.width, height = raster.height
        guard width > 0, height > 0, width <= 16384, height <= 16384 else {
            throw VisualsError(code: .drawingFailed, message: "cannot draw a \(width)×\(height) picture: sizes must be 1–16384 pixels")
        }
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, Int32(width)))
        let pixels = UnsafeMutableRawPointer.allocate(byteCount: stride * height, alignment: 16)
        raster.pixels.withUnsafeBytes { source in
            let rowBytes = width * 4
            if stride == rowBytes {
                pixels.copyMemory(from: source.baseAddress!, byteCount: rowBytes * height)
            } else {
                for row in 0..<height { (pixels + row * stride).copyMemory(from: source.baseAddress! + row * rowBytes, byteCount: rowBytes) }
            }
        }
        guard let surface = cairo_image_surface_create_for_data(
            pixels.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_ARGB32, Int32(width), Int32(height), Int32(stride)),
            cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            pixels.deallocate()
            throw VisualsError(code: .drawingFailed, message: "cairo could not create a \(width)×\(height) surface (out of memory?)")
        }
        guard let cr = cairo_create(surface), cairo_status(cr) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            pixels.deallocate()
            throw VisualsError(code: .drawingFailed, message: "cairo could not create a drawing context for a \(width)×\(height) surface")
        }
        self.surface = surface
        self.cr = cr
        self.width = width
        self.height = height
        self.ownedPixels = pixels
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
        ownedPixels?.deallocate()
    }

    /// Lends the pixels drawn so far to `body` (B, G, R, A bytes, `bytesPerRow` apart).
    /// - Throws: `VisualsError` when cairo failed while drawing; whatever `body` throws.
    func withPixels<T>(_ body: (_ pixels: UnsafeRawBufferPointer, _ bytesPerRow: Int) throws -> T) throws -> T {
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw VisualsError(code: .drawingFailed, message: "cairo failed while drawing: \(String(cString: cairo_status_to_string(status)))")
        }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        return try body(UnsafeRawBufferPointer(start: data, count: stride * height), stride)
    }

    /// The pixels drawn so far.
    func raster() throws(VisualsError) -> Raster {
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw VisualsError(code: .drawingFailed, message: "cairo failed while drawing: \(String(cString: cairo_status_to_string(status)))")
        }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        let rowBytes = width * 4
        let pixels = [UInt8](unsafeUninitializedCapacity: rowBytes * height) { target, count in
            let base = target.baseAddress!
            if stride == rowBytes {
                base.update(from: data, count: rowBytes * height)
            } else {
                for row in 0..<height { (base + row * rowBytes).update(from: data + row * stride, count: rowBytes) }
            }
            count = rowBytes * height
        }
        return Raster(width: width, height: height, pixels: pixels)
    }

    // MARK: State

    func save() { cairo_save(cr) }
    func restore() { cairo_restore(cr) }
    func translate(_ x: Double, _ y: Double) { cairo_translate(cr, x, y) }
    func scale(_ x: Double, _ y: Double) { cairo_scale(cr, x, y) }
    func rotate(_ angle: Double) { cairo_rotate(cr, angle) }
    /// Runs the body between save and restore.
    func layer(_ body: () -> Void) {
        cairo_save(cr)
        body()
        cairo_restore(cr)
    }

    // MARK: Paths

    func newPath() { cairo_new_path(cr) }
    func move(_ x: Double, _ y: Double) { cairo_move_to(cr, x, y) }
    func line(_ x: Double, _ y: Double) { cairo_line_to(cr, x, y) }
    func curve(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ x: Double, _ y: Double) {
        cairo_curve_to(cr, x1, y1, x2, y2, x, y)
    }
    /// A quadratic curve from the current point, as a cubic.
    func quad(_ cx: Double, _ cy: Double, _ x: Double, _ y: Double) {
        var x0 = 0.0, y0 = 0.0
        cairo_get_current_point(cr, &x0, &y0)
        cairo_curve_to(cr, x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0), x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y), x, y)
    }
    func close() { cairo_close_path(cr) }
    func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double) { cairo_rectangle(cr, x, y, w, h) }
    func ellipse(_ cx: Double, _ cy: Double, _ rx: Double, _ ry: Double) {
        guard rx > 0, ry > 0 else { return }
        cairo_save(cr)
        cairo_translate(cr, cx, cy)
        cairo_scale(cr, rx, ry)
        cairo_new_sub_path(cr)
        cairo_arc(cr, 0, 0, 1, 0, 2 * .pi)
        cairo_close_path(cr)
        cairo_restore(cr)
    }
    func circle(_ cx: Double, _ cy: Double, _ r: Double) { ellipse(cx, cy, r, r) }
    func roundedRect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ r: Double) {
        let r = min(r, w / 2, h / 2)
        cairo_new_sub_path(cr)
        cairo_arc(cr, x + w - r, y + r, r, -.pi / 2, 0)
        cairo_arc(cr, x + w - r, y + h - r, r, 0, .pi / 2)
        cairo_arc(cr, x + r, y + h - r, r, .pi / 2, .pi)
        cairo_arc(cr, x + r, y + r, r, .pi, 1.5 * .pi)
        cairo_close_path(cr)
    }
    /// A closed polygon through the points.
    func polygon(_ points: [(Double, Double)]) {
        guard let first = points.first else { return }
        move(first.0, first.1)
        for point in points.dropFirst() { line(point.0, point.1) }
        close()
    }

    // MARK: Paint

    func color(_ c: RGBColor, _ alpha: Double = 1) {
        let u = c.unit
        if alpha >= 1 { cairo_set_source_rgb(cr, u.r, u.g, u.b) } else { cairo_set_source_rgba(cr, u.r, u.g, u.b, alpha) }
    }
    /// Fills the current path with a colour and clears it.
    func fill(_ c: RGBColor, _ alpha: Double = 1) {
        color(c, alpha)
        cairo_fill(cr)
    }
    /// Fills the current path with a colour and keeps it.
    func fillKeep(_ c: RGBColor, _ alpha: Double = 1) {
        color(c, alpha)
        cairo_fill_preserve(cr)
    }
    /// Strokes the current path and clears it.
    func stroke(_ c: RGBColor, width: Double, alpha: Double = 1, round: Bool = true) {
        color(c, alpha)
        cairo_set_line_width(cr, width)
        cairo_set_line_cap(cr, round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        cairo_set_line_join(cr, round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
        cairo_stroke(cr)
    }
    /// Fills with `fill`, then outlines with `line`.
    func fillAndOutline(_ fill: RGBColor, _ line: RGBColor, width: Double, alpha: Double = 1) {
        fillKeep(fill, alpha)
        stroke(line, width: width, alpha: alpha)
    }
    /// Clips to the current path (intersecting) and clears it.
    func clip() { cairo_clip(cr) }

    /// A linear gradient as the source.
    func linear(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ stops: [(Double, RGBColor, Double)]) {
        let pattern = cairo_pattern_create_linear(x0, y0, x1, y1)
        for stop in stops {
            let u = stop.1.unit
            cairo_pattern_add_color_stop_rgba(pattern, stop.0, u.r, u.g, u.b, stop.2)
        }
        cairo_set_source(cr, pattern)
        cairo_pattern_destroy(pattern)
    }
    /// A radial gradient as the source.
    func radial(_ cx: Double, _ cy: Double, _ r0: Double, _ r1: Double, _ stops: [(Double, RGBColor, Double)]) {
        let pattern = cairo_pattern_create_radial(cx, cy, r0, cx, cy, r1)
        for stop in stops {
            let u = stop.1.unit
            cairo_pattern_add_color_stop_rgba(pattern, stop.0, u.r, u.g, u.b, stop.2)
        }
        cairo_set_source(cr, pattern)
        cairo_pattern_destroy(pattern)
    }
    /// Fills the current path with the current source and clears it.
    func fillSource() { cairo_fill(cr) }
    /// Paints the whole clip with the current source.
    func paint(alpha: Double = 1) {
        if alpha >= 1 { cairo_paint(cr) } else { cairo_paint_with_alpha(cr, alpha) }
    }

    /// Draws a raster scaled to cover the canvas (centred crop when the aspects differ).
    func paintCovering(_ raster: Raster) {
        if raster.width == width, raster.height == height {
            return paintExactly(raster)
        }
        var copy = raster.pixels
        copy.withUnsafeMutableBytes { bytes in
            let source = cairo_image_surface_create_for_data(
                bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_ARGB32,
                Int32(raster.width), Int32(raster.height), Int32(raster.width * 4))
            let factor = max(Double(width) / Double(raster.width), Double(height) / Double(raster.height))
            cairo_save(cr)
            cairo_translate(cr, (Double(width) - Double(raster.width) * factor) / 2, (Double(height) - Double(raster.height) * factor) / 2)
            cairo_scale(cr, factor, factor)
            cairo_set_source_surface(cr, source, 0, 0)
            cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_BILINEAR)
            cairo_paint(cr)
            cairo_restore(cr)
            cairo_surface_destroy(source)
        }
    }

    /// Copies a raster of the canvas's size straight into the surface.
    private func paintExactly(_ raster: Raster) {
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        raster.pixels.withUnsafeBytes { source in
            let base = source.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let rowBytes = width * 4
            for row in 0..<height { (data + row * stride).update(from: base + row * rowBytes, count: rowBytes) }
        }
        cairo_surface_mark_dirty(surface)
    }
}

extension Canvas {
    /// Fills following the even-odd rule until the next restore (rings, frames).
    func setEvenOdd() { cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD) }
}

extension Canvas {
    /// The current point of the path, in user space.
    func currentPoint(_ x: inout Double, _ y: inout Double) { cairo_get_current_point(cr, &x, &y) }
}

extension Canvas {
    /// Paints a raster with its top-left corner at (x, y) in user space.
    func paintRaster(_ raster: inout Raster, x: Double, y: Double) {
        let width = raster.width, height = raster.height
        raster.pixels.withUnsafeMutableBytes { bytes in
            let source = cairo_image_surface_create_for_data(
                bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_ARGB32, Int32(width), Int32(height), Int32(width * 4))
            cairo_set_source_surface(cr, source, x, y)
            cairo_paint(cr)
            cairo_surface_destroy(source)
        }
    }
}
