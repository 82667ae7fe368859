import OAMCore

/// What a JSON bundle says about itself besides its descriptors, checked in the order
/// `ExportBundle(json:)` checks it: the `format` name, then a `schema_version` this build
/// reads. `JSONBundleFile` reads the same members from a file it streams.
struct JSONBundleHeader {
    var schemaVersion: Int
    /// `unknown` when the bundle does not say.
    var registryRevision: String
    var generator: String?

    /// The header of the top-level object `root`.
    init(_ root: JSONValue) throws(ExportBundle.ReadError) {
        guard case .string(ExportBundle.formatName)? = root[member: "format"] else {
            throw ExportBundle.ReadError("not an oam export bundle (no \"format\": \"\(ExportBundle.formatName)\")")
        }
        guard case .integer(let version)? = root[member: "schema_version"] else {
            throw ExportBundle.ReadError("the bundle has no schema_version")
        }
        guard version <= ExportBundle.currentSchemaVersion else {
            throw ExportBundle.ReadError(
                "the bundle has schema_version \(version); this oam reads up to \(ExportBundle.currentSchemaVersion): update oam")
        }
        schemaVersion = version
        registryRevision = root[member: "registry_revision"]?.bundleString ?? "unknown"
        generator = root[member: "generator"]?.bundleString
    }
}
