package import Basics
import DramaModel
package import Foundation

/// The phrasebooks of a project's `phrasebooks/` folder, laid over the built-in ones.
///
/// A file is named `<genre>.<language>.phrasebook` (`romance.en.phrasebook`) or
/// `common.<language>.phrasebook` and has the format of docs/phrasebooks.md. Each section it
/// has adds its entries after the built-in entries of the same file; a header
/// `[replace section]` makes the project's entries the only ones of that file's section
/// (`[replace hook]` with no entries removes the built-in hooks). The writer then pools a
/// genre's and the common entries as it does for the built-in phrasebooks.
///
/// ```swift
/// let phrasebooks = try project.loadPhrasebooks()
/// let writer = BeatSheetWriter(phrasebooks: phrasebooks)
/// ```
package struct ProjectPhrasebooks: Sendable {
    /// The folder's name inside a project.
    package static let folderName = "phrasebooks"
    /// The file name ending of a phrasebook.
    package static let fileExtension = "phrasebook"

    /// No project phrasebooks: the built-in writer's own words.
    package static let builtIn = ProjectPhrasebooks(kits: [:], files: [])

    struct KitKey: Hashable, Sendable {
        var genre: Genre
        var language: Language
    }

    /// The kits the project's files change, by genre and language.
    let kits: [KitKey: GenreKit]
    /// The files loaded, as users name them, in name order.
    package let files: [String]

    /// True when the project has no phrasebooks of its own.
    package var isEmpty: Bool { files.isEmpty }

    /// The kit the writer uses for a genre and language.
    /// - Throws: when a built-in phrasebook is broken (a bug in this program).
    func kit(_ genre: Genre, _ language: Language) throws(PhrasebookProblem) -> GenreKit {
        if let kit = kits[KitKey(genre: genre, language: language)] { return kit }
        return try GenreKit.load(genre, language)
    }

    /// Loads and validates every file in `folder`; a folder that does not exist means the
    /// project has none.
    ///
    /// - Parameters:
    ///   - folder: the project's `phrasebooks/` folder.
    ///   - displayPath: how a file is named in messages (relative to the working directory).
    /// - Throws: `StoryEngineError` `.invalidPhrasebook` listing every problem in every file,
    ///   each located at `file:line:column` with how to fix it.
    package static func load(from folder: URL, displayPath: (URL) -> String = { $0.path }) throws(StoryEngineError) -> ProjectPhrasebooks {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return .builtIn }
        guard isFolder.boolValue else {
            throw StoryEngineError(
                code: .invalidPhrasebook,
                message: "\(displayPath(folder)) is a file; the project's phrasebooks go in a folder of that name. Move the file away, then put <genre>.<language>.phrasebook files in a \(folderName)/ folder.")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw StoryEngineError(code: .invalidPhrasebook, message: "cannot read \(displayPath(folder)): \(error.localizedDescription). Check its permissions.", underlying: error)
        }

        var problems: [Diagnostic] = []
        // The folder sits in the project folder; neither it nor a file in it may lead outside.
        let projectRoot = folder.deletingLastPathComponent()
        if let outside = ProjectBoundary.check(folder, inside: projectRoot, file: displayPath(folder)) {
            throw StoryEngineError(code: .invalidPhrasebook, message: "the project's phrasebooks folder \(outside.message)", diagnostics: [outside])
        }
        var sources: [(name: String, shown: String, data: Data)] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            let shown = displayPath(url)
            if let outside = ProjectBoundary.check(url, inside: projectRoot, file: shown) {
                problems.append(outside)
                continue
            }
            guard let data = manager.contents(atPath: url.path) else {
                problems.append(Diagnostic(file: shown, message: "cannot read the file", hint: "check that it is a readable file, not a folder"))
                continue
            }
            sources.append((name, shown, data))
        }
        let phrasebooks = try build(sources, problems: &problems)
        guard problems.isEmpty else {
            var seen: Set<Diagnostic> = []
            let unique = problems.filter { seen.insert($0).inserted }.sortedByLocation()
            throw StoryEngineError(
                code: .invalidPhrasebook,
                message: "\(unique.count) problem\(unique.count == 1 ? "" : "s") in the project's phrasebooks (\(displayPath(folder))); nothing was written. Fix them and run the command again.",
                diagnostics: unique)
        }
        return phrasebooks
    }

    /// Parses phrasebook files given as bytes (`name` is the file name, `shown` how messages
    /// name it) and lays them over the built-in ones, adding every problem to `problems`.
    /// - Throws: `.phrasebookBroken` only when a built-in phrasebook is broken.
    package static func build(_ sources: [(name: String, shown: String, data: Data)], problems: inout [Diagnostic]) throws(StoryEngineError) -> ProjectPhrasebooks {
        var genreBooks: [KitKey: Phrasebook] = [:]
        var commonBooks: [Language: Phrasebook] = [:]
        var files: [String] = []
        for (name, shown, data) in sources {
            guard let (genre, language) = parseName(name, shown: shown, problems: &problems) else { continue }
            let textProblems = TextInput.problems(in: data, file: shown)
            guard textProblems.isEmpty else {
                problems += textProblems
                continue
            }
            let source = String(decoding: data, as: UTF8.self)
            files.append(shown)
            let book = Phrasebook(source: source.replacingOccurrences(of: "\r\n", with: "\n"), file: shown, problems: &problems)
            if let genre {
                genreBooks[KitKey(genre: genre, language: language)] = book
            } else {
                for section in Phrasebook.tableSections {
                    guard let header = book.origin(of: section) else { continue }
                    problems.append(Diagnostic(
                        file: shown, line: header.line, column: 1,
                        message: "[\(section)] belongs in a genre phrasebook, not in the common one every genre shares",
                        hint: "move the section to \(Genre.allCases.map { "\($0.rawValue).\(language.rawValue).\(fileExtension)" }.joined(separator: " or "))"))
                }
                commonBooks[language] = book
            }
        }

        var kits: [KitKey: GenreKit] = [:]
        for genre in Genre.allCases {
            for language in Language.written {
                let key = KitKey(genre: genre, language: language)
                guard genreBooks[key] != nil || commonBooks[language] != nil else { continue }
                do {
                    var own = try Phrasebook.builtIn("\(genre.rawValue).\(language.rawValue)")
                    var common = try Phrasebook.builtIn("common.\(language.rawValue)")
                    if let project = genreBooks[key] { own = own.overlaid(with: project) }
                    if let project = commonBooks[language] { common = common.overlaid(with: project) }
                    kits[key] = GenreKit(genre: genre, language: language, own: own, common: common, problems: &problems)
                } catch {
                    throw StoryEngineError(code: .phrasebookBroken, message: "a built-in phrasebook is broken: \(error)")
                }
            }
        }
        return ProjectPhrasebooks(kits: kits, files: files)
    }

    /// The genre (nil for `common`) and language a file name stands for, or nil with a problem.
    static func parseName(_ name: String, shown: String, problems: inout [Diagnostic]) -> (Genre?, Language)? {
        let genres = ["common"] + Genre.allCases.map(\.rawValue)
        let languages = Language.written.map(\.rawValue)
        let examples = "romance.en.\(fileExtension), common.zh.\(fileExtension)"
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts[2] == fileExtension else {
            problems.append(Diagnostic(
                file: shown, message: "'\(name)' is not a phrasebook name: the folder holds only <genre>.<language>.\(fileExtension) files",
                hint: "rename it like \(examples) (genres: \(genres.joined(separator: ", ")); languages: \(languages.joined(separator: ", "))), or move it out of \(folderName)/"))
            return nil
        }
        var fine = true
        if !genres.contains(parts[0]) {
            problems.append(Diagnostic(
                file: shown, message: "unknown genre '\(parts[0])' in the file name",
                hint: "name the file after one of \(genres.joined(separator: ", ")), like \(examples)." + Suggestion.didYouMean(parts[0], in: genres)))
            fine = false
        }
        if !languages.contains(parts[1]) {
            problems.append(Diagnostic(
                file: shown, message: "unknown language '\(parts[1])' in the file name",
                hint: "use one of \(languages.joined(separator: ", ")), like \(examples)." + Suggestion.didYouMean(parts[1], in: languages)))
            fine = false
        }
        guard fine, let language = Language(rawValue: parts[1]) else { return nil }
        return (Genre(rawValue: parts[0]), language)
    }
}
