import OAMCore

/// A model's id is its HuggingFace repo id in lowercase.
public struct ModelIDMatchesRepoRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "model-id-matches-repo", category: .model,
        summary:
            "A model's `id` equals `hf_repo` in lowercase (characters ids do not allow, such as `_`, written as `-`), when `hf_repo` is given.",
        rationale:
            "Users paste HuggingFace repo names; the lowercased repo id is how a name finds its model. An id that drifts from the repo (a version dropped, an org renamed) makes the obvious name miss.",
        valid: [
            RuleExample("kind: model\nid: meta-llama/llama-3.1-8b\nhf_repo: meta-llama/Llama-3.1-8B\n"),
            RuleExample("kind: model\nid: tinyllama/tinyllama-v1.1\nhf_repo: TinyLlama/TinyLlama_v1.1\n"),
        ],
        invalid: [RuleExample("kind: model\nid: ↓meta-llama/llama-3-8b\nhf_repo: meta-llama/Llama-3.1-8B\n")])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .model(let m)? = file.descriptor, let repo = m.hfRepo, !repo.isEmpty, !m.id.isEmpty,
            m.id != repo.lowercased(), m.id != Self.modelID(forRepo: repo)
        else { return [] }
        let expected = Self.modelID(forRepo: repo)
        return [
            finding(
                file, file.range(of: "id"),
                "id '\(m.id)' is not the HuggingFace repo '\(repo)' in lowercase ('\(expected)')",
                fix: "write id: \(expected) and move the file to models/\(expected).yaml, or correct hf_repo")
        ]
    }

    /// The registry id for HuggingFace repo `repo`: lowercased, with every run of
    /// characters the id format does not allow (`_`, spaces…) written as one `-`
    /// (`TinyLlama/TinyLlama_v1.1` → `tinyllama/tinyllama-v1.1`).
    public static func modelID(forRepo repo: String) -> String {
        let parts = repo.lowercased().split(separator: "/", omittingEmptySubsequences: false)
        func clean(_ part: Substring, keepDots: Bool) -> String {
            var result = ""
            var pendingSeparator: Character?
            for character in part {
                if character.isASCII && (character.isLetter || character.isNumber) {
                    if let separator = pendingSeparator, !result.isEmpty { result.append(separator) }
                    pendingSeparator = nil
                    result.append(character)
                } else if pendingSeparator == nil || pendingSeparator == "." {
                    // One separator per run; a dot is kept only when nothing else is in the run.
                    pendingSeparator = keepDots && character == "." && pendingSeparator == nil ? "." : "-"
                }
            }
            return result
        }
        guard parts.count == 2 else { return repo.lowercased() }
        return clean(parts[0], keepDots: false) + "/" + clean(parts[1], keepDots: true)
    }
}
