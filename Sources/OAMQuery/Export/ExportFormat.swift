import OAMHost
import OAMRegistry

/// The formats of `oam export` and `GET /api/v1/export`, and the one rendering both answer.
public enum ExportFormat: String, Sendable, CaseIterable {
    case json, csv

    /// The query parameter (and option) that picks the format.
    public static let parameterName = "format"

    /// Reads a format name; anything else is a bad parameter naming the allowed values.
    public init(parameter text: String) throws(QueryError) {
        guard let format = ExportFormat(rawValue: text) else {
            throw .invalidParameter(
                parameter: Self.parameterName,
                message:
                    "--format: '\(RegistryPath.clipped(text))' is not an export format; allowed: \(Self.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        self = format
    }

    /// The bundle's text: pretty JSON with a final newline, or CSV with one row per figure.
    public func render(_ bundle: ExportBundle) -> String {
        switch self {
        case .json: return bundle.json.serialized(pretty: true) + "\n"
        case .csv: return bundle.csv
        }
    }

    /// The media type of `render`'s text.
    public var contentType: String {
        switch self {
        case .json: return "application/json"
        case .csv: return "text/csv; charset=utf-8"
        }
    }

    /// The bundle of a loaded registry, with its git revision and this build as generator.
    public static func bundle(_ registry: Registry, root: String) -> ExportBundle {
        ExportBundle(
            registry: registry, root: root, registryRevision: (root.isEmpty ? nil : GitChanges.revision(of: root)) ?? "unknown",
            generator: HostIdentity.description)
    }
}
