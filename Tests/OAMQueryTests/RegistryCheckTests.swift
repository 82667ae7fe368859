import OAMCore
import OAMQuery
import OAMRegistry
import OAMTestSupport
import Testing

/// The check `oam validate` runs (every built-in rule and the in-tree adapters' checks) gives
/// the same findings whether files are checked as they load, their trees dropped, or the
/// registry is loaded whole first.
@Suite struct RegistryCheckTests {
    /// The shipped registry plus a copy of the L40S under another id: its PCI id belongs to
    /// `nvidia/l40s`, which the NVIDIA adapter's check reports (`nvidia-pci-device`), and its
    /// aliases repeat the original's (`unique-alias`, registry-wide).
    static func registryWithAnAdapterFinding() throws -> (folder: TemporaryRegistry, copy: String) {
        let folder = try TemporaryRegistry(copying: Fixtures.registry)
        let original = try String(contentsOfFile: Fixtures.registry + "/accelerators/nvidia/l40s.yaml", encoding: .utf8)
        let copy = "accelerators/nvidia/l40s-copy.yaml"
        try folder.write(copy, contents: original.replacingOccurrences(of: "id: nvidia/l40s\n", with: "id: nvidia/l40s-copy\n"))
        return (folder, folder.path + "/" + copy)
    }

    @Test func checkingWhileLoadingFindsWhatTheWholeCheckFinds() throws {
        let (folder, _) = try Self.registryWithAnAdapterFinding()
        let streamed = RegistryCheck.loadAndCheck(paths: [folder.path])
        let whole = RegistryCheck.diagnostics(RegistryLoader().load(paths: [folder.path]))
        #expect(streamed.diagnostics == whole)
        #expect(streamed.registry.files.allSatisfy { $0.root == nil })
        let ruleIDs = Set(whole.map(\.ruleID))
        #expect(ruleIDs.isSuperset(of: ["nvidia-pci-device", "unique-alias", "spec-unchecked"]))
    }

    /// `oam validate FILE --registry R` loads R's other files without their trees: the check
    /// of the file finds what it finds against R loaded whole.
    @Test func aFileCheckedAgainstARegistryWithoutTreesFindsTheSame() throws {
        let (folder, copy) = try Self.registryWithAnAdapterFinding()
        let (named, context) = RegistryLoader().load(named: [copy], inContextOf: folder.path)
        #expect(context.files.allSatisfy { $0.root == nil })
        let checked = RegistryCheck.diagnostics(of: named, in: context)
        let whole = RegistryCheck.diagnostics(
            of: RegistryLoader().load(paths: [copy]), in: RegistryLoader().load(paths: [folder.path]))
        #expect(checked == whole)
        #expect(Set(checked.map(\.ruleID)).isSuperset(of: ["nvidia-pci-device", "unique-alias"]))
    }
}
