import OAMQuery
import Testing

@testable import OAMPages

@Suite struct AcceleratorPageTests {
    @Test func module_page_shows_figures_sources_roofline_and_capabilities() throws {
        let html = try AcceleratorPage.render(id: "amd/mi300x", context: PagesFixture.context(path: "/accelerators/amd/mi300x"))
        #expect(html.contains("<h1>AMD Instinct MI300X</h1>"))
        #expect(
            html.contains(
                "<th scope=\"row\">Dense peak BF16</th><td>1307.4 TFLOPS</td><td><span class=\"tier-vendor\">vendor</span></td>"))
        #expect(html.contains("href=\"https://rocm.docs.amd.com/en/docs-6.2.2/conceptual/gpu-arch/mi300.html\""))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("<title id=\"roofline-title\">Roofline of AMD Instinct MI300X</title>"))
        #expect(html.contains("aria-labelledby=\"roofline-title roofline-desc\""))
        // One line per precision with a known dense peak (7 for the MI300X, see RooflineTests).
        #expect(html.components(separatedBy: "<polyline").count - 1 == 7)
        #expect(html.contains("<th scope=\"row\">BF16</th><td>1.307 PFLOPS</td><td>247 FLOP/B</td>"))
        #expect(html.contains("Capabilities by software stack"))
        #expect(html.contains("Spec conformance"))
        #expect(PageChecks.loadedResources(html) == ["/favicon.svg", "/assets/oam.css"])
    }

    /// Aliases resolve like every lookup; unknown names carry did-you-mean.
    @Test func lookups_resolve_aliases_and_suggest() throws {
        let html = try AcceleratorPage.render(id: "mi300x", context: PagesFixture.context())
        #expect(html.contains("<h1>AMD Instinct MI300X</h1>"))
        #expect {
            try AcceleratorPage.render(id: "amd/mi300z", context: PagesFixture.context())
        } throws: { error in
            guard case .notFound(_, _, let suggestions) = error as? QueryError else { return false }
            return suggestions.contains("amd/mi300x")
        }
        #expect(throws: QueryError.self) { try AcceleratorPage.render(id: "../../etc/passwd", context: PagesFixture.context()) }
    }

    @Test func conflicts_are_side_by_side() throws {
        let a = try #require(PagesFixture.registry.accelerators.first { !$0.evidence.conflicts.isEmpty })
        let html = try AcceleratorPage.render(id: a.id, context: PagesFixture.context())
        let conflict = a.evidence.conflicts[0]
        #expect(html.contains("<caption>Published figures that disagree</caption>"))
        #expect(html.contains("<th scope=\"row\"><code>\(conflict.field)</code></th>"))
        #expect(html.contains(HTMLEscape.escaped(conflict.alternatives[0].value + " (" + conflict.alternatives[0].source + ")")))
    }

    @Test func chinese_module_page() throws {
        let html = try AcceleratorPage.render(
            id: "huawei/ascend-910b", context: PagesFixture.context(.zh, path: "/accelerators/huawei/ascend-910b"))
        #expect(html.contains("<html lang=\"zh-Hans\">"))
        #expect(html.contains("屋顶线模型"))
        #expect(html.contains("昇腾910B"))
        #expect(html.contains("<a href=\"/accelerators/huawei/ascend-910b\" hreflang=\"en\" lang=\"en\">English</a>"))
    }

    @Test func error_page_links_the_suggestions() {
        let error = QueryError.notFound(name: "mi300", kind: .accelerator, suggestions: ["amd/mi300x"])
        let html = ErrorPage.render(error, context: PagesFixture.context(.zh))
        #expect(html.contains("<p role=\"alert\">no descriptor &#39;mi300&#39; in the registry"))
        #expect(html.contains("<a href=\"/accelerators/amd/mi300x?lang=zh\">amd/mi300x</a>"))
    }
}
