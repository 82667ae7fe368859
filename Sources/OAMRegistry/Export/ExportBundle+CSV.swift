import OAMCore

/// The CSV form of a bundle: one row per figure (RFC 4180, header row first). Every row
/// repeats the bundle's schema version and registry revision, so a row copied into a
/// spreadsheet still says where it came from. Several sources of a figure are separated
/// by spaces (URLs and keys contain none).
extension ExportBundle {
    public static let csvColumns = [
        "id", "kind", "path", "value", "unit", "tier", "source_urls", "written", "source_keys", "file", "schema_version",
        "registry_revision",
    ]

    public var csv: String {
        var rows = [Self.csvColumns]
        for descriptor in descriptors {
            for figure in descriptor.figures {
                rows.append([
                    descriptor.id, descriptor.kind, figure.path, figure.valueText, figure.unit ?? "", figure.tier ?? "",
                    figure.sources.map(\.url).joined(separator: " "), figure.written,
                    figure.sources.map(\.key).joined(separator: " "),
                    descriptor.file, String(schemaVersion), registryRevision,
                ])
            }
        }
        return rows.map { $0.map(CSV.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Reads a CSV bundle. Sources come back as URLs and keys only, which is all `oam diff`
    /// needs.
    public init(csv text: String) throws(ReadError) {
        let numbered = try CSV.numberedRows(text)
        let rows = numbered.map(\.fields)
        guard let header = rows.first, header.first == "id" else {
            throw ReadError("not an oam CSV bundle: the first row is not the header \(Self.csvColumns.joined(separator: ","))")
        }
        var column: [String: Int] = [:]
        for (index, name) in header.enumerated() { column[name] = index }
        for required in ["id", "kind", "path", "value", "written"] where column[required] == nil {
            throw ReadError("the CSV bundle has no '\(required)' column")
        }
        func cell(_ row: [String], _ name: String) -> String {
            guard let index = column[name], index < row.count else { return "" }
            return row[index]
        }
        var order: [String] = []
        var byID: [String: ExportedDescriptor] = [:]
        // Where each descriptor and each figure (id + path) was first seen, to name duplicates.
        var descriptorLine: [String: Int] = [:]
        var figureLine: [String: [String: Int]] = [:]
        var version = Self.currentSchemaVersion
        var revision = "unknown"
        for (line, row) in numbered.dropFirst() where row.count > 1 {
            if let value = Int(cell(row, "schema_version")) { version = value }
            if !cell(row, "registry_revision").isEmpty { revision = cell(row, "registry_revision") }
            let id = cell(row, "id")
            let urls = cell(row, "source_urls").split(separator: " ").map(String.init)
            let keys = cell(row, "source_keys").split(separator: " ").map(String.init)
            let tier = cell(row, "tier")
            let evidence = urls.enumerated().map { index, url in
                ExportedFigure.Evidence(key: index < keys.count ? keys[index] : "", url: url, tier: tier)
            }
            let valueText = cell(row, "value")
            let value: JSONValue
            if valueText.isEmpty {
                value = .null
            } else if let number = Int(valueText) {
                value = .integer(number)
            } else if let number = Double(valueText), number.isFinite, cell(row, "unit") != "" {
                value = JSONValue.number(number as Double?)
            } else {
                value = .string(valueText)
            }
            let unit = cell(row, "unit")
            let path = cell(row, "path")
            if let first = figureLine[id]?[path] {
                throw ReadError("duplicate figure \(id) \(path) on line \(line) (first on line \(first))")
            }
            figureLine[id, default: [:]][path] = line
            let figure = ExportedFigure(
                path: path, value: value, unit: unit.isEmpty ? nil : unit, written: cell(row, "written"),
                tier: tier.isEmpty ? nil : tier, sources: evidence)
            if let existing = byID[id] {
                // Rows of one descriptor repeat its kind and file; a row that disagrees is
                // a second descriptor with the same id.
                if existing.kind != cell(row, "kind") || existing.file != cell(row, "file") {
                    throw ReadError(
                        "duplicate descriptor \(id) on line \(line) (\(cell(row, "kind")), \(cell(row, "file"))); first on line \(descriptorLine[id] ?? 0) (\(existing.kind), \(existing.file))"
                    )
                }
            } else {
                order.append(id)
                descriptorLine[id] = line
                byID[id] = ExportedDescriptor(id: id, kind: cell(row, "kind"), file: cell(row, "file"), figures: [])
            }
            byID[id]?.figures.append(figure)
        }
        guard version <= Self.currentSchemaVersion else {
            throw ReadError(
                "the bundle has schema_version \(version); this oam reads up to \(Self.currentSchemaVersion): update oam")
        }
        self.init(schemaVersion: version, registryRevision: revision, descriptors: order.compactMap { byID[$0] })
    }
}

/// RFC 4180 fields and rows.
enum CSV {
    /// A field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The rows of a CSV text; quoted fields may hold line breaks. Throws on a quoted field
    /// that never closes, naming the line where it starts.
    static func rows(_ text: String) throws(ExportBundle.ReadError) -> [[String]] {
        try numberedRows(text).map(\.fields)
    }

    /// The rows with the (1-based) line each starts on.
    static func numberedRows(_ text: String) throws(ExportBundle.ReadError) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var quoteLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if scalar == "\n" { line += 1 }
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                quoted = true
                quoteLine = line
            case ",":
                row.append(field)
                field = ""
            case "\r":
                continue
            case "\n":
                row.append(field)
                rows.append((rowLine, row))
                row = []
                field = ""
                rowLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted {
            throw ExportBundle.ReadError("line \(quoteLine): a quoted field starts here and is never closed (unterminated \")")
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append((rowLine, row))
        }
        return rows
    }
}
