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

    /// Renders page `name`. The navigation marks the page's section as the current page
    /// (`aria-current`), and shows admins the Users link.
    static func render(_ name: String, _ context: [String: Any]) -> String {
        var context = context
        if var user = context["user"] as? [String: Any] {
            if let section = section[name] { user["nav" + section] = true }
            user["isAdmin"] = (user["role"] as? String) == Role.admin.rawValue
            context["user"] = user
        }
        return library.render(context, withTemplate: name) ?? "<!doctype html><title>Cliffhanger</title><p>page \(name) is missing"
    }

    /// The navigation section of each page.
    private static let section = [
        "seriesList": "Series", "series": "Series", "episode": "Series", "audience": "Series", "calendar": "Series", "experiments": "Series",
        "experiment": "Series", "slate": "Series", "edition": "Series",
        "production": "Production", "channels": "Channel", "users": "Users",
    ]

    /// An error page inside the studio's layout, for `user` when someone is logged in.
    static func errorPage(status: Int, message: String, user: StudioUser? = nil) -> String {
        let heading = switch status {
        case 400: "That request cannot be done"
        case 401: "Please log in"
        case 403: "Not allowed"
        case 404: "Not found"
        case 409: "Not now"
        case 413: "Too large"
        case 429: "Too many requests"
        default: "Something failed"
        }
        var context: [String: Any] = ["title": heading, "heading": heading, "status": status, "message": message]
        if let user { context["user"] = PageRoutes.user(user) }
        return render("error", context)
    }

    /// The studio's script (`Assets/studio.js`): review buttons post to the API; production
    /// progress arrives as server-sent events.
    static let script = WebAssets.text("studio.js")
}
