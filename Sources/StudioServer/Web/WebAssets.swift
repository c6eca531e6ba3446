import Studio
/// The studio's web assets: the files in `Sources/Studio/Assets/` (stylesheets, scripts,
/// Mustache templates, the OpenAPI document), embedded in the binary at build time by the
/// EmbedData plugin so `cliff serve` needs no files next to the executable.
///
/// The files are served and rendered byte for byte; none ends with a newline it does not
/// mean to send.
enum WebAssets {
    /// The text of `Assets/<path>`.
    ///
    /// A missing asset is a broken build (the plugin embeds every data file under
    /// `Sources/Studio`), so it stops the program with the path rather than serve a blank.
    static func text(_ path: String) -> String {
        guard let text = EmbeddedData.files["Assets/\(path)"] else {
            preconditionFailure("Assets/\(path) is not embedded in this build; the EmbedData plugin embeds every data file under Sources/Studio")
        }
        return text
    }

    /// The page templates of `Assets/templates/`, by name without `.mustache`
    /// (`episode`, `layout-top`).
    static var templates: [String: String] {
        let prefix = "Assets/templates/", suffix = ".mustache"
        var templates: [String: String] = [:]
        for (path, text) in EmbeddedData.files where path.hasPrefix(prefix) && path.hasSuffix(suffix) {
            templates[String(path.dropFirst(prefix.count).dropLast(suffix.count))] = text
        }
        return templates
    }
}
