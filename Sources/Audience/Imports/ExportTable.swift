import Basics
import Foundation

/// The rows of a CSV or JSON export, each cell as text with where it came from.
struct ExportTable {
    /// One record.
    struct Record {
        /// 1-based line of the record's start (CSV), or 0-based index (JSON).
        var line: Int
        /// Cells by column position; missing trailing cells are empty.
        var cells: [String]
    }

    /// The file's name, for locations.
    var fileName: String
    /// True for a JSON export (locations are `file:[index].column`).
    var isJSON: Bool
    /// Column names as written.
    var header: [String]
    var records: [Record]

    /// Where a cell is: `views.csv:12:3` or `views.json:[4].episode`.
    func location(_ record: Record, column: Int) -> String {
        isJSON ? "\(fileName):[\(record.line)].\(header[column])" : "\(fileName):\(record.line):\(column + 1)"
    }

    /// The index of the column named `name`, ignoring case and surrounding spaces.
    func column(_ name: String) -> Int? {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
    }

    /// Reads `data`: JSON when the file name ends in `.json` or the text starts with `[`
    /// or `{`, else CSV.
    static func read(_ data: Data, fileName: String, delimiter: Character) throws(AudienceError) -> ExportTable {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let problems = TextInput.problems(in: Data(bytes), file: fileName, limit: 5)
        if let first = problems.first {
            throw AudienceError(
                code: .invalidImport,
                message: "\(fileName) is not clean UTF-8 text: " + problems.map { "\($0.location): \($0.message)" }.joined(separator: "; ")
                    + ". Export it again as UTF-8 (CSV UTF-8 in spreadsheet programs); nothing was imported",
                field: first.location)
        }
        let firstSignificant = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        if fileName.lowercased().hasSuffix(".json") || firstSignificant == UInt8(ascii: "[") || firstSignificant == UInt8(ascii: "{") {
            return try readJSON(bytes, fileName: fileName)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw AudienceError(code: .invalidImport, message: "\(fileName) is not UTF-8 text; export it as UTF-8 CSV", field: fileName)
        }
        return try readCSV(text, fileName: fileName, delimiter: delimiter)
    }

    /// RFC 4180 CSV: quoted fields may hold the delimiter, quotes (`""`) and line breaks.
    static func readCSV(_ text: String, fileName: String, delimiter: Character) throws(AudienceError) -> ExportTable {
        var rows: [Record] = []
        var cells: [String] = []
        var cell = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var wasQuoted = false
        var characters = text.makeIterator()
        var pending: Character? = characters.next()
        func endRecord() {
            cells.append(cell)
            if !(cells.count == 1 && cells[0].isEmpty && !wasQuoted) { rows.append(Record(line: recordLine, cells: cells)) }
            cells = []
            cell = ""
            wasQuoted = false
        }
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        cell.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" || character == "\r" { line += 1 }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty:
                quoted = true
                wasQuoted = true
            case delimiter:
                cells.append(cell)
                cell = ""
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                cell.append(character)
            }
        }
        if quoted {
            throw AudienceError(code: .invalidImport, message: "\(fileName): a quoted field opened on line \(recordLine) never closes; close it with \"", field: "\(fileName):\(recordLine)")
        }
        if !cell.isEmpty || !cells.isEmpty || wasQuoted { endRecord() }
        guard let header = rows.first else {
            throw AudienceError(code: .invalidImport, message: "\(fileName) is empty; it needs a header row naming its columns", field: fileName)
        }
        return ExportTable(fileName: fileName, isJSON: false, header: header.cells, records: Array(rows.dropFirst()))
    }

    /// A JSON array of objects (or `{"rows": [...]}`); cells are their values as text.
    static func readJSON(_ bytes: [UInt8], fileName: String) throws(AudienceError) -> ExportTable {
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes)
        } catch {
            throw AudienceError(code: .invalidImport, message: "\(fileName) is not JSON (\(error))", field: fileName)
        }
        var rows: JSONValue = value
        if case .object(let object) = value, let inner = object["rows"] { rows = inner }
        guard case .array(let items) = rows else {
            throw AudienceError(code: .invalidImport, message: "\(fileName) must be an array of row objects (or {\"rows\": [...]})", field: fileName)
        }
        var header: [String] = []
        var seen: Set<String> = []
        var objects: [[String: JSONValue]] = []
        var problems: [String] = []
        for (index, item) in items.enumerated() {
            guard case .object(let object) = item else {
                problems.append("\(fileName):[\(index)]: a row must be an object, not \(item.kindName)")
                objects.append([:])
                continue
            }
            for key in object.keys.sorted() where seen.insert(key).inserted { header.append(key) }
            objects.append(object)
        }
        if !problems.isEmpty {
            throw AudienceError(code: .invalidImport, message: problems.joined(separator: "\n"), field: fileName)
        }
        let records = objects.enumerated().map { index, object in
            Record(line: index, cells: header.map { key in
                switch object[key] {
                case .string(let text)?: text
                case .number(let number)?: number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
                case .bool(let flag)?: flag ? "true" : "false"
                default: ""
                }
            })
        }
        return ExportTable(fileName: fileName, isJSON: true, header: header, records: records)
    }
}
