import OAMCore
import YAMLReader

/// Turns the bytes of one file into a `DescriptorFile`: YAML reader, kind dispatch, schema
/// walk, typed decoding. Pure: no file system access, so tests and fuzzers call it directly.
public enum DescriptorParser {
    /// Reader error kinds and the rules that own them.
    public static func ruleID(for kind: YAMLError.Kind) -> String {
        switch kind {
        case .syntax, .complexKey, .tag, .multipleDocuments: return "yaml-syntax"
        case .encoding: return "yaml-encoding"
        case .anchorOrAlias: return "no-anchors"
        case .duplicateKey: return "duplicate-key"
        case .tooLarge, .tooDeep, .tooManyNodes: return "file-limits"
        }
    }

    public static func parse(bytes: [UInt8], path: String, limits: YAMLLimits = .default) -> DescriptorFile {
        do {
            return try parseReadable(bytes: bytes, path: path, limits: limits)
        } catch {
            let position = SourceRange.Position(error.mark)
            let diagnostic = Diagnostic(
                severity: .error, ruleID: ruleID(for: error.kind), message: error.message, file: path,
                range: SourceRange(start: position, end: position))
            var file = DescriptorFile(path: path, root: nil, kind: nil, descriptor: nil, loadDiagnostics: [diagnostic])
            file.firstLine = firstLine(of: bytes)
            return file
        }
    }

    /// `parse`, but a text the YAML reader refuses (syntax, encoding, anchors, a duplicate
    /// key, a reader limit) is thrown instead of becoming the file's one finding: a posted
    /// descriptor that cannot be read is a bad request, not a validation result.
    public static func parseReadable(bytes: [UInt8], path: String, limits: YAMLLimits = .default) throws(YAMLError)
        -> DescriptorFile
    {
        var file = try parseContent(bytes: bytes, path: path, limits: limits)
        file.firstLine = firstLine(of: bytes)
        return file
    }

    /// The first line of `bytes` (without `\r\n`), at most 512 bytes of it.
    static func firstLine(of bytes: [UInt8]) -> String {
        let end = bytes.prefix(512).firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? min(bytes.count, 512)
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    private static func parseContent(bytes: [UInt8], path: String, limits: YAMLLimits) throws(YAMLError) -> DescriptorFile {
        let document = try YAMLReader.parse(bytes, limits: limits)
        guard let root = document.root else {
            let diagnostic = Diagnostic(
                severity: .error, ruleID: "required-field",
                message: "the file is empty; a descriptor starts with 'kind:' and 'id:'", file: path, range: .fileStart)
            return DescriptorFile(path: path, root: nil, kind: nil, descriptor: nil, loadDiagnostics: [diagnostic])
        }
        var file = decode(root: root, path: path)
        file.mayHoldControlCharacter = document.holdsControlCharacter
        return file
    }

    /// Schema-checks and decodes a parsed tree.
    public static func decode(root: YAMLNode, path: String) -> DescriptorFile {
        guard root.entries != nil else {
            let diagnostic = Diagnostic(
                severity: .error, ruleID: "field-type",
                message: "a descriptor must be a mapping of keys to values, found \(root.shapeName)", file: path,
                range: SourceRange(root))
            return DescriptorFile(path: path, root: root, kind: nil, descriptor: nil, loadDiagnostics: [diagnostic])
        }
        guard let kindEntry = root.entry("kind"), let kindText = kindEntry.value.scalar?.text else {
            let diagnostic = Diagnostic(
                severity: .error, ruleID: "required-field",
                message:
                    "missing required field 'kind': one of \(DescriptorKind.allCases.map(\.rawValue).joined(separator: ", "))",
                file: path, range: SourceRange(root.start, root.start))
            return DescriptorFile(path: path, root: root, kind: nil, descriptor: nil, loadDiagnostics: [diagnostic])
        }
        guard let kind = DescriptorKind(rawValue: kindText) else {
            let names = DescriptorKind.allCases.map(\.rawValue)
            let diagnostic = Diagnostic(
                severity: .error, ruleID: "enum-value",
                message:
                    "'\(SchemaWalker.clip(kindText))' is not a descriptor kind; expected one of \(names.joined(separator: ", "))",
                file: path, range: SourceRange(kindEntry.value), fix: Suggestions.didYouMean(kindText, in: names))
            return DescriptorFile(path: path, root: root, kind: nil, descriptor: nil, loadDiagnostics: [diagnostic])
        }
        var walker = SchemaWalker(file: path)
        walker.walk(root, schema: kind.schema)
        let descriptor: Descriptor
        switch kind {
        case .accelerator: descriptor = .accelerator(AcceleratorDecoder.decode(root, quantities: walker.quantities))
        case .model: descriptor = .model(ModelDecoder.decode(root, quantities: walker.quantities))
        case .moduleSpec: descriptor = .moduleSpec(ModuleSpecDecoder.decode(root, quantities: walker.quantities))
        }
        return DescriptorFile(path: path, root: root, kind: kind, descriptor: descriptor, loadDiagnostics: walker.diagnostics)
    }
}
