import OAMPages
import OAMQuery
import OAMRegistry
import OAMTestSupport
import Testing

/// A descriptor whose name, alias, notes, source title and URL hold markup: every page shows
/// them as text, and a `javascript:` URL never becomes a link.
@Suite struct EscapingTests {
    static let hostile = """
        kind: accelerator
        id: acme/x1
        name: "<script>alert('name')</script> X1"
        vendor: acme
        aliases: ["<img src=x onerror=alert(1)>"]
        form_factor: oam
        memory:
          capacity: 96 GiB
          bandwidth: 4 TB/s
        peak_dense:
          bf16: 800 TFLOPS
        sources:
          evil:
            title: "<script>alert('title')</script>"
            url: "javascript:alert('url')"
            tier: vendor
            covers: [memory, peak_dense]
        notes: "</p><script>alert('notes')</script>"

        """

    static func context() throws -> (PageContext, TemporaryRegistry) {
        let folder = try TemporaryRegistry()
        try folder.write("accelerators/acme/x1.yaml", contents: hostile)
        let registry = RegistryLoader().load(paths: [folder.path])
        return (PageContext(registry: registry, language: .en), folder)
    }

    static func expectNoMarkup(_ html: String) {
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.lowercased().contains("href=\"javascript"))
    }

    @Test func module_page_shows_markup_as_text() throws {
        let (context, folder) = try Self.context()
        let html = try AcceleratorPage.render(id: "acme/x1", context: context)
        Self.expectNoMarkup(html)
        #expect(html.contains("<h1>&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; X1</h1>"))
        #expect(html.contains("&lt;/p&gt;&lt;script&gt;alert(&#39;notes&#39;)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        // The source title is text, not a link, since its URL is not http(s).
        #expect(html.contains("<td>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;</td>"))
        _ = folder
    }

    @Test func catalog_and_compare_show_markup_as_text() throws {
        let (context, folder) = try Self.context()
        let catalog = try CatalogPage.render(try CatalogQuery(parameters: [("q", "<script>")]), context: context)
        Self.expectNoMarkup(catalog)
        #expect(catalog.contains("value=\"&lt;script&gt;\""))
        let all = try CatalogPage.render(CatalogQuery(), context: context)
        Self.expectNoMarkup(all)
        #expect(all.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; X1</a>"))
        let compare = try ComparePage.render(CompareQuery(parameters: [("ids", "acme/x1,acme/x1")]), context: context)
        Self.expectNoMarkup(compare)
        _ = folder
    }

    /// A hostile query value echoed in an error page is text too.
    @Test func error_page_escapes_the_query() throws {
        let (context, folder) = try Self.context()
        #expect {
            try AcceleratorPage.render(id: "<script>x</script>", context: context)
        } throws: { error in
            guard let error = error as? QueryError else { return false }
            let html = ErrorPage.render(error, context: context)
            return !html.contains("<script") && html.contains("&lt;script&gt;x&lt;/script&gt;")
        }
        _ = folder
    }
}
