import OAMCore
import OAMPages
import OAMQuery
import OAMRegistry
import OAMTestSupport
import Testing

@Suite struct ValidatePageTests {
    /// A descriptor whose TDP is not a power, checked as the API checks it: the finding is at
    /// line 6, and the page marks that line and links the finding to it.
    @Test func diagnostics_mark_their_lines() throws {
        let source = "kind: accelerator\nid: acme/x1\nname: X1 <b>\nvendor: acme\npower:\n  tdp: 5 TB\n"
        let report = PostedDescriptor(text: source, path: try RegistryPath("accelerators/acme/x1.yaml"))
            .check(in: RelativeRegistry.make(PagesFixture.registry, root: Fixtures.registry))
        #expect(report.diagnostics.contains { $0.range.start.line == 6 && $0.file == "accelerators/acme/x1.yaml" })
        let html = ValidatePage.render(
            source: source, path: "accelerators/acme/x1.yaml", report: report, context: PagesFixture.context(path: "/validate"))
        #expect(html.contains("<a href=\"#L6\">accelerators/acme/x1.yaml:6:"))
        #expect(html.contains("<th scope=\"row\"><span id=\"L6\">6</span></th><td><mark><code>  tdp: 5 TB</code></mark></td>"))
        #expect(html.contains("<td><code>name: X1 &lt;b&gt;</code></td>"))
        #expect(html.contains("<textarea name=\"descriptor\" rows=\"16\" cols=\"80\">\nkind: accelerator"))
        #expect(html.contains("value=\"accelerators/acme/x1.yaml\""))
        // With a path, nothing was skipped, so the page does not say so.
        #expect(!html.contains("path-matches-id"))
    }

    /// Without a path the page says which rules were skipped, in the page's language.
    @Test func skipped_location_rules_are_named() {
        let report = PostedDescriptor(text: "kind: model\n", path: nil).check(in: PagesFixture.registry)
        #expect(report.skippedRules == ["path-matches-id"])
        let english = ValidatePage.render(
            source: "kind: model\n", path: nil, report: report, context: PagesFixture.context(path: "/validate"))
        #expect(english.contains("were skipped: path-matches-id."))
        let chinese = ValidatePage.render(
            source: "kind: model\n", path: nil, report: report, context: PagesFixture.context(.zh, path: "/validate"))
        #expect(chinese.contains("跳过了检查文件位置的规则：path-matches-id"))
        #expect(chinese.contains("action=\"/validate?lang=zh\""))
    }

    @Test func clean_descriptor_and_form_alone() throws {
        let clean = ValidationReport(
            file: "models/acme/tiny.yaml", path: try RegistryPath("models/acme/tiny.yaml"), diagnostics: [], skippedRules: [],
            unreadable: nil)
        let html = ValidatePage.render(
            source: "kind: model\n", path: nil, report: clean, context: PagesFixture.context(.zh, path: "/validate"))
        #expect(html.contains("未发现问题"))
        let form = ValidatePage.render(source: nil, path: nil, report: nil, context: PagesFixture.context(path: "/validate"))
        #expect(!form.contains("<table"))
        #expect(form.contains("<form method=\"post\" action=\"/validate\""))
    }

    /// A text the YAML reader refuses (an anchor): the page says so and marks the line.
    @Test func unreadable_text_marks_where_reading_stopped() {
        let source = "kind: accelerator\nid: &a acme/x1\n"
        let report = PostedDescriptor(text: source, path: nil).check(in: PagesFixture.registry)
        #expect(report.unreadable?.ruleID == "no-anchors")
        let html = ValidatePage.render(
            source: source, path: nil, report: report, context: PagesFixture.context(path: "/validate"))
        #expect(html.contains("cannot be read as YAML"))
        #expect(html.contains("<a href=\"#L2\">descriptor.yaml:2:"))
    }
}
