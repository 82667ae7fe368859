/// Every rule `oam validate` runs, in documentation order. A test fails when a rule type
/// exists that is not listed here.
public enum BuiltInRules {
    public static let all: [any Rule.Type] = [
        // YAML
        YAMLSyntaxRule.self,
        YAMLEncodingRule.self,
        NoAnchorsRule.self,
        DuplicateKeyRule.self,
        FileLimitsRule.self,
        // Schema
        RequiredFieldRule.self,
        UnknownKeyRule.self,
        FieldTypeRule.self,
        EnumValueRule.self,
        UnitKindRule.self,
        QuantityValueRule.self,
        ValueRangeRule.self,
        IDFormatRule.self,
        DateFormatRule.self,
        PCIIDFormatRule.self,
        HostInterfaceFormatRule.self,
        // Consistency
        SparseBelowDenseRule.self,
        // Conformance
        SpecPowerEnvelopeRule.self,
        // Registry
        UniqueIDRule.self,
        // Evidence
        SourceURLRule.self,
        FigureHasSourceRule.self,
    ]

    /// A rule type by id.
    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }
}
