/// Every rule `oam validate` runs, in documentation order. A test fails when a rule type
/// exists that is not listed here.
public enum BuiltInRules {
    public static let all: [any Rule.Type] = [
        // YAML
        YAMLSyntaxRule.self,
        YAMLEncodingRule.self,
        ControlCharacterRule.self,
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
        // Plausible ranges
        ImpossibleFigureRule.self,
        MemoryCapacityRangeRule.self,
        TDPRangeRule.self,
        PeakRangeRule.self,
        // Consistency
        VendorMatchesIDRule.self,
        VendorBlockOwnerRule.self,
        IntegerPrecisionUnitsRule.self,
        PrecisionOrderingRule.self,
        SparseBelowDenseRule.self,
        UnsupportedWithPeakRule.self,
        LinkBandwidthConsistencyRule.self,
        MemoryBandwidthVsTypeRule.self,
        DecimalHBMCapacityRule.self,
        // Conformance
        FormFactorConformanceRule.self,
        OAMWithoutSpecRule.self,
        SpecReferenceExistsRule.self,
        SpecPowerEnvelopeRule.self,
        SpecUncheckedRule.self,
        SpecLinkCountRule.self,
        SpecHostInterfaceRule.self,
        SpecFamilyVersionRule.self,
        // Registry
        UniqueIDRule.self,
        UniqueAliasRule.self,
        PathMatchesIDRule.self,
        SchemaModelineRule.self,
        // Evidence
        SourceURLRule.self,
        FigureHasSourceRule.self,
        CoversPathExistsRule.self,
        ConflictReferencesRule.self,
        EvidenceTierPeaksRule.self,
        // Models
        ModelAttentionShapeRule.self,
        ModelMoEShapeRule.self,
        ModelParameterCountRule.self,
        ModelCheckpointSizeRule.self,
        ModelIDMatchesRepoRule.self,
    ]

    /// A rule type by id.
    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }
}
