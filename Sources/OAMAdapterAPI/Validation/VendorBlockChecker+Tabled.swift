import OAMCore

/// A vendor-block value that identifies hardware (a gfx target, a compute capability, a
/// model number): well formed, equal to what the vendor's table gives this module, and one
/// of the values the adapter knows.
public struct TabledValue {
    /// The key inside the block, e.g. `gfx_target`.
    public var key: String
    /// The check name; findings go under rule `<vendor>-<check>`.
    public var check: String
    /// Whether the text has the value's shape; `nil` accepts any text.
    public var isWellFormed: ((String) -> Bool)?
    /// The shape in words for the message, e.g. "'gfx' and three or four lowercase hex digits, e.g. 'gfx942'".
    public var shape: String
    /// The values the vendor's table gives this module (first is the one to suggest);
    /// empty when the table does not list the module.
    public var expected: [String]
    /// Where `expected` comes from, e.g. "the ROCm GPU specifications table".
    public var table: String
    /// Severity of a value that contradicts the table: error where the table is the
    /// vendor's own, warning where it is weaker.
    public var mismatch: Severity
    /// Every value the adapter knows, for the warning on anything else.
    public var known: [String]
    /// What a known value is, e.g. "an Instinct (CDNA) target".
    public var knownName: String

    public init(
        key: String, check: String, isWellFormed: ((String) -> Bool)? = nil, shape: String = "", expected: [String],
        table: String, mismatch: Severity = .error, known: [String], knownName: String
    ) {
        self.key = key
        self.check = check
        self.isWellFormed = isWellFormed
        self.shape = shape
        self.expected = expected
        self.table = table
        self.mismatch = mismatch
        self.known = known
        self.knownName = knownName
    }
}

extension VendorBlockChecker {
    /// Checks a `TabledValue` in order — shape, then the module's table entry, then the
    /// known list — and reports at most one finding, at the value.
    public mutating func check(_ value: TabledValue, for accelerator: AcceleratorDescriptor) {
        guard let (text, range) = text(value.key) else { return }
        if let isWellFormed = value.isWellFormed, !isWellFormed(text) {
            report(.error, value.check, "'\(path(value.key))' is '\(text)', but it is \(value.shape)", at: range)
        } else if !value.expected.isEmpty, !value.expected.contains(text) {
            report(
                value.mismatch, value.check,
                "'\(path(value.key))' is '\(text)', but \(value.table) gives \(value.expected.joined(separator: " or ")) for \(accelerator.id)",
                at: range, fix: "write '\(value.expected[0])'")
        } else if !value.known.contains(text) {
            report(
                .warning, value.check, "'\(text)' is not \(value.knownName) (\(value.known.joined(separator: ", ")))", at: range)
        }
    }
}
