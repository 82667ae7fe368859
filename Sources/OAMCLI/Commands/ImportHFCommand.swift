import ArgumentParser
import Foundation
import OAMCore
import OAMQuery
import OAMRegistry

/// `oam import-hf CONFIG.json`: writes a model descriptor from a HuggingFace config.json.
///
/// The architecture and checkpoint format come from the config; the facts it does not
/// hold (release date, stated counts, checkpoint size) come from flags, each with a
/// `--source` that covers it, or stay `unknown`. The file is written to a temporary file
/// beside the target and then moved into place, so an interrupted run never leaves half a
/// descriptor, and an existing file is only replaced with `--force`.
struct ImportHFCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "import-hf",
        abstract: "Write a model descriptor from a HuggingFace config.json.",
        discussion: """
            The id is the HuggingFace repo id in lowercase: pass --id ORG/NAME as HuggingFace \
            spells it, or name the file ORG__NAME.json. The descriptor goes to \
            <registry>/models/<org>/<name>.yaml unless --output says otherwise (--output - \
            prints it); the registry is --registry-root, $OAM_REGISTRY or Registry/ in the \
            working directory or a parent, never one found only next to the executable. The \
            path written is printed on standard error. When the lowercased repo id is not a \
            valid id (TinyLlama/TinyLlama_v1.1), pass --model-id with the suggested one. A source for the config file covers what the config states; every \
            other figure needs a --source 'KEY|TIER|URL|COVERS|TITLE' (COVERS is a comma-separated \
            list of dotted paths) or stays unknown. Run `oam validate` on the result.
            """)

    @Argument(help: ArgumentHelp("The model's config.json.", valueName: "config.json"))
    var config: String

    @Option(
        help: ArgumentHelp(
            "The HuggingFace repo id, e.g. meta-llama/Llama-3.1-8B (default: from a file named ORG__NAME.json).",
            valueName: "org/name"))
    var id: String?

    @Option(
        name: .customLong("model-id"),
        help: ArgumentHelp(
            "Registry id when the repo id lowercased is not a valid id (e.g. tinyllama/tinyllama-v1.1 for TinyLlama/TinyLlama_v1.1).",
            valueName: "org/name"))
    var modelID: String?

    @Option(help: ArgumentHelp("Where to write the descriptor; - for standard output.", valueName: "path"))
    var output: String?

    @Option(
        name: .customLong("registry-root"),
        help: ArgumentHelp(
            "Registry folder to write into (default: $OAM_REGISTRY, else the shipped Registry/).", valueName: "dir"))
    var registryRoot: String?

    @Flag(help: "Replace an existing descriptor.")
    var force = false

    @Option(help: "Display name (default: the repo name).")
    var name: String?

    @Option(name: .customLong("alias"), help: ArgumentHelp("Another name users type (repeatable).", valueName: "alias"))
    var aliases: [String] = []

    @Option(help: ArgumentHelp("Release date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var released: String?

    @Option(help: "License name.")
    var license: String?

    @Option(
        name: .customLong("stated-total"),
        help: ArgumentHelp("Total parameters as the authors state them, e.g. 8.03e9.", valueName: "count"))
    var statedTotal: String?

    @Option(
        name: .customLong("stated-active"), help: ArgumentHelp("Active parameters per token as stated (MoE).", valueName: "count")
    )
    var statedActive: String?

    @Flag(
        name: .customLong("stated-excludes-embeddings"),
        help: "The stated counts leave out the embedding tables (gpt-oss, GLM-4.5).")
    var statedExcludesEmbeddings = false

    @Option(help: ArgumentHelp("Checkpoint tensor bytes (safetensors total_size).", valueName: "bytes"))
    var bytes: Int?

    @Option(
        name: .customLong("source"),
        help: ArgumentHelp("A source: 'KEY|TIER|URL|COVERS|TITLE' (repeatable).", valueName: "source"))
    var sources: [String] = []

    @Option(help: "Notes for readers (derivations, caveats).")
    var notes: String?

    func validate() throws {
        if output != nil && registryRoot != nil { throw ValidationError("pass either --output or --registry-root, not both") }
        if let released, !ScalarFormat.date.matches(released) {
            throw ValidationError("--released: '\(released)' is not \(ScalarFormat.date.expectation)")
        }
        for (flag, value) in [("--stated-total", statedTotal), ("--stated-active", statedActive)] {
            guard let value, value != "unknown" else { continue }
            guard let number = Double(value), number.isFinite, number >= 1e6, number <= 1e14 else {
                throw ValidationError(
                    "\(flag): '\(value)' is not a parameter count between 1e6 and 1e14 (write e.g. 8.03e9, or unknown)")
            }
        }
        if let bytes, bytes <= 0 { throw ValidationError("--bytes must be positive") }
        for source in sources { _ = try Self.parseSource(source) }
    }

    func execute() throws -> Int32 {
        let model = try HFConfigFile.load(config)
        let repo = try repoID()
        var draft = ModelDescriptorDraft(hfRepo: repo, model: model)
        if let modelID { draft.id = modelID }
        guard ScalarFormat.qualifiedID.matches(draft.id) else {
            let suggested = ModelIDMatchesRepoRule.modelID(forRepo: repo)
            var message =
                "id '\(draft.id)' (from \(modelID != nil ? "--model-id" : "HuggingFace repo '\(repo)'")) is not \(ScalarFormat.qualifiedID.expectation)"
            if ScalarFormat.qualifiedID.matches(suggested) {
                message += "; pass --model-id \(suggested) (hf_repo stays '\(repo)')"
            }
            throw CLIError.couldNotRun(message)
        }
        if let name { draft.name = name }
        draft.aliases = aliases
        draft.released = released
        draft.license = license
        draft.statedTotal = statedTotal == "unknown" ? nil : statedTotal
        draft.statedActive = statedActive == "unknown" ? nil : statedActive
        draft.countsEmbeddings = !statedExcludesEmbeddings
        draft.model.checkpoint.bytes = bytes
        draft.notes = notes
        for source in sources {
            let parsed = try Self.parseSource(source)
            if let index = draft.sources.firstIndex(where: { $0.key == parsed.key }) {
                draft.sources[index] = parsed
            } else {
                draft.sources.append(parsed)
            }
        }
        let yaml = ModelDescriptorYAML.render(draft)
        if output == "-" {
            Output.printRaw(Array(yaml.utf8))
        } else {
            let path = try destination(for: draft.id)
            try Self.write(yaml, to: path, replacing: force)
            Output.error("wrote \(path)")
        }
        let counts = model.architecture.parameters
        Output.error(
            "\(draft.id): \(counts.total) parameters (\(model.architecture.activeParameters) active), \(model.architecture.kvElementsPerTokenPerLayer) KV-cache elements per token per layer"
        )
        for assumption in draft.uncoveredAssumptions {
            Output.error(
                "note: '\(assumption.path)' is not stated by config.json: \(assumption.reason); add a --source covering it")
        }
        return 0
    }

    /// The repo id as HuggingFace spells it: --id, else the ORG__NAME file name.
    private func repoID() throws -> String {
        if let id {
            guard id.split(separator: "/", omittingEmptySubsequences: false).count == 2, !id.hasPrefix("/"), !id.hasSuffix("/")
            else {
                throw CLIError.couldNotRun("--id '\(id)' must be ORG/NAME, e.g. meta-llama/Llama-3.1-8B")
            }
            return id
        }
        let base = URL(fileURLWithPath: config).deletingPathExtension().lastPathComponent
        let parts = base.components(separatedBy: "__")
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw CLIError.couldNotRun(
                "cannot tell the model id from the file name '\(base)'; pass --id ORG/NAME (the HuggingFace repo id)")
        }
        return parts[0] + "/" + parts[1]
    }

    /// `--output`, else `<registry>/models/<org>/<name>.yaml`.
    private func destination(for id: String) throws -> String {
        if let output { return output }
        let root: String
        if let registryRoot {
            root = registryRoot
        } else {
            let found: (path: String, origin: RegistryLocator.Origin)
            do {
                found = try RegistryLocator.locateWithOrigin(explicit: nil)
            } catch {
                throw CLIError.couldNotRun("\(error); or pass --registry-root DIR or --output PATH")
            }
            // A registry found only next to the binary (an install, a build folder) is not
            // one the user chose to change: writing there would edit it behind their back.
            guard found.origin.isUserChosen else {
                throw CLIError.couldNotRun(
                    "the only registry found is \(found.path), next to the oam executable; pass --registry-root DIR or --output PATH (or set OAM_REGISTRY, or run inside the checkout) to say where the descriptor goes"
                )
            }
            root = found.path
        }
        return URL(fileURLWithPath: root).appendingPathComponent("models").appendingPathComponent(id + ".yaml").path
    }

    /// `KEY|TIER|URL|COVERS|TITLE`; the title is optional.
    static func parseSource(_ text: String) throws -> Source {
        let parts = text.split(separator: "|", maxSplits: 4, omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count >= 4 else {
            throw ValidationError(
                "--source '\(text)': expected 'KEY|TIER|URL|COVERS|TITLE', e.g. 'meta-card|vendor|https://…|parameters,released|Llama 3.1 model card'"
            )
        }
        guard ScalarFormat.kebab.matches(parts[0]) else {
            throw ValidationError("--source: key '\(parts[0])' is not \(ScalarFormat.kebab.expectation)")
        }
        guard let tier = EvidenceTier(rawValue: parts[1]) else {
            throw ValidationError("--source: tier '\(parts[1])' is not one of \(Schemas.tiers.joined(separator: ", "))")
        }
        guard ScalarFormat.url.matches(parts[2]) else {
            throw ValidationError("--source: '\(parts[2])' is not \(ScalarFormat.url.expectation)")
        }
        let covers = parts[3].split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        guard !covers.isEmpty else {
            throw ValidationError("--source '\(parts[0])': COVERS is empty; list the dotted paths it supports")
        }
        return Source(
            key: parts[0], title: parts.count > 4 && !parts[4].isEmpty ? parts[4] : nil, url: parts[2], tier: tier, covers: covers
        )
    }

    /// Writes atomically (see `AtomicFile`): creating, or replacing with `replacing`.
    static func write(_ text: String, to path: String, replacing: Bool) throws {
        do {
            try AtomicFile.write(text, to: path, mode: replacing ? .replace : .createOnly)
        } catch .exists {
            throw CLIError.couldNotRun("\(path) already exists; pass --force to replace it")
        } catch {
            throw CLIError.couldNotRun("\(error)")
        }
    }
}
