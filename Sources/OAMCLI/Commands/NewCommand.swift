import ArgumentParser
import Foundation
import OAMCore
import OAMQuery
import OAMRegistry

/// `oam new KIND ID`: starts a descriptor at the path its id gives, with the modeline,
/// every required field empty and the optional ones commented out. The empty values fail
/// `oam validate` until they are filled in; an existing file is never touched.
struct NewCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new descriptor with every required field to fill in.",
        discussion: """
            Examples: `oam new accelerator acme/x1` writes <registry>/accelerators/acme/x1.yaml; \
            `oam new model --from-hf config.json meta-llama/Llama-3.1-8B` fills the \
            architecture from a HuggingFace config.json (the repo id may also come from a \
            file named ORG__NAME.json) and leaves the release date and stated parameter \
            counts to fill in. The file is created only if it does not exist.
            """)

    @Argument(help: ArgumentHelp("accelerator, model or module-spec.", valueName: "kind"))
    var kind: DescriptorKind

    @Argument(
        help: ArgumentHelp(
            "VENDOR/PRODUCT, ORG/NAME (a model's HuggingFace repo id) or a spec id such as ocp-oam-2.1.", valueName: "id"))
    var id: String?

    @Option(
        name: .customLong("from-hf"),
        help: ArgumentHelp("A model's HuggingFace config.json to fill the architecture from.", valueName: "config.json"))
    var fromHF: String?

    @Flag(name: .customLong("print"), help: "Print the descriptor instead of writing it.")
    var printOnly = false

    @OptionGroup var registryOptions: RegistryOptions

    func validate() throws {
        if fromHF != nil && kind != .model { throw ValidationError("--from-hf applies to models only") }
        if fromHF == nil && id == nil {
            throw ValidationError("name the new \(kind.rawValue)'s id, e.g. \(Self.exampleID(kind))")
        }
        if fromHF == nil, let id { try Self.check(id, kind: kind) }
    }

    func execute() throws -> Int32 {
        let descriptorID: String
        let text: String
        let placeholders: Int
        if let fromHF {
            let draft = try Self.draft(config: fromHF, repo: id)
            descriptorID = draft.id
            text = ModelScaffold.render(draft)
            placeholders = ModelScaffold.placeholders(draft).count
        } else {
            descriptorID = id ?? ""
            let scaffold = DescriptorScaffold(kind: kind, id: descriptorID)
            text = scaffold.text
            placeholders = scaffold.placeholders.count
        }
        if printOnly {
            Output.print(text, terminator: "")
            return 0
        }
        let registry = try registryOptions.location()
        let path = URL(fileURLWithPath: registry).appendingPathComponent(kind.folder).appendingPathComponent(
            descriptorID + ".yaml"
        ).path
        do {
            try AtomicFile.write(text, to: path, mode: .createOnly)
        } catch .exists {
            throw CLIError.couldNotRun("\(path) already exists; edit it, or remove it first to start over")
        } catch {
            throw CLIError.couldNotRun("\(error)")
        }
        Output.print("wrote \(path)")
        Output.print(
            "\(placeholders) empty value\(placeholders == 1 ? "" : "s") to fill in (write unknown where a figure is not public); then run: oam validate \(path)"
        )
        return 0
    }

    static func exampleID(_ kind: DescriptorKind) -> String {
        switch kind {
        case .accelerator: return "acme/x1"
        case .model: return "meta-llama/llama-3.1-8b"
        case .moduleSpec: return "ocp-oam-2.1"
        }
    }

    static func check(_ id: String, kind: DescriptorKind) throws {
        let format: ScalarFormat = kind == .moduleSpec ? .specID : .qualifiedID
        guard format.matches(id) else {
            throw ValidationError("'\(id)' is not a \(kind.rawValue) id: write \(format.expectation), e.g. \(exampleID(kind))")
        }
    }

    /// The model draft from a config.json; the repo id from the argument or the file name.
    static func draft(config: String, repo: String?) throws -> ModelDescriptorDraft {
        let model = try HFConfigFile.load(config)
        let repoID: String
        if let repo {
            repoID = repo
        } else {
            let base = URL(fileURLWithPath: config).deletingPathExtension().lastPathComponent
            let parts = base.components(separatedBy: "__")
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw CLIError.couldNotRun(
                    "cannot tell the model's repo id from the file name '\(base)'; pass it: oam new model --from-hf \(config) ORG/NAME"
                )
            }
            repoID = parts[0] + "/" + parts[1]
        }
        let draft = ModelDescriptorDraft(hfRepo: repoID, model: model)
        guard ScalarFormat.qualifiedID.matches(draft.id) else {
            throw CLIError.couldNotRun(
                "'\(repoID)' does not give a model id: the id is the repo id in lowercase, \(ScalarFormat.qualifiedID.expectation)"
            )
        }
        return draft
    }
}

extension DescriptorKind: ExpressibleByArgument {}
