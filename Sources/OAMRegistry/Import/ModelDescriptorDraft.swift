import OAMCore

/// Everything a model descriptor file holds, before it is written: the imported
/// architecture and checkpoint plus the facts config.json does not know (name, release,
/// stated counts, sources).
///
/// Stated counts are kept as the text the user typed (`8.03e9`), so the file shows the
/// authors' rounding rather than a re-formatted double. `nil` is written `unknown`.
public struct ModelDescriptorDraft: Sendable {
    public var id: String
    public var name: String
    public var hfRepo: String?
    public var aliases: [String] = []
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; omitted when `nil` (the schema has no unknown date).
    public var released: String?
    public var license: String?
    public var model: ImportedModel
    public var statedTotal: String?
    public var statedActive: String?
    public var countsEmbeddings: Bool = true
    public var sources: [Source] = []
    public var notes: String?

    public init(id: String, name: String, model: ImportedModel) {
        self.id = id
        self.name = name
        self.model = model
    }

    /// A draft for HuggingFace repo `repo` (`meta-llama/Llama-3.1-8B`): id is the repo
    /// lowercased, name its last part, and two sources are filled in — the config file
    /// (vendor tier) for what it states, and the transformers modeling code (third-party)
    /// for the layer structure the config leaves implicit.
    public init(hfRepo repo: String, model: ImportedModel) {
        self.init(id: repo.lowercased(), name: String(repo.split(separator: "/").last ?? Substring(repo)), model: model)
        hfRepo = repo
        sources.append(
            Source(
                key: "hf-config", title: "config.json of \(repo) on Hugging Face",
                url: "https://huggingface.co/\(repo)/blob/main/config.json", tier: .vendor, covers: model.statedPaths))
        if let code = HFConfigImporter.modelingCodeURL(for: model.architecture.hfArchitecture) {
            sources.append(
                Source(
                    key: "transformers-modeling",
                    title:
                        "Hugging Face transformers modeling code of \(model.architecture.hfArchitecture): the layer structure config.json leaves implicit (biases, norms per layer, q/k norms, sinks)",
                    url: code, tier: .thirdParty, covers: ["architecture"]))
        }
    }

    /// The descriptor paths no source covers yet, with why each value was filled in.
    public var uncoveredAssumptions: [ImportedModel.Assumption] {
        model.assumptions.filter { assumption in !sources.contains { $0.covers(assumption.path) } }
    }
}
