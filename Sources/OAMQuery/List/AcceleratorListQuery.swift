import OAMCore
import OAMRegistry

/// The filters of `oam list accelerators` and `GET /api/v1/accelerators`, as written.
public struct AcceleratorListQuery: Sendable, Equatable {
    /// Only this vendor (the id's part before the slash, e.g. `amd`).
    public var vendor: String?
    /// Only this form factor (`oam`, `sxm`, `pcie`, `proprietary`).
    public var formFactor: String?
    /// Only modules with a known dense peak in this precision.
    public var precision: Precision?
    /// Only modules with at least this much memory (`96GiB`).
    public var minMemory: String?

    public init(vendor: String? = nil, formFactor: String? = nil, precision: Precision? = nil, minMemory: String? = nil) {
        self.vendor = vendor
        self.formFactor = formFactor
        self.precision = precision
        self.minMemory = minMemory
    }

    public func validate() throws(QueryError) {
        if let minMemory, case .failure(let failure) = QuantityParser.parse(minMemory, expecting: [.bytes]) {
            throw .invalidParameter(parameter: "min-memory", message: "--min-memory: \(failure.message)")
        }
        if let formFactor, !Schemas.formFactors.contains(formFactor) {
            let hint = Suggestions.didYouMean(formFactor, in: Schemas.formFactors).map { "; \($0)" } ?? ""
            throw .invalidParameter(
                parameter: "form-factor",
                message: "--form-factor must be one of \(Schemas.formFactors.joined(separator: ", "))\(hint)")
        }
    }

    /// The accelerators that pass every filter, sorted by id; call after `validate()`.
    public func filter(_ registry: Registry) -> [AcceleratorDescriptor] {
        let minimum = minMemory.flatMap { try? QuantityParser.parse($0, expecting: [.bytes]).get().value }
        return registry.accelerators.filter { a in
            (vendor == nil || a.vendor == vendor)
                && (formFactor == nil || a.formFactor?.rawValue == formFactor)
                && (precision == nil || a.peakDense[precision!]?.value != nil)
                && (minimum == nil || (a.memory.capacity?.value?.value ?? 0) >= minimum!)
        }.sorted { $0.id < $1.id }
    }
}
