import OAMCore

/// Runs rules over a registry and collects their findings in a stable order.
public struct Validator: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule] = BuiltInRules.all.map { $0.init() }) {
        self.rules = rules
    }

    /// Every finding for `registry`, sorted by file and position. `only` restricts the
    /// per-file findings (registry-wide ones included) to the given paths, for checks of a
    /// change set.
    public func validate(_ registry: Registry, only paths: Set<String>? = nil) -> [Diagnostic] {
        let context = ValidationContext(registry: registry)
        var diagnostics = registry.problems
        for file in registry.files where paths?.contains(file.path) ?? true {
            for rule in rules {
                diagnostics += rule.check(file, in: context)
            }
        }
        for rule in rules {
            let found = rule.checkRegistry(context)
            diagnostics += paths.map { only in found.filter { only.contains($0.file) } } ?? found
        }
        return diagnostics.sorted()
    }
}
