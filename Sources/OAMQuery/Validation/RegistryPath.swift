/// Where a posted descriptor would sit, relative to the registry folder
/// (`accelerators/acme/x1.yaml`). Only a name inside the registry is accepted: the path is
/// compared with the loaded files and shown in findings, never opened, but a path that could
/// leave the folder or name something the loader never reads is refused up front so the
/// answer cannot describe a file that could not exist.
public struct RegistryPath: Sendable, Equatable {
    /// The path as given, `/`-separated.
    public let text: String

    /// The query parameter (and `oam validate` option) that carries it.
    public static let parameterName = "path"

    public init(_ text: String) throws(QueryError) {
        func refuse(_ reason: String) -> QueryError {
            .invalidParameter(
                parameter: Self.parameterName,
                message:
                    "path '\(Self.clipped(text))' \(reason); give the file's path inside the registry, e.g. accelerators/acme/x1.yaml"
            )
        }
        guard !text.isEmpty else { throw refuse("is empty") }
        guard text.utf8.count <= 512 else { throw refuse("is longer than 512 bytes") }
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) else {
            throw refuse("holds a control character or a backslash")
        }
        guard !text.hasPrefix("/") else { throw refuse("is absolute") }
        let components = text.split(separator: "/", omittingEmptySubsequences: false)
        guard !components.contains(where: { $0 == ".." }) else { throw refuse("leaves the registry folder ('..')") }
        guard !components.contains(where: { $0.isEmpty || $0 == "." }) else { throw refuse("has an empty or '.' component") }
        guard text.hasSuffix(".yaml") || text.hasSuffix(".yml") else {
            throw refuse("does not end in .yaml or .yml, so the registry would never load it")
        }
        guard components.first != "schema", !components.contains(where: { $0.hasPrefix(".") }) else {
            throw refuse("is in schema/ or a hidden folder, which the registry does not load")
        }
        self.text = text
    }

    /// At most 80 characters of a refused path, control characters shown as U+FFFD, so an
    /// error never echoes a huge input or a terminal escape.
    static func clipped(_ text: String) -> String {
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(80) {
            shown.append(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : scalar)
        }
        return String(shown) + (text.unicodeScalars.count > 80 ? "…" : "")
    }
}
