import OAMCore
import OAMQuery
import OAMRegistry

/// `/`: every module that passes the query, with its headline figures, dense peaks by
/// precision and weakest evidence tier, and the form that writes the query into the URL (in a
/// static site, which answers no form, links to one page per vendor instead).
public enum CatalogPage {
    /// Throws `notFound` for a `spec` the registry does not hold.
    public static func render(_ query: CatalogQuery, context: PageContext) throws(QueryError) -> String {
        let t = context.t
        let accelerators = try query.run(context.registry)
        let figures = FigureText(t: t)
        let rows: [[HTMLNode]] = accelerators.map { a in
            let peaks = a.peakDense.keys.sorted().compactMap { precision -> HTMLNode? in
                guard let figure = a.peakDense[precision], let value = figure.value else { return nil }
                return .el("li", text: precision.rawValue.uppercased() + " " + value.text)
            }
            return [
                .link(a.name, href: context.links.accelerator(a.id)),
                .link(a.vendor, href: context.links.catalog([("vendor", a.vendor)])),
                .text(figures.formFactor(a.formFactor) + (a.conformsTo?.value.map { " · " + $0 } ?? "")),
                .text(figures.value(a.memory.capacity)),
                .text(figures.value(a.memory.bandwidth)),
                peaks.isEmpty ? .text(t(.unknown)) : .el("ul", [], peaks),
                .text(figures.value(a.power.tdp)),
                figures.tier(a.weakestTier(of: a.headlineFigures)),
            ]
        }
        let main: [HTMLNode] = [
            context.links.answersForms ? form(query, context: context) : vendorLinks(query, context: context),
            .el("p", [HTMLAttribute("role", "status")], text: t(.catalogCount, ["count": String(accelerators.count)])),
            .table(
                caption: t(.catalogCaption),
                headers: [
                    t(.columnModule), t(.columnVendor), t(.columnFormFactor), t(.columnMemory), t(.columnBandwidth),
                    t(.columnDensePeaks), t(.columnPower), t(.columnWeakestTier),
                ],
                rows: rows),
        ]
        return PageLayout.document(title: t(.catalogTitle), context: context, main: main)
    }

    /// The filter form: GET to `/` with the API's parameter names, every control labelled.
    static func form(_ query: CatalogQuery, context: PageContext) -> HTMLNode {
        let t = context.t
        let vendors = Self.vendors(context.registry)
        var controls: [HTMLNode] = [
            FormField.input("q", label: t(.searchLabel), value: query.list.search, type: "search"),
            FormField.select(
                "vendor", label: t(.columnVendor), options: vendors.map { ($0, $0) }, selected: query.list.vendor,
                any: t(.anyValue)),
            FormField.select(
                "form-factor", label: t(.columnFormFactor), options: FormFactor.modules.map { ($0.rawValue, $0.rawValue) },
                selected: query.list.formFactor, any: t(.anyValue)),
            FormField.select(
                "spec", label: t(.columnSpec),
                options: context.registry.moduleSpecs.sorted { $0.id < $1.id }.map { ($0.id, $0.name + " " + $0.version) },
                selected: query.list.spec, any: t(.anyValue)),
            FormField.select(
                "precision", label: t(.precisionLabel),
                options: Precision.allCases.map { ($0.rawValue, $0.rawValue.uppercased()) },
                selected: query.list.precision?.rawValue, any: t(.anyValue)),
            FormField.input("min-memory", label: t(.minMemoryLabel), value: query.list.minMemory, placeholder: "96 GiB"),
            FormField.select(
                "sort", label: t(.sortLabel),
                options: [
                    ("id", t(.sortID)), ("memory", t(.columnMemory)), ("bandwidth", t(.columnBandwidth)),
                    ("power", t(.columnPower)),
                ]
                    + Precision.allCases.map { ($0.rawValue, $0.rawValue.uppercased()) },
                selected: query.sort.name, any: nil),
        ]
        controls += context.links.formFields
        controls.append(.el("button", [HTMLAttribute("type", "submit")], text: t(.applyFilters)))
        return .el(
            "form", [HTMLAttribute("method", "get"), HTMLAttribute("action", "/"), HTMLAttribute("role", "search")], controls)
    }

    /// A static site's stand-in for the filter form: every vendor's page and the whole
    /// catalog, the page shown marked as current.
    static func vendorLinks(_ query: CatalogQuery, context: PageContext) -> HTMLNode {
        let vendors = Self.vendors(context.registry)
        let pages: [(String, String?)] = [(context.t(.allVendors), nil)] + vendors.map { ($0, $0) }
        return .el(
            "nav", [HTMLAttribute("aria-label", context.t(.vendorPagesLabel))],
            [
                .el(
                    "ul", [HTMLAttribute("class", "vendors")],
                    pages.map { name, vendor in
                        var attributes = [HTMLAttribute("href", context.links.catalog([("vendor", vendor ?? "")]))]
                        if vendor == query.list.vendor { attributes.append(HTMLAttribute("aria-current", "page")) }
                        return .el("li", [.el("a", attributes, [.text(name)])])
                    })
            ])
    }

    /// The vendors of the registry's modules (the id's part before the slash), sorted.
    public static func vendors(_ registry: Registry) -> [String] {
        Array(Set(registry.accelerators.map(\.vendor))).sorted()
    }

}
