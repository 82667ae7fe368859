import OAMCore

/// A new model descriptor from a HuggingFace config.json: the architecture and checkpoint
/// format as `oam import-hf` writes them, and an empty placeholder for each fact the
/// config does not hold (release date, stated parameter counts, the document that states
/// them), so `oam validate` fails until a person has looked them up.
public enum ModelScaffold {
    /// The key of the placeholder source for the model card.
    public static let modelCardKey = "model-card"

    /// The dotted paths of the empty values `render` writes for `draft`.
    public static func placeholders(_ draft: ModelDescriptorDraft) -> [String] {
        var paths = ["released", "parameters.stated_total"]
        if draft.model.architecture.moe != nil { paths.append("parameters.stated_active") }
        return paths + ["sources.\(modelCardKey).url"]
    }

    /// The file text for `draft` (from `ModelDescriptorDraft(hfRepo:model:)`).
    public static func render(_ draft: ModelDescriptorDraft) -> String {
        var draft = draft
        draft.statedTotal = nil
        draft.statedActive = nil
        draft.released = nil
        draft.notes = nil
        let column = DescriptorScaffold.commentColumn
        var lines = ModelDescriptorYAML.render(draft).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var out: [String] = []
        for line in lines {
            switch line {
            case "  stated_total: unknown":
                out.append(
                    "  stated_total:".scaffoldPadded(to: column)
                        + "# total parameters as the authors state them, e.g. 8.03e9, or unknown")
                out.append(
                    "  counts_embeddings: true".scaffoldPadded(to: column)
                        + "# false when the stated counts leave out the embedding tables")
            case "  stated_active: unknown":
                out.append(
                    "  stated_active:".scaffoldPadded(to: column)
                        + "# parameters active per token as stated, e.g. 3.3e9, or unknown")
            default:
                out.append(line)
            }
            if line.hasPrefix("hf_repo:") || (draft.hfRepo == nil && line.hasPrefix("name:")) {
                out.append(
                    "released:".scaffoldPadded(to: column)
                        + "# release date YYYY-MM-DD from the model card; delete the line if no source states it")
            }
        }
        out.insert(
            contentsOf: [
                "# A new model descriptor from config.json. Fill in every empty value, check the",
                "# architecture against the model card, then run: oam validate models/\(draft.id).yaml",
            ], at: 1)
        if !out.contains("sources:") { out.append("sources:") }
        out += [
            "  \(modelCardKey):".scaffoldPadded(to: column) + "# the model card or paper that states the counts and the date",
            "    url:".scaffoldPadded(to: column) + "# e.g. https://huggingface.co/\(draft.hfRepo ?? draft.id)",
            "    tier: vendor",
            "    covers: [parameters, released]",
        ]
        return out.joined(separator: "\n") + "\n"
    }
}
