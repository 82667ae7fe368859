import Foundation
import OAMCore
import OAMHost
import OAMQuery
import OAMRegistry
import OAMSolver

/// The read-only pages as a static site (`oam site`), rendered by the same page renderers as
/// `oam serve` with relative links (`LinkStyle.site`), in every language: the catalog and one
/// catalog page per vendor (a static host cannot filter), every module, model and spec page,
/// the fit matrix (every model on every module at the default workload, `FitMatrixPage`)
/// with one answer page per model, the note for pages that need a server, and the assets.
public enum StaticSite {
    /// Every file of the site, assets first; `revision` (the registry's git revision) is
    /// stated on the fit matrix. Throws what the queries throw on a registry that does not
    /// answer (a model whose shape cannot be sized), which a validated registry does not.
    public static func files(registry: Registry, revision: String?, capabilities: CapabilityCatalog = .builtIn)
        throws(QueryError) -> [SiteFile]
    {
        let reports = try fitReports(registry, capabilities: capabilities)
        var files = [
            SiteFile(path: SiteMap.asset(PageAssets.stylesheetPath), contents: PageAssets.stylesheet),
            SiteFile(path: SiteMap.asset(PageAssets.faviconPath), contents: PageAssets.favicon),
        ]
        for language in Language.allCases {
            func add(_ path: String, _ parameters: [(String, String)] = [], _ render: (PageContext) throws(QueryError) -> String)
                throws(QueryError)
            {
                let file = SiteMap.file(path: path, parameters: parameters) ?? SiteMap.serverOnlyPage
                let context = PageContext(
                    registry: registry, language: language, path: path, parameters: parameters, linkStyle: .site(page: file))
                let onDisk = (SiteMap.folder(language) + file).removingPercentEncoding ?? file
                files.append(SiteFile(path: onDisk, contents: try render(context)))
            }
            try add("/") { context throws(QueryError) in try CatalogPage.render(CatalogQuery(), context: context) }
            for vendor in CatalogPage.vendors(registry) {
                try add("/", [("vendor", vendor)]) { context throws(QueryError) in
                    try CatalogPage.render(CatalogQuery(list: AcceleratorListQuery(vendor: vendor)), context: context)
                }
            }
            for a in registry.accelerators.sorted(by: { $0.id < $1.id }) {
                try add("/accelerators/" + PageLinks.encodePath(a.id)) { context throws(QueryError) in
                    try AcceleratorPage.render(id: a.id, context: context, capabilities: capabilities)
                }
            }
            try add("/models") { ModelPages.list(context: $0) }
            for m in registry.models.sorted(by: { $0.id < $1.id }) {
                try add("/models/" + PageLinks.encodePath(m.id)) { context throws(QueryError) in
                    try ModelPages.model(id: m.id, context: context)
                }
            }
            try add("/specs") { SpecPages.list(context: $0) }
            for s in registry.moduleSpecs.sorted(by: { $0.id < $1.id }) {
                try add("/specs/" + PageLinks.encodePath(s.id)) { context throws(QueryError) in
                    try SpecPages.spec(id: s.id, context: context)
                }
            }
            try add("/fit") { FitMatrixPage.render(reports, revision: revision, context: $0) }
            for report in reports {
                try add("/fit", [("model", report.model.id), ("explain", "true")]) { FitPage.render(report, context: $0) }
            }
            // A path no site page has: the note's own links (the language switch) lead to the note.
            try add("/server-only") { ServerOnlyPage.render(context: $0) }
        }
        return files
    }

    /// Every registry model on every module at the default workload (`oam fit MODEL
    /// --explain`), one report per model in id order, solved on every core.
    static func fitReports(_ registry: Registry, capabilities: CapabilityCatalog) throws(QueryError) -> [FitReport] {
        let models = registry.models.sorted { $0.id < $1.id }
        let results = models.concurrentMap { model -> Result<FitReport, QueryError> in
            do throws(QueryError) {
                let request = try FitQuery(model: model.id, explain: true).resolve(
                    model: model, registry: registry, catalog: capabilities)
                return .success(CompatibilitySolver.solve(request))
            } catch {
                return .failure(error)
            }
        }
        return try results.map { result throws(QueryError) in try result.get() }
    }
}
