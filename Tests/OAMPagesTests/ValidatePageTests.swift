import OAMCore
import OAMPages
import OAMRegistry
import OAMTestSupport
import Testing

@Suite struct ValidatePageTests {
    /// A descriptor whose TDP is not a power: the registry's own validation finds it at line 6,
    /// and the page marks that line and links the finding to it.
    @Test func diagnostics_mark_their_lines() throws {
        let source = "kind: accelerator\nid: acme/x1\nname: X1 <b>\nvendor: acme\npower:\n  tdp: 5 TB\n"
        let folder = try TemporaryRegistry()
        try folder.write("accelerators/acme/x1.yaml", contents: source)
        let registry = RegistryLoader().load(paths: [folder.path])
        let diagnostics = Validator().validate(registry).filter { $0.range.start.line == 6 }
        #expect(!diagnostics.isEmpty)
        let html = ValidatePage.render(
            source: source, path: "accelerators/acme/x1.yaml", diagnostics: diagnostics,
            context: PagesFixture.context(path: "/validate"))
        #expect(html.contains("<a href=\"#L6\">"))
        #expect(html.contains("<th scope=\"row\"><span id=\"L6\">6</span></th><td><mark><code>  tdp: 5 TB</code></mark></td>"))
        #expect(html.contains("<td><code>name: X1 &lt;b&gt;</code></td>"))
        #expect(html.contains("<textarea name=\"descriptor\" rows=\"16\" cols=\"80\">\nkind: accelerator"))
        #expect(html.contains("value=\"accelerators/acme/x1.yaml\""))
    }

    @Test func clean_descriptor_and_chinese_form() {
        let html = ValidatePage.render(
            source: "kind: model\n", path: nil, diagnostics: [], context: PagesFixture.context(.zh, path: "/validate"))
        #expect(html.contains("action=\"/validate?lang=zh\""))
        #expect(html.contains("未发现问题"))
        let form = ValidatePage.render(source: nil, path: nil, diagnostics: [], context: PagesFixture.context(path: "/validate"))
        #expect(!form.contains("<table"))
    }
}
