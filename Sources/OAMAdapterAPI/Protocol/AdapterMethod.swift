/// What a request asks of an adapter.
public enum AdapterMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Who are you: `result.info`, `result.modules`, `result.examples`.
    case describe
    /// Findings about one descriptor: `params.module` → `result.diagnostics`.
    case validate
    /// A capability report: `params.module`, `params.stack` → `result.report` (absent: unknown).
    case capabilities
    /// Which modules PCI devices are: `params.devices`, `params.modules`, `params.tools`
    /// → `result.matches`, `result.reports`.
    case discover
}
