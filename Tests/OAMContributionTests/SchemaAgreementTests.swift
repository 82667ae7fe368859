import Foundation
import OAMCore
import OAMRegistry
import OAMTestSupport
import Testing

/// The committed schemas, held to an independent validator (check-jsonschema): it accepts
/// every shipped descriptor and rejects every schema-expressible mistake in
/// `Tests/Fixtures/schema-invalid`, which `oam`'s own schema walker reports under the rule
/// the file name gives.
@Suite struct SchemaAgreementTests {
    static let invalidFolder = Fixtures.path("schema-invalid")

    /// `(kind, rule id, path)` of every invalid fixture.
    static func invalidFixtures() throws -> [(kind: DescriptorKind, rule: String, path: String)] {
        try FileManager.default.contentsOfDirectory(atPath: invalidFolder).filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            let parts = name.components(separatedBy: "--")
            let kind = try #require(
                parts.count == 3 ? DescriptorKind(rawValue: parts[0]) : nil, "\(name) is not <kind>--<rule-id>--<what>.yaml")
            return (kind, parts[1], invalidFolder + "/" + name)
        }
    }

    @Test func invalidFixturesCoverTheSchemaRules() throws {
        let rules = Set(try Self.invalidFixtures().map(\.rule))
        for rule in [
            "unknown-key", "enum-value", "field-type", "unit-kind", "required-field", "quantity-value", "value-range",
            "id-format", "date-format", "pci-id-format", "host-interface-format", "source-url",
        ] {
            #expect(rules.contains(rule), "no fixture in Tests/Fixtures/schema-invalid for \(rule)")
        }
        for rule in rules { #expect(BuiltInRules.rule(id: rule) != nil, "\(rule) is not a rule id") }
    }

    /// Each fixture has exactly one kind of mistake, as oam sees it.
    @Test func oamReportsTheNamedRuleOnly() throws {
        for fixture in try Self.invalidFixtures() {
            let file = RegistryLoader.loadFile(fixture.path)
            let rules = Set(file.loadDiagnostics.map(\.ruleID))
            #expect(rules == [fixture.rule], "\(fixture.path): oam reports \(file.loadDiagnostics.map(\.formatted))")
        }
    }

    @Test(.enabled(if: CheckJSONSchema.available, CheckJSONSchema.skipMessage))
    func committedSchemasAreValidDraft07() throws {
        let files = ["accelerator", "model", "module-spec", "adapter-protocol"].map {
            Repository.path("Registry/schema/\($0).schema.json")
        }
        let result = try Tool.run(CheckJSONSchema.executable!, ["--check-metaschema", "--color", "never"] + files)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test(.enabled(if: CheckJSONSchema.available, CheckJSONSchema.skipMessage), arguments: DescriptorKind.allCases)
    func checkJSONSchemaAcceptsEveryShippedDescriptor(kind: DescriptorKind) throws {
        let files = Repository.descriptors(in: Repository.path("Registry/\(kind.folder)"))
        #expect(!files.isEmpty)
        let failures = try CheckJSONSchema.failures(
            schema: Repository.path("Registry/schema/\(kind.schemaFileName)"), files: files)
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test(.enabled(if: CheckJSONSchema.available, CheckJSONSchema.skipMessage))
    func checkJSONSchemaRejectsEveryInvalidFixture() throws {
        let fixtures = try Self.invalidFixtures()
        for kind in DescriptorKind.allCases {
            let files = fixtures.filter { $0.kind == kind }.map(\.path)
            guard !files.isEmpty else { continue }
            let failures = try CheckJSONSchema.failures(
                schema: Repository.path("Registry/schema/\(kind.schemaFileName)"), files: files)
            for file in files {
                #expect(failures[file] != nil, "check-jsonschema accepts \(file), which oam rejects")
            }
        }
    }

    /// The fixtures' valid originals pass, so the rejections above are the mistakes'.
    @Test(.enabled(if: CheckJSONSchema.available, CheckJSONSchema.skipMessage))
    func checkJSONSchemaAcceptsTheFixturesOriginals() throws {
        let good = Fixtures.path("registries/good")
        for kind in DescriptorKind.allCases {
            let files = Repository.descriptors(in: good + "/" + kind.folder)
            let failures = try CheckJSONSchema.failures(
                schema: Repository.path("Registry/schema/\(kind.schemaFileName)"), files: files)
            #expect(failures.isEmpty, "\(failures)")
        }
    }

    /// Real adapter-protocol messages (an in-tree adapter's describe and capabilities
    /// answers, served by `oam adapter serve`) fit the inferred protocol schema.
    @Test(.enabled(if: CheckJSONSchema.available, CheckJSONSchema.skipMessage))
    func adapterMessagesFitTheProtocolSchema() throws {
        let folder = try TemporaryRegistry()
        var files: [String] = []
        let module = Repository.path("Registry/accelerators/amd/mi300x.yaml")
        let source = try String(contentsOfFile: module, encoding: .utf8)
        let requests: [(String, [String: Any])] = [
            (
                "describe",
                ["protocol": "oam-adapter", "versions": [1], "host": "oam test", "method": "describe", "params": [String: Any]()]
            ),
            (
                "capabilities",
                [
                    "protocol": "oam-adapter", "versions": [1], "method": "capabilities",
                    "params": ["module": ["id": "amd/mi300x", "path": module, "source": source], "stack": "ROCm 6.2"],
                ]
            ),
            (
                "validate",
                [
                    "protocol": "oam-adapter", "versions": [1], "method": "validate",
                    "params": ["module": ["id": "amd/mi300x", "path": module, "source": source]],
                ]
            ),
        ]
        for (name, request) in requests {
            let requestData = try JSONSerialization.data(withJSONObject: request)
            try folder.write("\(name)-request.json", bytes: Array(requestData))
            files.append(folder.path + "/\(name)-request.json")
            let response = try Tool.run(OAMProcess.executable.path, ["adapter", "serve", "amd"], input: requestData)
            #expect(response.status == 0, "\(response.stderr)")
            try folder.write("\(name)-response.json", bytes: Array(response.stdout.utf8))
            files.append(folder.path + "/\(name)-response.json")
        }
        let failures = try CheckJSONSchema.failures(
            schema: Repository.path("Registry/schema/adapter-protocol.schema.json"), files: files)
        #expect(failures.isEmpty, "\(failures)")
    }
}
