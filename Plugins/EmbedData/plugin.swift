import Foundation
import PackagePlugin

/// Embeds a target's data files (phrasebooks, web assets, rule sets) in its code at build
/// time, so the `cliff` binary carries them and runs from any folder, alone.
///
/// Every file below the target's folder whose name ends in one of `extensions` is read by
/// `EmbedDataTool`, which writes one Swift file, `EmbeddedData.swift`, into the plugin's work
/// directory (never into `Sources/`). It declares an internal enum:
///
/// ```swift
/// enum EmbeddedData {
///     /// Every embedded file's text by its path relative to the target folder.
///     static let files: [String: String]
/// }
/// ```
///
/// The data files are the build command's inputs, so editing one regenerates the Swift
/// file. Exclude the data files' folder from the target in Package.swift so SwiftPM does not
/// treat them as unhandled resources.
@main
struct EmbedData: BuildToolPlugin {
    /// The file name endings that are data.
    static let extensions = [".phrasebook", ".lexicon", ".names", ".css", ".js", ".mustache", ".yaml", ".html"]

    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let root = module.directoryURL.standardizedFileURL
        var files: [URL] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            let name = url.lastPathComponent
            guard Self.extensions.contains(where: { name.hasSuffix($0) }) else { continue }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            files.append(url.standardizedFileURL)
        }
        files.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedData.swift")
        let relative = files.map { String($0.path.dropFirst(root.path.count + 1)) }
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) data files in \(target.name)",
                executable: try context.tool(named: "EmbedDataTool").url,
                arguments: [root.path, output.path] + relative,
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
