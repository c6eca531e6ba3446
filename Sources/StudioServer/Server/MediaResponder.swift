import Studio
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Serves one media file with HTTP range requests (`Range: bytes=a-b`, `a-`, `-n`),
/// `Accept-Ranges`, `Content-Range` and 416 for ranges outside the file. The file's URL is
/// always chosen by the server from a fixed list of names (see `Studio.mediaFile`), never
/// built from the request path, so no path outside a project's outputs is reachable.
///
/// Every answer carries validators — an `ETag` of the file's size and modification time and
/// its `Last-Modified` — and a request whose `If-None-Match` names the current one is
/// answered 304 without the body.
enum MediaResponder {
    /// The studio's own media (drafts, takes, thumbnails): for the signed-in user only.
    static let privateCaching = "private, max-age=60"
    /// The channel's released media: the same for every viewer; kept a minute, then checked
    /// again with the validators (a new render replaces the file under the same address).
    static let publicCaching = "public, max-age=60, must-revalidate"

    static func respond(_ url: URL, request: Request, context: StudioContext, caching: String = privateCaching) async throws -> Response {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = (attributes[.size] as? NSNumber)?.intValue else {
            throw StudioError(code: .notFound, message: "\(url.lastPathComponent) is gone")
        }
        var headers: HTTPFields = [.contentType: contentType(url), .acceptRanges: "bytes", .cacheControl: caching]
        if let modified = attributes[.modificationDate] as? Date {
            let tag = "\"\(String(size, radix: 16))-\(String(Int64(modified.timeIntervalSince1970 * 1000), radix: 16))\""
            headers[.eTag] = tag
            headers[.lastModified] = httpDate(modified)
            if let wanted = request.headers[.ifNoneMatch],
               wanted.split(separator: ",").contains(where: { let t = $0.trimmingCharacters(in: .whitespaces); return t == tag || t == "W/" + tag || t == "*" }) {
                return Response(status: .notModified, headers: headers)
            }
        }
        let fileIO = FileIO()
        if let header = request.headers[.range] {
            guard let range = parse(header, size: size) else {
                headers[.contentRange] = "bytes */\(size)"
                return Response(status: .rangeNotSatisfiable, headers: headers)
            }
            headers[.contentRange] = "bytes \(range.lowerBound)-\(range.upperBound)/\(size)"
            headers[.contentLength] = String(range.count)
            let body = try await fileIO.loadFile(path: url.path, range: range, context: context)
            return Response(status: .partialContent, headers: headers, body: body)
        }
        headers[.contentLength] = String(size)
        if size == 0 { return Response(status: .ok, headers: headers) }
        let body = try await fileIO.loadFile(path: url.path, context: context)
        return Response(status: .ok, headers: headers, body: body)
    }

    /// The byte range a `Range` header asks for within a file of `size` bytes, or nil when it
    /// is malformed or unsatisfiable. Only a single range is served.
    static func parse(_ header: String, size: Int) -> ClosedRange<Int>? {
        guard header.hasPrefix("bytes="), size > 0 else { return nil }
        let spec = header.dropFirst(6)
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return nil }
        let first = spec[..<dash].trimmingCharacters(in: .whitespaces)
        let last = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        if first.isEmpty {
            guard let suffix = Int(last), suffix > 0 else { return nil }
            return max(0, size - suffix)...(size - 1)
        }
        guard let start = Int(first), start >= 0, start < size else { return nil }
        if last.isEmpty { return start...(size - 1) }
        guard let end = Int(last), end >= start else { return nil }
        return start...min(end, size - 1)
    }

    /// `date` as HTTP writes dates (`Sun, 06 Nov 1994 08:49:37 GMT`).
    static func httpDate(_ date: Date) -> String {
        date.formatted(Date.VerbatimFormatStyle(
            format: "\(weekday: .abbreviated), \(day: .twoDigits) \(month: .abbreviated) \(year: .defaultDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits) GMT",
            locale: Locale(identifier: "en_US_POSIX"), timeZone: TimeZone(identifier: "GMT")!, calendar: Calendar(identifier: .gregorian)))
    }

    static func contentType(_ url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "mp4": "video/mp4"
        case "vtt": "text/vtt; charset=utf-8"
        case "srt": "application/x-subrip; charset=utf-8"
        case "otio": "application/json"
        case "jpg", "jpeg": "image/jpeg"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }
}
