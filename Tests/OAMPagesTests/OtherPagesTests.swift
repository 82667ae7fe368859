import OAMQuery
import Testing

@testable import OAMPages

@Suite struct OtherPagesTests {
    /// Llama 3.1 70B: 80 full-attention layers × 8 KV heads × 128 head_dim × 2 (K and V)
    /// = 163,840 elements per token; at BF16 (2 B) 327,680 B, at FP8 (1 B) 163,840 B.
    @Test func model_page_has_exact_parameters_and_kv_bytes() throws {
        let html = try ModelPages.model(id: "meta-llama/llama-3.1-70b", context: PagesFixture.context())
        let m = try #require(PagesFixture.registry.model("meta-llama/llama-3.1-70b"))
        #expect(html.contains("<td>\(m.architecture.parameters.total)</td>"))
        #expect(html.contains("<th scope=\"row\">KV cache elements per token</th><td>163840</td>"))
        #expect(html.contains("<th scope=\"row\">KV cache bytes per token at BF16</th><td>327680 B</td>"))
        #expect(html.contains("<th scope=\"row\">KV cache bytes per token at FP8</th><td>163840 B</td>"))
        let zh = try ModelPages.model(id: "meta-llama/llama-3.1-70b", context: PagesFixture.context(.zh))
        #expect(zh.contains("BF16 下每 token 的 KV 缓存字节数"))
    }

    @Test func models_list_links_every_model() {
        let html = ModelPages.list(context: PagesFixture.context(.zh))
        for m in PagesFixture.registry.models { #expect(html.contains("href=\"/models/\(m.id)?lang=zh\""), "\(m.id)") }
    }

    @Test func spec_pages() throws {
        let list = SpecPages.list(context: PagesFixture.context())
        for s in PagesFixture.registry.moduleSpecs { #expect(list.contains("href=\"/specs/\(s.id)\"")) }
        let html = try SpecPages.spec(id: "ocp-oam-1.5", context: PagesFixture.context())
        #expect(html.contains("<code>ocp-oam-1.5</code>"))
        #expect(html.contains("Modules that claim this spec"))
        #expect(throws: QueryError.self) { try SpecPages.spec(id: "amd/mi300x", context: PagesFixture.context()) }
    }

    @Test func compare_draws_one_chart_per_figure_with_tiers() throws {
        let query = CompareQuery(parameters: [("ids", "amd/mi300x, H100 SXM")])
        let html = try ComparePage.render(query, context: PagesFixture.context())
        #expect(html.components(separatedBy: "<svg").count - 1 == 6)
        // MI300X BF16 per watt: 1307.4e12 FLOP/s / 750 W = 1.7432e12 → "1.743 TFLOPS/W".
        #expect(html.contains("1.743 TFLOPS/W"))
        #expect(html.contains("192 GiB · vendor"))
        #expect(html.contains("<title id=\"chart-0-title\">Memory</title>"))
    }

    @Test func compare_needs_two_to_six_modules() throws {
        #expect(throws: QueryError.self) { try CompareQuery(parameters: [("ids", "amd/mi300x")]).resolve(PagesFixture.registry) }
        let seven = Array(PagesFixture.registry.accelerators.prefix(7)).map(\.id).joined(separator: ",")
        #expect(throws: QueryError.self) {
            try ComparePage.render(CompareQuery(parameters: [("ids", seven)]), context: PagesFixture.context())
        }
        #expect(throws: QueryError.self) {
            try ComparePage.render(CompareQuery(parameters: [("ids", "amd/mi300x,amd/nope")]), context: PagesFixture.context())
        }
        // One module (the module page's link): the form, filled, asking for another.
        let one = try ComparePage.render(CompareQuery(parameters: [("ids", "amd/mi300x")]), context: PagesFixture.context())
        #expect(one.contains("name=\"ids\" value=\"amd/mi300x\""))
        #expect(one.contains("Add at least one more module"))
        #expect(!one.contains("<svg"))
        // Without ids the page is the form alone.
        let form = try ComparePage.render(CompareQuery(parameters: []), context: PagesFixture.context(.zh))
        #expect(form.contains("<form method=\"get\" action=\"/compare\">"))
        #expect(!form.contains("<svg"))
    }
}
