import Testing

@testable import OAMPages

@Suite struct HTMLNodeTests {
    @Test func text_and_attributes_are_escaped() {
        let node: HTMLNode = .el("p", [HTMLAttribute("title", "a\"b'<c>&")], text: "<script>alert('x')</script> & more")
        #expect(
            node.rendered
                == "<p title=\"a&quot;b&#39;&lt;c&gt;&amp;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</p>")
    }

    @Test func void_elements_have_no_end_tag() {
        #expect(HTMLNode.el("input", [HTMLAttribute("name", "q")]).rendered == "<input name=\"q\">")
    }

    /// A descriptor's source URL becomes a link only when it is http(s).
    @Test func only_web_urls_become_links() {
        #expect(HTMLNode.externalLink("doc", url: "javascript:alert(1)").rendered == "doc")
        #expect(
            HTMLNode.externalLink("doc", url: "https://example.com/a?b=1&c=2").rendered
                == "<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"noreferrer\">doc</a>")
    }

    @Test func tables_have_column_and_row_headers() {
        let table = HTMLNode.table(caption: "c", headers: ["A", "B"], rows: [[.text("x"), .text("y")]]).rendered
        #expect(
            table == "<table><caption>c</caption><thead><tr><th scope=\"col\">A</th><th scope=\"col\">B</th></tr></thead>"
                + "<tbody><tr><th scope=\"row\">x</th><td>y</td></tr></tbody></table>")
    }
}
