import OAMCore

/// What an adapter answers; which fields are present depends on the method.
public struct AdapterResult: Sendable, Hashable, Codable {
    /// `describe`: who the adapter is.
    public var info: AdapterInfo?
    /// `describe`: registry ids the adapter has knowledge of.
    public var modules: [String]?
    /// `describe`: the adapter's golden examples, run by `oam adapter check`.
    public var examples: [GoldenExample]?
    /// `validate`: findings, positions 1-based.
    public var diagnostics: [Diagnostic]?
    /// `capabilities`: the report; absent when the adapter knows nothing about the module.
    public var report: CapabilityReport?
    /// `discover`: what each recognised device is.
    public var matches: [DeviceMatch]?
    /// `discover`: what vendor tools said.
    public var reports: [DeviceReport]?

    public init(
        info: AdapterInfo? = nil, modules: [String]? = nil, examples: [GoldenExample]? = nil, diagnostics: [Diagnostic]? = nil,
        report: CapabilityReport? = nil, matches: [DeviceMatch]? = nil, reports: [DeviceReport]? = nil
    ) {
        self.info = info
        self.modules = modules
        self.examples = examples
        self.diagnostics = diagnostics
        self.report = report
        self.matches = matches
        self.reports = reports
    }
}
