import OAMCore
import OAMQuery
import OAMRegistry

/// The catalog page's question: the API's list filters (same parameter names, same validation
/// and messages, `AcceleratorListQuery`), a search over names and aliases (`q`, the registry's
/// `Registry.search`) and an order (`sort`).
public struct CatalogQuery: Sendable, Equatable {
    public var list: AcceleratorListQuery
    public var search: String?
    public var sort: CatalogSort

    public init(list: AcceleratorListQuery = AcceleratorListQuery(), search: String? = nil, sort: CatalogSort = .id) {
        self.list = list
        self.search = search
        self.sort = sort
    }

    /// The query that `parameters` (`vendor`, `form-factor`, `precision`, `min-memory`, `q`,
    /// `sort`) ask for; empty values count as absent. Throws the API's `invalidParameter`.
    public init(parameters: [(String, String)]) throws(QueryError) {
        func value(_ name: String) -> String? {
            guard let text = parameters.first(where: { $0.0 == name })?.1, !text.isEmpty else { return nil }
            return text
        }
        var precision: Precision?
        if let text = value("precision") {
            guard let parsed = Precision(rawValue: text) else {
                throw .invalidParameter(
                    parameter: "precision",
                    message: "--precision must be one of \(Precision.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            precision = parsed
        }
        var sort = CatalogSort.id
        if let text = value("sort") {
            guard let parsed = CatalogSort(name: text) else {
                throw .invalidParameter(
                    parameter: "sort", message: "sort must be one of \(CatalogSort.names.joined(separator: ", "))")
            }
            sort = parsed
        }
        let list = AcceleratorListQuery(
            vendor: value("vendor"), formFactor: value("form-factor"), precision: precision, minMemory: value("min-memory"))
        try list.validate()
        self.init(list: list, search: value("q"), sort: sort)
    }

    /// The modules that pass the filters and the search, in the chosen order.
    public func run(_ registry: Registry) -> [AcceleratorDescriptor] {
        var accelerators = list.filter(registry)
        if let search {
            let found = Set(registry.search(search, kind: .accelerator).compactMap(\.descriptor?.id))
            accelerators = accelerators.filter { found.contains($0.id) }
        }
        return sort.sorted(accelerators)
    }

    /// The parameters that ask for this query again, for links and form values.
    public var parameters: [(String, String)] {
        [
            ("vendor", list.vendor ?? ""), ("form-factor", list.formFactor ?? ""), ("precision", list.precision?.rawValue ?? ""),
            ("min-memory", list.minMemory ?? ""), ("q", search ?? ""), ("sort", sort == .id ? "" : sort.name),
        ]
    }
}
