import OAMCore
import OAMRegistry
import OAMTestSupport
import Testing

/// `oam validate`'s pass (`Validator.loadAndValidate`): each file is checked by the rules
/// that read it alone and its tree dropped while files still load, then the
/// `RegistryContextRule`s and the registry-wide checks run. It must find what loading
/// everything and validating afterwards finds, finding for finding, in the same order.
@Suite struct LoadAndValidateTests {
    /// A registry with a finding from every phase: the reader (a syntax error), the schema
    /// walker and the rules that read a file alone (the bad fixture; an id that does not
    /// match its path), the `RegistryContextRule`s (a TDP over its spec's envelope, a spec
    /// that does not exist), a registry-wide rule (a repeated id) and the loader (a path that
    /// does not exist).
    static func registryWithFindingsOfEveryPhase() throws -> (folder: TemporaryRegistry, paths: [String]) {
        let folder = try TemporaryRegistry(copying: Fixtures.path("registries/good"))
        try folder.write("accelerators/acme/x1.yaml", replacing: "tdp: 600 W", with: "tdp: 900 W")
        try folder.write(
            "accelerators/acme/x3.yaml",
            contents: "kind: accelerator\nid: acme/x1\nname: Acme X3\nvendor: acme\nconforms_to: ocp-oam-9.9\n")
        try folder.write("accelerators/acme/broken.yaml", contents: "kind: accelerator\nid: [acme/broken\n")
        return (folder, [folder.path, Fixtures.path("registries/bad"), folder.path + "/no-such-folder"])
    }

    @Test func findsWhatValidatingAfterTheLoadFinds() throws {
        let (folder, paths) = try Self.registryWithFindingsOfEveryPhase()
        let streamed = Validator().loadAndValidate(paths: paths)
        let whole = Validator().validate(RegistryLoader().load(paths: paths))
        #expect(streamed.registry.files.count == 6)
        #expect(streamed.diagnostics == whole)
        let ruleIDs = Set(streamed.diagnostics.map(\.ruleID))
        for id in ["yaml-syntax", "enum-value", "path-matches-id", "spec-power-envelope", "spec-reference-exists", "unique-id"] {
            #expect(ruleIDs.contains(id), "no \(id) finding")
        }
        #expect(streamed.diagnostics.contains { $0.ruleID == "file-limits" && $0.file == folder.path + "/no-such-folder" })
    }

    /// The shipped registry (98 files: loaded on both cores) gives the same findings both
    /// ways, among them the `spec-unchecked` warnings a `RegistryContextRule` makes (family
    /// claims on specs whose power limit is not public).
    @Test func shippedRegistryFindsTheSameBothWays() {
        let streamed = Validator().loadAndValidate(paths: [Fixtures.registry])
        #expect(streamed.registry.files.count > 64)
        #expect(streamed.diagnostics.contains { $0.ruleID == SpecUncheckedRule.description.id })
        #expect(streamed.diagnostics == Validator().validate(RegistryLoader().load(paths: [Fixtures.registry])))
    }

    /// The registry comes back without trees, with every descriptor and the facts the
    /// registry-wide rules read, as a full load has them.
    @Test func theRegistryKeepsDescriptorsAndFactsNotTrees() throws {
        let (folder, paths) = try Self.registryWithFindingsOfEveryPhase()
        let streamed = Validator().loadAndValidate(paths: paths).registry
        let loaded = RegistryLoader().load(paths: paths)
        withExtendedLifetime(folder) {}
        #expect(streamed.files.count == 6)
        #expect(streamed.files.map(\.path) == loaded.files.map(\.path))
        #expect(streamed.files.allSatisfy { $0.root == nil })
        #expect(loaded.files.contains { $0.root != nil })
        #expect(streamed.files.map(\.descriptor?.id) == loaded.files.map(\.descriptor?.id))
        #expect(streamed.files.map(\.registryFacts.idRange) == loaded.files.map(\.registryFacts.idRange))
        #expect(
            streamed.files.map { $0.registryFacts.aliases.map(\.range) }
                == loaded.files.map { $0.registryFacts.aliases.map(\.range) })
    }

    /// A rule that reads the registry without saying so (`RegistryContextRule`) sees none
    /// in this pass: the order is part of a rule's contract, and its examples hold it to it.
    @Test func aContextRuleMissesTheRegistryWhenRunAsAFileRule() throws {
        let (folder, paths) = try Self.registryWithFindingsOfEveryPhase()
        let asDeclared = Validator(rules: [SpecPowerEnvelopeRule()]).loadAndValidate(paths: paths).diagnostics
        let undeclared = Validator(rules: [UndeclaredContextRule()]).loadAndValidate(paths: paths).diagnostics
        withExtendedLifetime(folder) {}
        let id = SpecPowerEnvelopeRule.description.id
        #expect(asDeclared.filter { $0.ruleID == id }.map(\.file) == [folder.path + "/accelerators/acme/x1.yaml"])
        #expect(undeclared.filter { $0.ruleID == id }.isEmpty)
    }

    /// `SpecPowerEnvelopeRule`'s check, not declared a `RegistryContextRule`.
    struct UndeclaredContextRule: Rule {
        static let description = SpecPowerEnvelopeRule.description
        func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
            SpecPowerEnvelopeRule().check(file, in: context)
        }
    }

    /// Everything but the tree stays: the descriptor, the facts, the load-time findings and
    /// the first line.
    @Test func droppingTheTreeKeepsAllButTheTree() {
        let text = "# yaml-language-server: $schema=x\nkind: accelerator\nid: acme/x1\naliases: [x1]\nmemroy: {}\n"
        var file = DescriptorParser.parse(bytes: Array(text.utf8), path: "x1.yaml")
        let facts = file.registryFacts
        let loadDiagnostics = file.loadDiagnostics
        #expect(loadDiagnostics.map(\.ruleID).contains("unknown-key"))
        file.dropTree()
        #expect(file.root == nil)
        #expect(file.descriptor?.id == "acme/x1")
        #expect(file.registryFacts.idRange == facts.idRange)
        #expect(file.registryFacts.aliases.map(\.text) == ["x1"])
        #expect(file.loadDiagnostics == loadDiagnostics)
        #expect(file.loadDiagnosticsByRule["unknown-key"] == loadDiagnostics.filter { $0.ruleID == "unknown-key" })
        #expect(file.firstLine == "# yaml-language-server: $schema=x")
    }
}
