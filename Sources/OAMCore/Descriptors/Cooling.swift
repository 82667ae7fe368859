/// How a module is cooled (`power.cooling`), as the schema spells it.
public enum Cooling: String, Sendable, Hashable, CaseIterable {
    case air
    case liquid
    case airOrLiquid = "air-or-liquid"
}
