import Foundation
import OAMCore
import OAMQuery
import OAMRegistry
import OAMTestSupport
import Testing

@testable import OAMPages

/// `oam site`'s pages for the shipped registry: every expected page in both languages, every
/// relative link leading to a file of the site (and every `#fragment` to an element of it),
/// nothing loaded from another host or from the host's root, and markup in registry data
/// shown as text.
@Suite struct StaticSiteTests {
    /// The shipped registry's site, rendered once for the tests of this suite.
    static let shipped = Result { () throws(QueryError) -> [SiteFile] in
        try StaticSite.files(registry: PagesFixture.registry, revision: "abc1234")
    }

    static func site() throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try shipped.get().map { ($0.path, $0.contents) })
    }

    /// The pages the site must hold, listed from the registry rather than from `SiteMap`:
    /// per language the catalog, one page per vendor, module, model and spec, the models and
    /// specs lists, the fit matrix, one fit answer per model and the server note; the
    /// stylesheet and favicon once.
    static func expectedPaths(_ registry: Registry) -> Set<String> {
        var paths: Set<String> = ["assets/oam.css", "favicon.svg"]
        for folder in ["", "zh/"] {
            for page in ["index", "models", "specs", "fit", "server-only"] { paths.insert(folder + page + ".html") }
            for a in registry.accelerators {
                paths.insert(folder + "accelerators/" + a.id + ".html")
                paths.insert(folder + "vendors/" + a.id.split(separator: "/")[0] + ".html")
            }
            for m in registry.models {
                paths.insert(folder + "models/" + m.id + ".html")
                paths.insert(folder + "fit/" + m.id + ".html")
            }
            for s in registry.moduleSpecs { paths.insert(folder + "specs/" + s.id + ".html") }
        }
        return paths
    }

    @Test func writes_every_expected_page_in_both_languages() throws {
        let files = try Self.shipped.get()
        let folder = try TemporaryRegistry()
        let output = folder.path + "/site"
        let summary = try SiteDirectory(output, force: false).write(files)
        let registry = PagesFixture.registry
        let expected = Self.expectedPaths(registry)
        // 16 vendors, 55 modules, 36 models and 7 specs at the time of writing; the formula
        // holds for any registry: 2 × (5 + vendors + modules + 2 × models + specs) + 2.
        let vendors = Set(registry.accelerators.map { $0.id.split(separator: "/")[0] }).count
        #expect(
            expected.count
                == 2 * (5 + vendors + registry.accelerators.count + 2 * registry.models.count + registry.moduleSpecs.count)
                + 2)
        #expect(SiteChecks.files(under: output) == expected.union([SiteDirectory.manifestName]))
        #expect(summary.files == expected.count)
        #expect(summary.removed == 0)
        for file in files {
            #expect(try String(contentsOfFile: output + "/" + file.path, encoding: .utf8) == file.contents, "\(file.path)")
        }
        let manifest = try String(contentsOfFile: output + "/" + SiteDirectory.manifestName, encoding: .utf8)
        #expect(Set(manifest.split(separator: "\n").dropFirst().map(String.init)) == expected)
    }

    @Test func every_relative_link_leads_to_a_file_and_fragment_of_the_site() throws {
        let site = try Self.site()
        var checked = 0
        var ids: [String: Set<String>] = [:]
        for (page, html) in site where page.hasSuffix(".html") {
            for reference in SiteChecks.references(html) where !reference.isSourceLink {
                #expect(!SiteChecks.isAbsolute(reference.value), "\(page): \(reference.value)")
                guard let (file, fragment) = SiteChecks.resolve(reference.value, from: page) else {
                    Issue.record("\(page): \(reference.value) leaves the site")
                    continue
                }
                guard let target = site[file] else {
                    Issue.record("\(page): \(reference.value) → \(file), which the site does not have")
                    continue
                }
                if let fragment {
                    if ids[file] == nil { ids[file] = SiteChecks.ids(target) }
                    #expect(ids[file]?.contains(fragment) == true, "\(page): \(reference.value)")
                }
                checked += 1
            }
        }
        // Every module page links at least the stylesheet, the favicon and the catalog.
        #expect(checked > 3 * site.count / 2)
    }

    @Test func nothing_is_loaded_from_another_host_or_the_host_root() throws {
        let site = try Self.site()
        for (page, html) in site where page.hasSuffix(".html") {
            for reference in SiteChecks.references(html) {
                if reference.isSourceLink {
                    // A source document is a link the reader may follow, never a load.
                    #expect(reference.tag == "a")
                    #expect(
                        reference.value.hasPrefix("https://") || reference.value.hasPrefix("http://"),
                        "\(page): \(reference.value)")
                } else {
                    #expect(!SiteChecks.isAbsolute(reference.value), "\(page): \(reference.value)")
                    #expect(!reference.value.hasPrefix("//"), "\(page): \(reference.value)")
                }
            }
            #expect(!html.contains("<script"), "\(page)")
            #expect(!html.contains(" style="), "\(page)")
        }
        let css = try #require(site["assets/oam.css"])
        #expect(!css.contains("url("))
        #expect(!css.contains("@import"))
    }

    @Test func pages_need_no_server() throws {
        let site = try Self.site()
        for (page, html) in site where page.hasSuffix(".html") {
            #expect(!html.contains("<form"), "\(page)")
            #expect(!html.contains("?lang="), "\(page)")
        }
        // The navigation's compare and validate lead to the note; fit to the matrix.
        let index = try #require(site["zh/accelerators/amd/mi300x.html"])
        #expect(index.contains("<link rel=\"stylesheet\" href=\"../../../assets/oam.css\">"))
        #expect(index.contains("href=\"../../server-only.html\">对比</a>"))
        #expect(index.contains("href=\"../../fit.html\">"))
        // The language switch leads to the same page in the other language.
        #expect(index.contains("href=\"../../../accelerators/amd/mi300x.html\" hreflang=\"en\""))
        let english = try #require(site["accelerators/amd/mi300x.html"])
        #expect(english.contains("href=\"../../zh/accelerators/amd/mi300x.html\" hreflang=\"zh-Hans\""))
        // The catalog's vendor links lead to the vendor pages.
        let catalog = try #require(site["index.html"])
        #expect(catalog.contains("<a href=\"vendors/huawei.html\">huawei</a>"))
        let huawei = try #require(site["vendors/huawei.html"])
        let huaweiModules = PagesFixture.registry.accelerators.filter { $0.vendor == "huawei" }
        #expect(huawei.contains("\(huaweiModules.count) modules match."))
        #expect(huawei.contains("<a href=\"huawei.html\" aria-current=\"page\">huawei</a>"))
    }

    /// Llama 3.1 70B on MI300X at the default workload: weights 70.6e9 × 2 B = 141 GB of the
    /// 192 GiB (206 GB) module, so the matrix says it fits on one module and links the
    /// verdict on the model's answer page, which states the workload and the revision.
    @Test func fit_matrix_has_every_model_on_every_module() throws {
        let site = try Self.site()
        let registry = PagesFixture.registry
        let matrix = try #require(site["fit.html"])
        let cells = matrix.components(separatedBy: "<td class=\"fit-").count - 1
        #expect(cells == registry.accelerators.count * registry.models.count)
        #expect(matrix.contains("revision abc1234"))
        let link = "<a href=\"fit/meta-llama/llama-3.1-70b.html#fit-amd/mi300x\">yes: 1 × · "
        #expect(matrix.contains(link))
        let answer = try #require(site["fit/meta-llama/llama-3.1-70b.html"])
        #expect(answer.contains("<h3 id=\"fit-amd/mi300x\">"))
        #expect(answer.contains("Workload: 1024 input and 1024 output tokens per request, batch 1,"))
        #expect(answer.contains("<summary>Step-by-step explanation</summary>"))
        let zh = try #require(site["zh/fit.html"])
        #expect(zh.contains("<a href=\"fit/meta-llama/llama-3.1-70b.html#fit-amd/mi300x\">是：1 个 · "))
    }

    @Test func markup_in_registry_data_shows_as_text_on_every_page() throws {
        let folder = try TemporaryRegistry()
        try folder.write("accelerators/acme/x1.yaml", contents: EscapingTests.hostile)
        let registry = RegistryLoader().load(paths: [folder.path])
        let files = try StaticSite.files(registry: registry, revision: "<script>alert('revision')</script>")
        for file in files where file.path.hasSuffix(".html") { EscapingTests.expectNoMarkup(file.contents) }
        let name = "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; X1"
        for path in ["accelerators/acme/x1.html", "zh/accelerators/acme/x1.html"] {
            let page = try #require(files.first { $0.path == path }?.contents)
            #expect(page.contains("<h1>\(name)</h1>"), "\(path)")
        }
        for path in ["index.html", "vendors/acme.html", "zh/vendors/acme.html", "fit.html"] {
            let page = try #require(files.first { $0.path == path }?.contents)
            #expect(page.contains(name), "\(path)")
        }
        _ = folder
    }
}
