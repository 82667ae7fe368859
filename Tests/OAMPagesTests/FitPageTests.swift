import OAMCore
import OAMQuery
import OAMSolver
import Testing

@testable import OAMPages

@Suite struct FitPageTests {
    static let parameters: [(String, String)] = [
        ("model", "meta-llama/llama-3.1-70b"), ("batch", "32"), ("chip", "amd/mi300x"), ("chip", "nvidia/h100-sxm"),
        ("explain", "true"),
    ]

    /// The report the API would answer for the same question: FitQuery → resolve → solve.
    static func report() throws -> FitReport {
        let registry = PagesFixture.registry
        let model = try DescriptorLookup.model("meta-llama/llama-3.1-70b", in: registry)
        let query = FitQuery(
            model: model.id, serving: ServingQuery(batch: "32"), chips: ["amd/mi300x", "nvidia/h100-sxm"], explain: true)
        try query.validate()
        return CompatibilitySolver.solve(try query.resolve(model: model, registry: registry))
    }

    @Test func result_has_the_ranking_memory_bars_and_explanation() throws {
        let report = try Self.report()
        let html = FitPage.render(report, context: PagesFixture.context(path: "/fit", Self.parameters))
        #expect(html.contains("<caption>Modules ranked by the solver</caption>"))
        for verdict in report.results {
            #expect(html.contains("<a href=\"/accelerators/\(verdict.chip)\">\(verdict.chipName)</a>"))
        }
        let fitting = report.results.filter { $0.best != nil }
        #expect(!fitting.isEmpty)
        #expect(html.components(separatedBy: "class=\"memory-bar\"").count - 1 == fitting.count)
        #expect(html.contains("<title id=\"memory-0-title\">Memory of one \(report.results[0].chipName) module</title>"))
        #expect(html.contains("<details><summary>Step-by-step explanation</summary>"))
        #expect(html.contains(HTMLEscape.escaped(report.results[0].explanation[0].title)))
    }

    /// The form echoes the question, so the result URL and the form agree.
    @Test func form_echoes_the_question_with_api_names() {
        let html = FitPage.render(nil, context: PagesFixture.context(.zh, path: "/fit", Self.parameters))
        #expect(html.contains("<form method=\"get\" action=\"/fit\">"))
        #expect(html.contains("<option value=\"meta-llama/llama-3.1-70b\" selected=\"selected\">"))
        #expect(html.contains("name=\"batch\" value=\"32\""))
        #expect(html.contains("<option value=\"amd/mi300x\" selected=\"selected\">"))
        #expect(html.contains("<option value=\"nvidia/h100-sxm\" selected=\"selected\">"))
        #expect(
            html.contains(
                "<select name=\"explain\"><option value=\"false\">否</option><option value=\"true\" selected=\"selected\">是</option>"
            ))
        #expect(html.contains("<input type=\"hidden\" name=\"lang\" value=\"zh\">"))
        #expect(html.contains("能否部署？"))
        #expect(!html.contains("<table"))
    }

    @Test func echoed_values_are_escaped() {
        let html = FitPage.render(nil, context: PagesFixture.context(path: "/fit", [("batch", "\"><script>alert(1)</script>")]))
        #expect(!html.contains("<script"))
        #expect(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
    }

    /// 140e9 B weights + 30e9 B KV + 2e9 B activations of 185e9 B usable leave
    /// 185e9 − 172e9 = 13e9 B free; a 192 GiB module (206,158,430,208 B) keeps
    /// 206,158,430,208 − 185e9 = 21,158,430,208 B in reserve.
    @Test func memory_bar_segments_add_up_to_the_capacity() {
        let segments = MemoryBar.segments(
            weights: 140e9, kvCache: 30e9, activations: 2e9, usable: 185e9, capacity: 206_158_430_208, t: Localizer(.en))
        #expect(segments.map(\.bytes) == [140e9, 30e9, 2e9, 13e9, 21_158_430_208])
        #expect(segments.map(\.label) == ["Weights", "KV cache", "Activations", "Free", "Reserve (not usable by the engine)"])
        // An overflowing plan has no free part.
        let over = MemoryBar.segments(weights: 200e9, kvCache: 0, activations: 0, usable: 185e9, capacity: nil, t: Localizer(.en))
        #expect(over.map(\.bytes) == [200e9, 0, 0, 0])
    }
}
