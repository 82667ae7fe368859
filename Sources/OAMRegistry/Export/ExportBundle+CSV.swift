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
        var rows = try CSVBundleRows(header: numbered.first?.fields)
        var order: [String] = []
        var byID: [String: ExportedDescriptor] = [:]
        for (line, fields) in numbered.dropFirst() {
            guard let entry = try rows.read(line: line, fields) else { continue }
            let (descriptor, figure) = entry
            if byID[descriptor.id] == nil {
                order.append(descriptor.id)
                byID[descriptor.id] = ExportedDescriptor(
                    id: descriptor.id, kind: descriptor.kind, file: descriptor.file, figures: [])
            }
            byID[descriptor.id]?.figures.append(figure)
        }
        try rows.checkVersion()
        self.init(
            schemaVersion: rows.schemaVersion, registryRevision: rows.registryRevision, descriptors: order.compactMap { byID[$0] }
        )
    }
}

/// RFC 4180 fields and rows.
enum CSV {
    /// A field, quoted when it holds a comma, a quote or a line break. Looks at scalars, not
    /// characters: `"\r\n"` is one character, equal to neither `"\r"` nor `"\n"`, and a
    /// CRLF in a value was once written unquoted, splitting its row in two.
    static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The rows of a CSV text with the (1-based) line each starts on; quoted fields may hold
    /// line breaks. Throws on a quoted field that never closes, naming the line where it
    /// starts.
    static func numberedRows(_ text: String) throws(ExportBundle.ReadError) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var reader = CSVRowReader()
        var utf8 = text
        utf8.withUTF8 { bytes in reader.feed(bytes) { line, fields in rows.append((line, fields)) } }
        if let last = try reader.finish() { rows.append(last) }
        return rows
    }
}
