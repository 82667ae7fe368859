import Foundation
import OAMCore
import OAMRegistry
import OAMTestSupport
import Testing

/// `oam new`: a scaffold fails validation at each placeholder, passes once filled in, and
/// never replaces an existing file.
@Suite struct ScaffoldTests {
    /// Values for every placeholder of an accelerator scaffold.
    static let acceleratorValues: [String: String] = [
        "name": "Acme X9 (test)",
        "form_factor": "oam",
        "memory.capacity": "128 GiB",
        "memory.type": "hbm3e",
        "memory.bandwidth": "4 TB/s",
        "power.tdp": "700 W",
        "peak_dense.fp64": "unknown", "peak_dense.fp32": "unknown", "peak_dense.tf32": "unknown",
        "peak_dense.bf16": "900 TFLOPS", "peak_dense.fp16": "900 TFLOPS", "peak_dense.fp8": "1800 TFLOPS",
        "peak_dense.fp6": "unknown", "peak_dense.fp4": "unknown", "peak_dense.int8": "1800 TOPS", "peak_dense.int4": "unknown",
        "sources.datasheet.url": "https://example.com/acme/x9.pdf",
        "sources.datasheet.tier": "vendor",
        "sources.datasheet.covers": "[form_factor, memory, power, peak_dense]",
    ]

    static let moduleSpecValues: [String: String] = [
        "name": "OCP Accelerator Module 9.9 (test)",
        "form_factor": "oam",
        "sources.datasheet.url": "https://example.com/oam-9.9.pdf",
        "sources.datasheet.tier": "vendor",
        "sources.datasheet.covers": "[form_factor]",
    ]

    static let modelValues: [String: String] = [
        "name": "Tiny 1B (test)",
        "architecture.hf_architecture": "LlamaForCausalLM",
        "architecture.layers": "16",
        "architecture.hidden_size": "2048",
        "architecture.vocab_size": "128256",
        "architecture.tie_word_embeddings": "true",
        "architecture.max_context": "131072",
        "architecture.attention.kind": "gqa",
        "architecture.attention.heads": "32",
        "architecture.attention.kv_heads": "8",
        "architecture.mlp.kind": "gated",
        "architecture.mlp.intermediate_size": "8192",
        "checkpoint.dtype": "bf16",
        "parameters.stated_total": "unknown",
        "sources.datasheet.url": "https://example.com/tiny-1b/config.json",
        "sources.datasheet.tier": "vendor",
        "sources.datasheet.covers": "[architecture, checkpoint]",
    ]

    /// Errors of the scaffold file in the context of the good fixture registry.
    static func errors(_ text: String, path: String) -> [Diagnostic] {
        let context = RegistryLoader().load(paths: [Fixtures.path("registries/good")])
        let file = DescriptorParser.parse(bytes: Array(text.utf8), path: path)
        return Validator().validate(Registry(files: context.files + [file]), only: [path]).filter { $0.severity == .error }
    }

    @Test(arguments: [
        (DescriptorKind.accelerator, "acme/x9", acceleratorValues),
        (.moduleSpec, "ocp-oam-9.9", moduleSpecValues),
        (.model, "acme/tiny-1b", modelValues),
    ])
    func scaffoldFailsUntilFilledIn(kind: DescriptorKind, id: String, values: [String: String]) throws {
        let scaffold = DescriptorScaffold(kind: kind, id: id)
        let path = "Registry/\(kind.folder)/\(id).yaml"
        #expect(scaffold.text.hasPrefix(kind.modeline + "\n"))
        #expect(Set(scaffold.placeholders.map(\.path)) == Set(values.keys), "placeholders: \(scaffold.placeholders.map(\.path))")

        // Every placeholder is an error at its line, under field-type (an empty value).
        let before = Self.errors(scaffold.text, path: path)
        for placeholder in scaffold.placeholders {
            #expect(
                before.contains { $0.range.start.line == placeholder.line && $0.ruleID == "field-type" },
                "no error at \(placeholder.path) (line \(placeholder.line)): \(before.map(\.formatted))")
        }
        #expect(before.filter { $0.ruleID == "field-type" }.count == scaffold.placeholders.count, "\(before.map(\.formatted))")

