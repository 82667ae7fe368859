import OAMCore
import OAMQuery
import OAMRegistry

/// The catalog page's question: the API's list filters with the same parameter names,
/// validation and messages (`AcceleratorListQuery`, whose `search` is the registry's
/// `Registry.search`, written `q` as in `GET /api/v1/accelerators`), and an order (`sort`).
public struct CatalogQuery: Sendable, Equatable {
    public var list: AcceleratorListQuery
    public var sort: CatalogSort

    /// The parameter names the catalog reads: the API's list filters (`q` for the search) and
    /// `sort`.
    public static let parameterNames = ["vendor", "form-factor", "precision", "min-memory", "spec", "q", "sort"]

    public init(list: AcceleratorListQuery = AcceleratorListQuery(), sort: CatalogSort = .id) {
        self.list = list
        self.sort = sort
    }

    /// The query that `parameters` (`vendor`, `form-factor`, `precision`, `min-memory`, `spec`,
    /// `q`, `sort`) ask for; empty values count as absent. Throws the API's `invalidParameter`.
    public init(parameters: [(String, String)]) throws(QueryError) {
        func value(_ name: String) -> String? {
            guard let text = parameters.first(where: { $0.0 == name })?.1, !text.isEmpty else { return nil }
            return text
        }
        var precision: Precision?
        if let text = value("precision") { precision = try AcceleratorListQuery.precision(text) }
        var sort = CatalogSort.id
        if let text = value("sort") {
            guard let parsed = CatalogSort(name: text) else {
                throw .invalidParameter(
                    parameter: "sort", message: "sort must be one of \(CatalogSort.names.joined(separator: ", "))")
            }
            sort = parsed
        }
        let list = AcceleratorListQuery(
            vendor: value("vendor"), formFactor: value("form-factor"), precision: precision, minMemory: value("min-memory"),
            spec: value("spec"), search: value("q"))
        try list.validate()
        self.init(list: list, sort: sort)
    }

    /// The modules that pass the filters and the search, in the chosen order; throws
    /// `notFound` for a spec the registry does not hold.
    public func run(_ registry: Registry) throws(QueryError) -> [AcceleratorDescriptor] {
        sort.sorted(try list.filter(registry))
    }

    /// The parameters that ask for this query again, for links and form values.
    public var parameters: [(String, String)] {
        [
            ("vendor", list.vendor ?? ""), ("form-factor", list.formFactor ?? ""), ("precision", list.precision?.rawValue ?? ""),
            ("min-memory", list.minMemory ?? ""), ("spec", list.spec ?? ""), ("q", list.search ?? ""),
            ("sort", sort == .id ? "" : sort.name),
        ]
    }
}
