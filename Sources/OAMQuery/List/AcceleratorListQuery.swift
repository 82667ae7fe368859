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
    /// Only modules that claim this module spec (`ocp-oam-2.0`), a registry spec id.
    public var spec: String?
    /// Only modules whose id, name or an alias matches, as `Registry.search` matches.
    public var search: String?

    public init(
        vendor: String? = nil, formFactor: String? = nil, precision: Precision? = nil, minMemory: String? = nil,
        spec: String? = nil, search: String? = nil
    ) {
        self.vendor = vendor
        self.formFactor = formFactor
        self.precision = precision
        self.minMemory = minMemory
        self.spec = spec
        self.search = search
    }

    /// The query parameters' names: the long option names of `oam list`.
    public static let parameterNames = ["vendor", "form-factor", "precision", "min-memory", "spec", "search"]

    /// Reads `precision` as written, with the same message for every front end.
    public static func precision(_ text: String) throws(QueryError) -> Precision {
        guard let precision = Precision(rawValue: text.lowercased()) else {
            let names = Precision.allCases.map(\.rawValue)
            let hint = Suggestions.didYouMean(text, in: names).map { "; \($0)" } ?? ""
            throw .invalidParameter(
                parameter: "precision", message: "--precision must be one of \(names.joined(separator: ", "))\(hint)")
        }
        return precision
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
    /// A `spec` the registry does not hold is an unknown id, with the closest spec ids.
    public func filter(_ registry: Registry) throws(QueryError) -> [AcceleratorDescriptor] {
        let minimum = minMemory.flatMap { try? QuantityParser.parse($0, expecting: [.bytes]).get().value }
        if let spec, registry.moduleSpec(spec) == nil {
            throw .notFound(name: spec, kind: .moduleSpec, suggestions: registry.suggestions(for: spec, kind: .moduleSpec))
        }
        let matching = search.map { Set(registry.search($0, kind: .accelerator).compactMap(\.descriptor?.id)) }
        return registry.accelerators.filter { a in
            (vendor == nil || a.vendor == vendor)
                && (formFactor == nil || a.formFactor?.rawValue == formFactor)
                && (precision == nil || a.peakDense[precision!]?.value != nil)
                && (minimum == nil || (a.memory.capacity?.value?.value ?? 0) >= minimum!)
                && (spec == nil || a.conformsTo?.value?.lowercased() == spec?.lowercased())
                && (matching == nil || matching!.contains(a.id))
        }.sorted { $0.id < $1.id }
    }
}
