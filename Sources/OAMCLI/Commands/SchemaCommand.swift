import ArgumentParser
import Foundation
import OAMCore
import OAMQuery
import OAMRegistry

/// `oam schema KIND`: the JSON Schemas editors and other validators use, generated from
/// the definitions `oam validate` checks against.
struct SchemaCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of a descriptor kind or of the adapter protocol.",
        discussion: """
            The schemas are generated from the same definitions the validator uses; the \
            copies under Registry/schema/ are regenerated with `oam schema --write \
            Registry/schema` and Docs/descriptor-format.md with `oam schema --markdown`. A \
            schema checks the shape of a file only: cross-field rules stay with `oam validate`.
            """)

    /// What a schema describes.
    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case accelerator
        case model
        case moduleSpec = "module-spec"
        case adapterProtocol = "adapter-protocol"

        var fileName: String { "\(rawValue).schema.json" }
    }

    @Argument(help: ArgumentHelp("accelerator, model, module-spec or adapter-protocol.", valueName: "kind"))
    var subject: Subject?

    @Option(help: ArgumentHelp("Write every schema as <kind>.schema.json into this folder.", valueName: "folder"))
    var write: String?

    @Flag(help: "Print the descriptor format reference (Docs/descriptor-format.md).")
    var markdown = false

    func validate() throws {
        let chosen = [subject != nil, write != nil, markdown].filter { $0 }.count
        if chosen != 1 {
            throw ValidationError(
                "name one of accelerator, model, module-spec, adapter-protocol; or pass --write FOLDER or --markdown")
        }
    }

    func execute() throws -> Int32 {
        if markdown {
            Output.print(DescriptorFormatDocument.markdown(), terminator: "")
            return 0
        }
        if let write {
            for subject in Subject.allCases {
                let path = URL(fileURLWithPath: write).appendingPathComponent(subject.fileName).path
                try Self.replace(path, with: try Self.text(of: subject))
                Output.print("wrote \(path)")
            }
            return 0
        }
        guard let subject else { return 2 }
        Output.print(try Self.text(of: subject), terminator: "")
        return 0
    }

    /// The schema text as committed: pretty JSON with a final line break.
    static func text(of subject: Subject) throws -> String {
        let schema: JSONValue
        switch subject {
        case .accelerator: schema = JSONSchemaExport.schema(for: .accelerator)
        case .model: schema = JSONSchemaExport.schema(for: .model)
        case .moduleSpec: schema = JSONSchemaExport.schema(for: .moduleSpec)
        case .adapterProtocol:
            do {
                schema = try AdapterProtocolSchema.schema()
            } catch {
                throw CLIError.couldNotRun("\(error)")
            }
        }
        return schema.serialized(pretty: true) + "\n"
    }

    /// Writes through a temporary file renamed over the target.
    static func replace(_ path: String, with text: String) throws {
        do {
            try AtomicFile.write(text, to: path, mode: .replace)
        } catch {
            throw CLIError.couldNotRun("\(error)")
        }
    }
}
