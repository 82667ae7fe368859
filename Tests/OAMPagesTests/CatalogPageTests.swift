import OAMCore
import OAMQuery
import Testing

@testable import OAMPages

@Suite struct CatalogPageTests {
    /// `spec` filters on the claimed module spec, like the API; an unknown spec is a 404 there
    /// and an error page here.
    @Test func filters_by_spec() throws {
        let query = try CatalogQuery(parameters: [("spec", "ocp-oam-2.0")])
        let modules = try query.run(PagesFixture.registry)
        #expect(!modules.isEmpty)
        #expect(modules.allSatisfy { $0.conformsTo?.value == "ocp-oam-2.0" })
        #expect(throws: QueryError.self) { try CatalogQuery(parameters: [("spec", "ocp-oam-9")]).run(PagesFixture.registry) }
    }

    @Test func lists_every_module_with_its_figures() throws {
        let html = try CatalogPage.render(CatalogQuery(), context: PagesFixture.context())
        for a in PagesFixture.registry.accelerators {
            #expect(html.contains("href=\"/accelerators/\(a.id)\""), "\(a.id)")
        }
        #expect(html.contains("<th scope=\"col\">Weakest tier</th>"))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("192 GiB"))
        #expect(html.contains("BF16 1307.4 TFLOPS"))
        #expect(html.contains("<label>Search names and aliases<input type=\"search\" name=\"q\" value=\"\"></label>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("style="))
        #expect(PageChecks.loadedResources(html) == ["/favicon.svg", "/assets/oam.css"])
    }

    @Test func filters_by_vendor_with_the_api_parameter_names() throws {
        let query = try CatalogQuery(parameters: [("vendor", "huawei"), ("precision", "fp16"), ("sort", "memory")])
        let modules = try query.run(PagesFixture.registry)
        #expect(!modules.isEmpty)
        #expect(modules.allSatisfy { $0.vendor == "huawei" && $0.peakDense[.fp16]?.value != nil })
        let memory = modules.compactMap { $0.memory.capacity?.value?.value }
        #expect(memory == memory.sorted(by: >))
        let html = try CatalogPage.render(query, context: PagesFixture.context())
        #expect(html.contains("<option value=\"huawei\" selected=\"selected\">huawei</option>"))
        #expect(!html.contains("href=\"/accelerators/amd/"))
    }

    /// The search box finds a module by a Chinese alias written with a space (`NameKey`).
    @Test func search_finds_aliases() throws {
        let query = try CatalogQuery(parameters: [("q", "昇腾 910B")])
        let ids = try query.run(PagesFixture.registry).map(\.id)
        #expect(ids.contains("huawei/ascend-910b"))
        #expect(!ids.contains("amd/mi300x"))
    }

    @Test func bad_parameters_fail_like_the_api() {
        #expect(throws: QueryError.self) { try CatalogQuery(parameters: [("precision", "fp7")]) }
        #expect(throws: QueryError.self) { try CatalogQuery(parameters: [("sort", "speed")]) }
        #expect(throws: QueryError.self) { try CatalogQuery(parameters: [("min-memory", "lots")]) }
        #expect(throws: QueryError.self) { try CatalogQuery(parameters: [("form-factor", "oamm")]) }
    }

    @Test func chinese_page_keeps_the_language_in_links_and_forms() throws {
        let html = try CatalogPage.render(CatalogQuery(), context: PagesFixture.context(.zh))
        #expect(html.contains("<html lang=\"zh-Hans\">"))
        #expect(html.contains("加速器目录"))
        #expect(html.contains("href=\"/accelerators/amd/mi300x?lang=zh\""))
        #expect(html.contains("<input type=\"hidden\" name=\"lang\" value=\"zh\">"))
        // Registry data is shown as written.
        #expect(html.contains("AMD Instinct MI300X"))
        // The switch leads back to English without `lang`.
        #expect(html.contains("<a href=\"/\" hreflang=\"en\" lang=\"en\">English</a>"))
    }

    /// The budget for the unfiltered catalog is 200 KB uncompressed.
    @Test func catalog_stays_under_its_size_budget() throws {
        let html = try CatalogPage.render(CatalogQuery(), context: PagesFixture.context())
        #expect(html.utf8.count <= 200_000, "catalog page is \(html.utf8.count) bytes")
    }
}
