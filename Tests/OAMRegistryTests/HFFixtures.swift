import Foundation
import OAMCore
import OAMRegistry
import OAMTestSupport

/// The HuggingFace configs under `Tests/Fixtures/hf-configs` (`ORG__NAME.json`) and the
/// model descriptors shipped for them.
enum HFFixtures {
    /// File names without `.json`, e.g. `meta-llama__Llama-3.1-8B`.
    static let names: [String] = {
        let folder = Fixtures.path("hf-configs")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// The HuggingFace repo id, `meta-llama/Llama-3.1-8B`.
    static func repo(_ name: String) -> String {
        name.replacingOccurrences(of: "__", with: "/")
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: Fixtures.path("hf-configs/\(name).json"), encoding: .utf8)
    }

    static func imported(_ name: String) throws -> ImportedModel {
        try HFConfigImporter().importConfig(try text(name))
    }

    static func architecture(_ name: String) throws -> ModelArchitecture {
        try imported(name).architecture
    }

    /// The shipped descriptor for a fixture: `Registry/models/<repo lowercased>.yaml`.
    static func shippedFile(_ name: String) -> DescriptorFile {
        RegistryLoader.loadFile(Fixtures.registry + "/models/" + repo(name).lowercased() + ".yaml")
    }

    static func shipped(_ name: String) -> ModelDescriptor? {
        guard case .model(let model)? = shippedFile(name).descriptor else { return nil }
        return model
    }
}
