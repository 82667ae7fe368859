import Foundation
import OAMTestSupport
import Testing

/// `oam import-hf`: ids HuggingFace spells with characters ids do not allow, and where the
/// descriptor goes when no destination is given.
@Suite struct ImportHFEndToEndTests {
    let config = Fixtures.path("hf-configs/Qwen__Qwen3-8B.json")

    @Test func underscoreRepoSuggestsTheNormalisedID() throws {
        let refused = try OAMProcess.run(["import-hf", config, "--id", "TinyLlama/TinyLlama_v1.1", "--output", "-"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--model-id tinyllama/tinyllama-v1.1"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("pass --id ORG/NAME"))

        let accepted = try OAMProcess.run([
            "import-hf", config, "--id", "TinyLlama/TinyLlama_v1.1", "--model-id", "tinyllama/tinyllama-v1.1", "--output", "-",
        ])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("id: tinyllama/tinyllama-v1.1"))
        #expect(accepted.stdout.contains("hf_repo: TinyLlama/TinyLlama_v1.1"))
    }

    @Test func importedUnderscoreRepoValidates() throws {
        let registry = try TemporaryRegistry(copying: Fixtures.path("registries/good"))
        let written = try OAMProcess.run([
            "import-hf", config, "--id", "TinyLlama/TinyLlama_v1.1", "--model-id", "tinyllama/tinyllama-v1.1", "--registry-root",
            registry.path,
        ])
        #expect(written.status == 0, "\(written.stderr)")
        let path = registry.path + "/models/tinyllama/tinyllama-v1.1.yaml"
        #expect(written.stderr.contains("wrote \(path)"))
        #expect(FileManager.default.fileExists(atPath: path))
        let validated = try OAMProcess.run(["validate", path, "--registry", registry.path])
        #expect(!validated.stdout.contains("model-id-matches-repo"), "\(validated.stdout)")
        #expect(!validated.stdout.contains("id-format"), "\(validated.stdout)")
    }

    @Test func registryFoundOnlyNextToTheBinaryIsNotWrittenInto() throws {
        let elsewhere = try TemporaryRegistry()
        let shipped = Fixtures.registry + "/models/acme-e2e/never-written.yaml"
        let result = try OAMProcess.run(["import-hf", config, "--id", "acme-e2e/never-written"], in: elsewhere.path)
        if FileManager.default.fileExists(atPath: shipped) {
            try? FileManager.default.removeItem(atPath: Fixtures.registry + "/models/acme-e2e")
        }
        #expect(result.status == 2)
        #expect(result.stderr.contains("--registry-root"), "\(result.stderr)")
        #expect(!result.stderr.contains("wrote "))
    }

    @Test func registryFromTheEnvironmentIsWrittenIntoAndNamed() throws {
        let registry = try TemporaryRegistry(copying: Fixtures.path("registries/good"))
        let elsewhere = try TemporaryRegistry()
        let result = try OAMProcess.run(["import-hf", config], in: elsewhere.path, environment: ["OAM_REGISTRY": registry.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote \(registry.path)/models/qwen/qwen3-8b.yaml"))
        #expect(result.stdout.isEmpty)
    }

    /// The shared atomic writer: create-only refuses, --force replaces, no temporary file is left.
    @Test func writesAtomicallyAndRefusesToOverwrite() throws {
        let folder = try TemporaryRegistry()
        let target = folder.path + "/out/qwen3-8b.yaml"
        let first = try OAMProcess.run(["import-hf", config, "--output", target])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("wrote \(target)"))
        let second = try OAMProcess.run(["import-hf", config, "--output", target])
        #expect(second.status == 2)
        #expect(second.stderr.contains("already exists; pass --force"))
        let forced = try OAMProcess.run(["import-hf", config, "--output", target, "--force", "--notes", "replaced"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("replaced"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out").filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
