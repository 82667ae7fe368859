/// Constants of the adapter JSON protocol (reference: Docs/adapters.md; JSON Schema:
/// Registry/schema/adapter-protocol.schema.json, generated from the OAMAdapterAPI types
/// and ProtocolDocumentation.swift by `oam schema adapter-protocol`).
public enum AdapterProtocol {
    /// The `protocol` field of every request and response.
    public static let name = "oam-adapter"
    /// The protocol version this build speaks. A host offers its versions in `versions`;
    /// the adapter answers with the one it chose in `version`.
    public static let version = 1
    /// Versions this build speaks, newest last.
    public static let supportedVersions = [1]
    /// The executable-name prefix of out-of-tree adapters: `oam-adapter-<vendor>`.
    public static let executablePrefix = "oam-adapter-"
}
