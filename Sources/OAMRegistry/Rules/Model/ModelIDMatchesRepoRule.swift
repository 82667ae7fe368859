import OAMCore

/// A model's id is its HuggingFace repo id in lowercase.
public struct ModelIDMatchesRepoRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "model-id-matches-repo", category: .model,
        summary: "A model's `id` equals `hf_repo` in lowercase, when `hf_repo` is given.",
        rationale: "Users paste HuggingFace repo names; the lowercased repo id is how a name finds its model. An id that drifts from the repo (a version dropped, an org renamed) makes the obvious name miss.",
        valid: [RuleExample("kind: model\nid: meta-llama/llama-3.1-8b\nhf_repo: meta-llama/Llama-3.1-8B\n")],
        invalid: [RuleExample("kind: model\nid: ↓meta-llama/llama-3-8b\nhf_repo: meta-llama/Llama-3.1-8B\n")])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .model(let m)? = file.descriptor, let repo = m.hfRepo, !repo.isEmpty, !m.id.isEmpty, m.id != repo.lowercased() else { return [] }
        let expected = repo.lowercased()
        return [finding(file, file.range(of: "id"),
                        "id '\(m.id)' is not the HuggingFace repo '\(repo)' in lowercase ('\(expected)')",
                        fix: "write id: \(expected) and move the file to models/\(expected).yaml, or correct hf_repo")]
    }
}
