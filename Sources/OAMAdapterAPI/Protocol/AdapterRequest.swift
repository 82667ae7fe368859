/// One request: the host writes exactly one to the adapter's standard input.
///
/// `{"protocol":"oam-adapter","versions":[1],"host":"oam 0.1.0","method":"capabilities",
///   "params":{"module":{"id":"amd/mi300x","path":"…","source":"…"},"stack":"ROCm 6.2"}}`
public struct AdapterRequest: Sendable, Hashable, Codable {
    /// Always "oam-adapter".
    public var `protocol`: String
    /// Protocol versions the host speaks; the adapter picks one.
    public var versions: [Int]
    /// The host's name and version, for logs.
    public var host: String?
    /// What the host asks for.
    public var method: AdapterMethod
    /// The method's parameters; which members are set depends on `method`.
    public var params: AdapterParams

    public init(
        method: AdapterMethod, params: AdapterParams = AdapterParams(), versions: [Int] = AdapterProtocol.supportedVersions,
        host: String? = nil
    ) {
        self.protocol = AdapterProtocol.name
        self.versions = versions
        self.host = host
        self.method = method
        self.params = params
    }
}
