package import Basics
import Foundation

package import Yams

/// Walks a composed YAML tree, converting nodes to values and collecting every schema problem
/// (wrong type, unknown key, missing field, bad value) with its line, column and field path.
/// Shared by the package's loaders (`package`), so every YAML file reports problems alike.
package struct YAMLNodeReader {
    package var sourceMap: SourceMap
    package private(set) var diagnostics: [Diagnostic] = []

    package init(file: String) { sourceMap = SourceMap(file: file) }

    package static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    package static func join(_ path: String, index: Int) -> String { "\(path)[\(index)]" }

    package mutating func report(_ node: Node?, _ path: String, _ message: String, hint: String? = nil) {
        let mark = node?.mark
        let position = mark == nil ? sourceMap.position(of: path) : nil
        diagnostics.append(
            Diagnostic(
                .error, file: sourceMap.file, line: mark?.line ?? position?.line,
                column: mark?.column ?? position?.column, fieldPath: path, message: message, hint: hint))
    }

    private mutating func remember(_ node: Node, _ path: String) {
        if let mark = node.mark { sourceMap.record(path, line: mark.line, column: mark.column) }
    }

    package static func isNull(_ node: Node?) -> Bool {
        guard let node else { return true }
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any {
            return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
        return false
    }

    package static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "the value '\(TextInput.excerpt(scalar.string))'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// A mapping's values by key. Unknown keys are reported with a did-you-mean; missing
    /// required keys are reported at the mapping.
    package mutating func mapping(
        _ node: Node, _ path: String, keys: [String], required: [String] = []
    ) -> [String: Node]? {
        remember(node, path)
        guard case .mapping(let mapping) = node else {
            report(node, path, "expected a mapping of 'key: value' lines, found \(Self.describe(node))",
                   hint: "write the fields as 'key: value' lines indented under '\(path.isEmpty ? "the top" : path)'")
            return nil
        }
        var values: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                report(keyNode, path, "a key must be a plain word, found \(Self.describe(keyNode))")
                continue
            }
            let fieldPath = Self.join(path, key.string)
            guard keys.contains(key.string) else {
                report(keyNode, fieldPath, "unknown key '\(TextInput.excerpt(key.string))'.\(Suggestion.didYouMean(key.string, in: keys))",
                       hint: "known keys here: \(keys.joined(separator: ", ")); see docs/series-bible.md")
                continue
            }
            if let mark = keyNode.mark { sourceMap.record(fieldPath, line: mark.line, column: mark.column) }
            values[key.string] = value
        }
        for key in required where Self.isNull(values[key]) {
            report(node, Self.join(path, key), "missing required field '\(key)'",
                   hint: "add '\(key): …' to \(path.isEmpty ? "the top level" : path)")
        }
        return values
    }

    package mutating func sequence(_ node: Node?, _ path: String) -> [Node]? {
        guard let node, !Self.isNull(node) else { return nil }
        remember(node, path)
        guard case .sequence(let sequence) = node else {
            report(node, path, "expected a list, found \(Self.describe(node))",
                   hint: "write each item on its own line starting with '- ', or as [a, b]")
            return nil
        }
        return Array(sequence)
    }

    package mutating func string(_ node: Node?, _ path: String) -> String? {
        guard let node, !Self.isNull(node) else { return nil }
        remember(node, path)
        guard case .scalar(let scalar) = node else {
            report(node, path, "expected text, found \(Self.describe(node))",
                   hint: "quote the value if it contains ':' or starts with '-', '[' or '{'")
            return nil
        }
        return scalar.string
    }

    package mutating func int(_ node: Node?, _ path: String) -> Int? {
        guard let node, !Self.isNull(node) else { return nil }
        remember(node, path)
        guard case .scalar(let scalar) = node, let value = Int(scalar.string.replacingOccurrences(of: "_", with: "")) else {
            report(node, path, "expected a whole number, found \(Self.describe(node))", hint: "write digits only, e.g. 80")
            return nil
        }
        return value
    }

    package mutating func uint64(_ node: Node?, _ path: String) -> UInt64? {
        guard let node, !Self.isNull(node) else { return nil }
        remember(node, path)
        guard case .scalar(let scalar) = node, let value = UInt64(scalar.string) else {
            report(node, path, "expected a non-negative whole number, found \(Self.describe(node))",
                   hint: "write digits only, e.g. 42")
            return nil
        }
        return value
    }

    package mutating func bool(_ node: Node?, _ path: String) -> Bool? {
        guard let node, !Self.isNull(node) else { return nil }
        remember(node, path)
        guard case .scalar(let scalar) = node, let value = ["true": true, "false": false, "yes": true, "no": false][scalar.string.lowercased()] else {
            report(node, path, "expected true or false, found \(Self.describe(node))")
            return nil
        }
        return value
    }

    package mutating func strings(_ node: Node?, _ path: String) -> [String]? {
        guard let items = sequence(node, path) else { return nil }
        return items.enumerated().compactMap { string($1, Self.join(path, index: $0)) }
    }

    package mutating func choice<Value>(
        _ node: Node?, _ path: String, _ options: [(String, Value)], what: String
    ) -> Value? {
        guard let text = string(node, path) else { return nil }
        if let match = options.first(where: { $0.0 == text.lowercased() }) { return match.1 }
        let names = options.map(\.0)
        report(node, path, "unknown \(what) '\(TextInput.excerpt(text))'.\(Suggestion.didYouMean(text, in: names))",
               hint: "use one of: \(names.joined(separator: ", "))")
        return nil
    }

    /// Reads an episode range: `12`, `5-12`.
    package mutating func episodeRange(_ node: Node?, _ path: String) -> ClosedRange<Int>? {
        guard let text = string(node, path) else { return nil }
        if let range = try? EpisodeSelection.parseRange(text) { return range }
        report(node, path, "expected an episode range like 1-80, found '\(TextInput.excerpt(text))'", hint: "write FIRST-LAST, e.g. 3-12")
        return nil
    }
}