        // Every required field is there: filling the placeholders is enough.
        let filled = scaffold.filled(values)
        let after = Self.errors(filled, path: path)
        #expect(after.isEmpty, "\(after.map(\.formatted))\n\(filled)")
    }

    @Test func scaffoldNamesEveryRequiredFieldOfTheSchema() {
        let scaffold = DescriptorScaffold(kind: .accelerator, id: "acme/x9")
        for field in Schemas.accelerator.fields where field.required {
            #expect(scaffold.text.contains("\n\(field.name):"), "\(field.name) missing")
        }
        for field in Schemas.accelerator.fields where !field.required {
            #expect(scaffold.text.contains("\n# \(field.name):"), "optional \(field.name) not shown commented out")
        }
    }

    /// `oam new accelerator`: the right path, validation fails, then passes once filled in;
    /// a second run refuses to overwrite.
    @Test func newAcceleratorEndToEnd() throws {
        let registry = try TemporaryRegistry(copying: Fixtures.path("registries/good"))
        let created = try OAMProcess.run(["new", "accelerator", "acme/x9", "--registry", registry.path])
        #expect(created.status == 0, "\(created.stderr)")
        let path = registry.path + "/accelerators/acme/x9.yaml"
        #expect(created.stdout.contains("wrote \(path)"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == DescriptorScaffold(kind: .accelerator, id: "acme/x9").text)

        let failing = try OAMProcess.run(["validate", "--registry", registry.path])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("x9.yaml:7:1: error: 'name' has no value"), "\(failing.stdout)")
        #expect(!failing.stdout.contains("x1.yaml"), "only the new file has findings")

        try registry.write("accelerators/acme/x9.yaml", contents: "# an edit someone made\n" + text)
        let again = try OAMProcess.run(["new", "accelerator", "acme/x9", "--registry", registry.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        #expect(
            try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# an edit someone made\n"),
            "the existing file is untouched")

        try registry.write(
            "accelerators/acme/x9.yaml",
            contents: DescriptorScaffold(kind: .accelerator, id: "acme/x9").filled(Self.acceleratorValues))
        let passing = try OAMProcess.run(["validate", "--registry", registry.path])
        #expect(passing.status == 0, "\(passing.stdout)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: registry.path + "/accelerators/acme").filter {
            $0.hasPrefix(".")
        }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    @Test func newRefusesABadID() throws {
        let registry = try TemporaryRegistry(copying: Fixtures.path("registries/good"))
        let result = try OAMProcess.run(["new", "accelerator", "Acme/X9", "--registry", registry.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'owner/name' in lowercase kebab-case"))
    }

    /// `oam new model --from-hf`: architecture from config.json, the rest to fill in.
    @Test func newModelFromHuggingFaceConfig() throws {
        let registry = try TemporaryRegistry(copying: Fixtures.path("registries/good"))
        let config = Fixtures.path("hf-configs/meta-llama__Llama-3.2-1B.json")
        let created = try OAMProcess.run(["new", "model", "--from-hf", config, "--registry", registry.path])
        #expect(created.status == 0, "\(created.stderr)")
        let path = registry.path + "/models/meta-llama/llama-3.2-1b.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix(DescriptorKind.model.modeline + "\n"))
        #expect(text.contains("hf_repo: meta-llama/Llama-3.2-1B"))
        #expect(text.contains("  layers: 16"))

        let failing = try OAMProcess.run(["validate", "--registry", registry.path])
        #expect(failing.status == 1)
        for path in [
            "'released' has no value", "'parameters.stated_total' has no value", "'sources.model-card.url' has no value",
        ] {
            #expect(failing.stdout.contains(path), "\(failing.stdout)")
        }

        let filled = Self.fillEmpty(
            text, ["released": "2024-09-25", "stated_total": "1.24e9", "url": "https://huggingface.co/meta-llama/Llama-3.2-1B"])
        try registry.write("models/meta-llama/llama-3.2-1b.yaml", contents: filled)
        let passing = try OAMProcess.run(["validate", "--registry", registry.path])
        #expect(passing.status == 0, "\(passing.stdout)\n\(filled)")

        let again = try OAMProcess.run(["new", "model", "--from-hf", config, "--registry", registry.path])
        #expect(again.status == 2)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == filled)
    }

    /// Fills the empty values (`key:` then only a comment) of the named keys.
    static func fillEmpty(_ text: String, _ values: [String: String]) -> String {
        text.components(separatedBy: "\n").map { line in
            let indent = line.prefix { $0 == " " }
            let rest = line.dropFirst(indent.count)
            for (key, value) in values where rest.hasPrefix(key + ":") {
                let after = rest.dropFirst(key.count + 1).drop { $0 == " " }
                if after.hasPrefix("#") { return String(indent) + key + ": " + value }
            }
            return line
        }.joined(separator: "\n")
    }
}
