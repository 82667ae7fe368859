import OAMAdapterAPI
import OAMCore
import OAMHost
import OAMRegistry
import Testing

/// Adapter validation inside `oam validate`: the rule documents itself with examples, and
/// the shipped registry passes every adapter's checks.
@Suite struct AdapterValidationRuleTests {
    @Test func ruleExamplesBehaveAsDocumented() {
        for failure in RuleExampleRunner.failures(of: AdapterValidationRule.self) {
            Issue.record("\(failure)")
        }
    }

    @Test func shippedRegistryPassesAdapterChecks() {
        let registry = HostTestSupport.registry
        let context = ValidationContext(registry: registry)
        let findings = registry.files.flatMap { AdapterValidationRule().check($0, in: context) }
        for finding in findings { Issue.record("\(finding.formatted)") }
    }

    @Test func findingsCarryPositionsAndAdapterRuleIDs() {
        let text =
            "kind: accelerator\nid: nvidia/h100-sxm\nname: NVIDIA H100 SXM\nvendor: nvidia\nx-nvidia:\n  compute_capability: \"8.0\"\n"
        let file = DescriptorParser.parse(bytes: Array(text.utf8), path: "Registry/accelerators/nvidia/h100-sxm.yaml")
        let findings = Validator(rules: [AdapterValidationRule()]).validate(Registry(files: [file]))
        #expect(findings.map(\.ruleID) == ["nvidia-compute-capability"])
        #expect(findings.first?.range.start == SourceRange.Position(line: 6, column: 23))
        #expect(findings.first?.formatted.hasPrefix("Registry/accelerators/nvidia/h100-sxm.yaml:6:23: error:") == true)
    }

    @Test func vendorsWithoutAnAdapterGetShapeChecksOnly() {
        let text = "kind: accelerator\nid: acme/x1\nname: Acme X1\nvendor: acme\nx-acme: [1, 2]\n"
        let file = DescriptorParser.parse(bytes: Array(text.utf8), path: "Registry/accelerators/acme/x1.yaml")
        let findings = Validator(rules: [AdapterValidationRule()]).validate(Registry(files: [file]))
        #expect(findings.map(\.ruleID) == ["acme-block"])
    }
}
