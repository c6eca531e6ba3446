import Studio
import Foundation
import Mustache

/// The web studio's pages: server-rendered HTML from the Mustache templates in
/// `Sources/Studio/Assets/templates/` (escaped by default; every page includes the partials
/// `layout-top` and `layout-bottom`), a shared stylesheet (`StudioStyle`) and a little
/// dependency-free JavaScript for the review actions and live production progress.
enum Pages {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in WebAssets.templates {
            // The templates are files of this target, embedded at build time; a parse error is
            // a programming error, and the Studio tests render every page.
            try! library.register(text, named: name)
        }
        return library
    }()

    static func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? "<!doctype html><title>Cliffhanger</title><p>page \(name) is missing"
    }

    static func errorPage(status: Int, message: String) -> String {
        render("error", ["title": "Error \(status)", "status": status, "message": message])
    }

    /// The studio's script (`Assets/studio.js`): review buttons post to the API; production
    /// progress arrives as server-sent events.
    static let script = WebAssets.text("studio.js")
}
