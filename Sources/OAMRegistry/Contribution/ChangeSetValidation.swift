import OAMCore

extension Validator {
    /// Findings for a change set: every rule on the files in `changed` (paths as the files
    /// carry them), plus every registry-wide rule over the whole registry, since a change
    /// can break an invariant (a duplicate id, an alias taken twice) that involves files
    /// it did not touch.
    public func validate(_ registry: Registry, changed: Set<String>) -> [Diagnostic] {
        let context = ValidationContext(registry: registry)
        let files = registry.files.filter { changed.contains($0.path) }
        var diagnostics =
            registry.problems
            + Self.concurrentFlatMap(files) { file in
                rules.flatMap { $0.check(file, in: context) }
            }
        for rule in rules {
            diagnostics += rule.checkRegistry(context)
        }
        return Array(Set(diagnostics)).sorted()
    }
}
