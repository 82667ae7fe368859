import OAMCore

/// The meaning of a CSV bundle's rows: the header's columns, each row's descriptor and
/// figure, and the checks that refuse a second descriptor or a second figure with the same
/// id (and path). `ExportBundle(csv:)` and the streaming reader of `oam diff`
/// (`CSVBundleFile`) share it, so both read a bundle the same way and refuse the same
/// files with the same messages.
struct CSVBundleRows {
    /// The last `schema_version` a row states.
    private(set) var schemaVersion = ExportBundle.currentSchemaVersion
    /// The last non-empty `registry_revision` a row states.
    private(set) var registryRevision = "unknown"
    private let column: [String: Int]
    /// Where each descriptor was first seen, with the kind and file its rows repeat.
    private var descriptors: [String: (line: Int, kind: String, file: String)] = [:]
    /// Where each figure (id, then path) was first seen.
    private var figureLines: [String: [String: Int]] = [:]

    /// Checks the header row (`nil` for an empty file).
    init(header: [String]?) throws(ExportBundle.ReadError) {
        guard let header, header.first == "id" else {
            throw ExportBundle.ReadError(
                "not an oam CSV bundle: the first row is not the header \(ExportBundle.csvColumns.joined(separator: ","))")
        }
        var column: [String: Int] = [:]
        for (index, name) in header.enumerated() { column[name] = index }
        for required in ["id", "kind", "path", "value", "written"] where column[required] == nil {
            throw ExportBundle.ReadError("the CSV bundle has no '\(required)' column")
        }
        self.column = column
    }

    /// The descriptor and figure of the row starting on `line`, or `nil` for a row of one
    /// field (a blank line). Throws on a figure or descriptor seen before.
    mutating func read(line: Int, _ row: [String]) throws(ExportBundle.ReadError) -> (
        descriptor: DescriptorSummary, figure: ExportedFigure
    )? {
        guard row.count > 1 else { return nil }
        func cell(_ name: String) -> String {
            guard let index = column[name], index < row.count else { return "" }
            return row[index]
        }
        if let value = Int(cell("schema_version")) { schemaVersion = value }
        if !cell("registry_revision").isEmpty { registryRevision = cell("registry_revision") }
        let id = cell("id")
        let urls = cell("source_urls").split(separator: " ").map(String.init)
        let keys = cell("source_keys").split(separator: " ").map(String.init)
        let tier = cell("tier")
        let evidence = urls.enumerated().map { index, url in
            ExportedFigure.Evidence(key: index < keys.count ? keys[index] : "", url: url, tier: tier)
        }
        let valueText = cell("value")
        let value: JSONValue
        if valueText.isEmpty {
            value = .null
        } else if let number = Int(valueText) {
            value = .integer(number)
        } else if let number = Double(valueText), number.isFinite, cell("unit") != "" {
            value = JSONValue.number(number as Double?)
        } else {
            value = .string(valueText)
        }
        let unit = cell("unit")
        let path = cell("path")
        if let first = figureLines[id]?[path] {
            throw ExportBundle.ReadError("duplicate figure \(id) \(path) on line \(line) (first on line \(first))")
        }
        figureLines[id, default: [:]][path] = line
        let figure = ExportedFigure(
            path: path, value: value, unit: unit.isEmpty ? nil : unit, written: cell("written"),
            tier: tier.isEmpty ? nil : tier, sources: evidence)
        let kind = cell("kind")
        let file = cell("file")
        if let existing = descriptors[id] {
            // Rows of one descriptor repeat its kind and file; a row that disagrees is
            // a second descriptor with the same id.
            if existing.kind != kind || existing.file != file {
                throw ExportBundle.ReadError(
                    "duplicate descriptor \(id) on line \(line) (\(kind), \(file)); first on line \(existing.line) (\(existing.kind), \(existing.file))"
                )
            }
        } else {
            descriptors[id] = (line, kind, file)
        }
        return (DescriptorSummary(id: id, kind: kind, file: file), figure)
    }

    /// Refuses a bundle newer than this build reads; called after the last row.
    func checkVersion() throws(ExportBundle.ReadError) {
        guard schemaVersion <= ExportBundle.currentSchemaVersion else {
            throw ExportBundle.ReadError(
                "the bundle has schema_version \(schemaVersion); this oam reads up to \(ExportBundle.currentSchemaVersion): update oam"
            )
        }
    }
}
