package import Foundation

/// Places in this repository that tests read or, when asked, write for people.
package enum Repository {
    /// The repository's root folder (this file is `Tests/TestSupport/Repository.swift`).
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `docs/images`, where the stills and screenshots the docs show live.
    package static var documentationImages: URL { root.appendingPathComponent("docs/images") }
}
