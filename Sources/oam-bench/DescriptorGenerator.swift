import Foundation
import OAMRegistry
import YAMLReader

/// Writes benchmark registries: N accelerator descriptors derived in turn from every shipped
/// accelerator (not copies of one), each with its own id, path, name and aliases, so the
/// registry-wide rules (unique ids and aliases, path matches id) see N distinct modules and
/// every shape of descriptor the registry holds is parsed. The module specs are copied too,
/// so conformance rules resolve `conforms_to` as in the real registry.
struct DescriptorGenerator {
    /// One shipped descriptor: its lines and the names a copy must change.
    struct Template {
        var vendor: String
        var product: String
        var name: String
        var aliases: [String]
        var lines: [Substring]
    }

    enum Failure: Error, CustomStringConvertible {
        case unreadable(String, String)

        var description: String {
            switch self {
            case .unreadable(let path, let reason): return "\(path): \(reason)"
            }
        }
    }

    let registry: String
    let templates: [Template]

    /// Reads every accelerator descriptor under `registry/accelerators`, in path order.
    init(registry: String) throws {
        self.registry = registry
        let folder = registry + "/accelerators"
        var templates: [Template] = []
        for path in RegistryLoader.descriptorFiles(in: folder).sorted() {
            let bytes = try FileReader.read(path, maxBytes: YAMLLimits.default.maxBytes)
            let file = DescriptorParser.parse(bytes: bytes, path: path)
            guard case .accelerator(let accelerator)? = file.descriptor else {
                throw Failure.unreadable(path, "not an accelerator descriptor")
            }
            let parts = accelerator.id.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw Failure.unreadable(path, "id '\(accelerator.id)' has no vendor part") }
            let text = String(decoding: bytes, as: UTF8.self)
            templates.append(
                Template(
                    vendor: parts[0], product: parts[1], name: accelerator.name, aliases: accelerator.aliases,
                    lines: text.split(separator: "\n", omittingEmptySubsequences: false)))
        }
        guard !templates.isEmpty else { throw Failure.unreadable(folder, "no accelerator descriptors") }
        self.templates = templates
    }

    /// The text of copy `index`: template `index % templates.count` with `-g<index>` added to
    /// the product part of its id and ` g<index>` to its name and each alias. Only the
    /// top-level `id:`, `name:` and `aliases:` lines change, so every other line keeps its
    /// position and the copy draws the same findings as its template.
    func text(of index: Int) -> (path: String, text: String) {
        let template = templates[index % templates.count]
        let suffix = "g\(index)"
        let product = "\(template.product)-\(suffix)"
        var lines: [String] = []
        lines.reserveCapacity(template.lines.count)
        for line in template.lines {
            if line.hasPrefix("id: ") {
                lines.append("id: \(template.vendor)/\(product)")
            } else if line.hasPrefix("name: ") {
                lines.append("name: \(Self.quoted("\(template.name) \(suffix)"))")
            } else if line.hasPrefix("aliases: ") {
                lines.append("aliases: [\(template.aliases.map { Self.quoted("\($0) \(suffix)") }.joined(separator: ", "))]")
            } else {
                lines.append(String(line))
            }
        }
        return ("accelerators/\(template.vendor)/\(product).yaml", lines.joined(separator: "\n"))
    }

    /// Writes copies 0..<count and the module specs under `folder`; returns the descriptor
    /// paths and their total size in bytes.
    func write(count: Int, to folder: String) throws -> (paths: [String], bytes: Int) {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if !manager.fileExists(atPath: folder + "/specs") {
            try manager.copyItem(atPath: registry + "/specs", toPath: folder + "/specs")
        }
        var paths: [String] = []
        var bytes = 0
        for index in 0..<count {
            let (relative, text) = text(of: index)
            let path = folder + "/" + relative
            try manager.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
            bytes += text.utf8.count
        }
        return (paths, bytes)
    }

    /// A YAML double-quoted scalar (JSON string syntax, which YAML reads the same way).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
