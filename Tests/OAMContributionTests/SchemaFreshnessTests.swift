import Foundation
import OAMCore
import OAMRegistry
import OAMTestSupport
import Testing

/// The committed JSON Schemas and Docs/descriptor-format.md are what the generators print
/// today, and the schemas say what the validator says.
@Suite struct SchemaFreshnessTests {
    static let regenerate =
        "regenerate with `swift run oam schema --write Registry/schema` and `swift run oam schema --markdown > Docs/descriptor-format.md`"

    @Test(arguments: DescriptorKind.allCases)
    func descriptorSchemaIsFresh(kind: DescriptorKind) throws {
        let committed = try String(contentsOfFile: Repository.path("Registry/schema/\(kind.schemaFileName)"), encoding: .utf8)
        #expect(
            committed == JSONSchemaExport.schema(for: kind).serialized(pretty: true) + "\n",
            "Registry/schema/\(kind.schemaFileName) is stale; \(Self.regenerate)")
    }

    /// Through the binary, which also covers the adapter-protocol schema (inferred from the
    /// OAMAdapterAPI types, which this target does not import).
    @Test(arguments: ["accelerator", "model", "module-spec", "adapter-protocol"])
    func schemaCommandPrintsTheCommittedFile(subject: String) throws {
        let result = try OAMProcess.run(["schema", subject])
        #expect(result.status == 0, "\(result.stderr)")
        let committed = try String(contentsOfFile: Repository.path("Registry/schema/\(subject).schema.json"), encoding: .utf8)
        #expect(result.stdout == committed, "Registry/schema/\(subject).schema.json is stale; \(Self.regenerate)")
    }

    @Test func descriptorFormatDocumentIsFresh() throws {
        let committed = try String(contentsOfFile: Repository.path("Docs/descriptor-format.md"), encoding: .utf8)
        #expect(committed == DescriptorFormatDocument.markdown(), "Docs/descriptor-format.md is stale; \(Self.regenerate)")
    }

    @Test func adapterProtocolSchemaNamesTheMessages() throws {
        let result = try OAMProcess.run(["schema", "adapter-protocol"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let definitions = try #require(object["definitions"] as? [String: Any])
        for name in ["AdapterRequest", "AdapterResponse", "AdapterParams", "AdapterResult", "CapabilityReport", "Diagnostic"] {
            #expect(definitions[name] != nil, "no definition \(name)")
        }
        let request = try #require(definitions["AdapterRequest"] as? [String: Any])
        #expect(Set(request["required"] as? [String] ?? []) == ["protocol", "versions", "method", "params"])
        #expect(request["description"] as? String != nil, "the generated schema carries the protocol's documentation")
    }

    @Test func everyRegistryFileStartsWithItsModeline() throws {
        var checked = 0
        for kind in DescriptorKind.allCases {
            for path in Repository.descriptors(in: Repository.path("Registry/\(kind.folder)")) {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let first = text.prefix { $0 != "\n" && $0 != "\r\n" }
                #expect(String(first) == kind.modeline, "\(path) starts with '\(first)'")
                checked += 1
            }
        }
        #expect(checked > 10)
    }

    @Test func schemaModelineRuleIsRegisteredAndReadsWindowsLineEnds() throws {
        let rule = try #require(BuiltInRules.rule(id: "schema-modeline"))
        let text = DescriptorKind.model.modeline + "\r\nkind: model\r\nid: acme/tiny-8b\r\n"
        let file = DescriptorParser.parse(bytes: Array(text.utf8), path: "Registry/models/acme/tiny-8b.yaml")
        #expect(RuleExampleRunner.findings(of: rule, in: Registry(files: [file])).isEmpty)
    }

    /// The regular expressions of the formats accept exactly what the validator accepts,
    /// on every formatted value of the shipped registry and on near misses.
    @Test(arguments: ScalarFormat.allCases)
    func formatPatternAgreesWithTheValidator(format: ScalarFormat) throws {
        let regex = try NSRegularExpression(pattern: format.pattern)
        var samples = Self.nearMisses
        samples += try Self.shippedScalars()
        var disagreements: [String] = []
        for sample in Set(samples) {
            let range = NSRange(sample.startIndex..., in: sample)
            let byPattern = regex.firstMatch(in: sample, range: range) != nil
            if byPattern != format.matches(sample) {
                disagreements.append("'\(sample)': pattern \(byPattern), validator \(!byPattern)")
            }
        }
        #expect(disagreements.isEmpty, "\(format): \(disagreements.sorted().joined(separator: "; "))")
    }

    static let nearMisses = [
        "amd", "moore-threads", "-amd", "amd-", "a--b", "AMD", "amd_x", "amd/mi300x", "amd/mi300x.5", "amd//x", "amd/", "/x",
        "ocp-oam-1.5", "ocp-oam-1..5", "ocp-oam-1.5.", "1002:74a1", "1002:74A1", "1002:74a", "10002:74a1",
        "2024", "2024-06", "2024-06-12", "2024-13", "2024-02-30", "1899", "2201", "2200", "24-06", "2024-6",
        "https://www.amd.com/x", "http://a.b", "https://localhost/x", "ftp://a.b", "https://a b.c", "https://.a.b",
        "pcie-5.0-x16", "pcie-4.0-x8", "pcie-5-x16", "pcie-5.0-x32", "pcie-8.0-x16", "PCIe-5.0-x16", "",
    ]

    /// Every scalar and key of the shipped registry (deduplicated, short ones only).
    static func shippedScalars() throws -> [String] {
        var values: Set<String> = []
        for path in Repository.descriptors(in: Repository.path("Registry")) {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " -"))
                let value = line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
                for candidate in [key, value] where candidate.count < 80 && !candidate.contains("[") { values.insert(candidate) }
            }
        }
        return Array(values)
    }

    /// The quantity pattern accepts exactly the text `QuantityParser` accepts.
    @Test func quantityPatternAgreesWithTheParser() throws {
        let texts = [
            "192 GiB", "192GiB", "192  GiB", " 192 GiB", "192 GiB ", "+5 W", "-5 W", "5.3 TB/s", ".5 TB/s", "5. W", "1.5e3 W",
            "1.5E+3 W", "1e-3 W",
            "1e12345 W", "1e W", "5", "5 gib", "5 GIB", "5 Gb/s", "5 TFLOPS", "5 TFLOP/s", "5 TOPS", "nan W", "inf W", "1,000 W",
            "1_000 W",
            "5 mm", "5 cm", "5 m", "12 V", "12 mV", "192 GiB/s", "unknown", "lots GB", "1.2.3 GB",
        ]
        for dimensions in [[Dimension.bytes], [.bandwidth], [.flops, .ops], [.power], [.voltage], [.length]] {
            let regex = try NSRegularExpression(pattern: JSONSchemaExport.quantityPattern(dimensions))
            for text in texts {
                let byPattern = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                let byParser: Bool
                if case .success = QuantityParser.parse(text, expecting: dimensions) { byParser = true } else { byParser = false }
                #expect(byPattern == byParser, "'\(text)' as \(dimensions): pattern \(byPattern), parser \(byParser)")
            }
        }
    }
}
