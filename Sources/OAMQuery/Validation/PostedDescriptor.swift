import OAMCore
import OAMRegistry
import YAMLReader

/// A descriptor sent to be checked (`POST /api/v1/validate`, the `/validate` page): its
/// text and, optionally, where it would sit in the registry. Checked as if it were added
/// to the loaded registry, or replaced the file at `path` there, exactly as
/// `oam validate --registry R FILE` checks a file (`RegistryCheck.diagnostics(of:in:)`).
public struct PostedDescriptor: Sendable {
    public var text: String
    public var path: RegistryPath?

    /// The name findings carry when no path is given: a file name with no folder, so no
    /// location is implied (the location rules are skipped anyway).
    public static let unnamedFile = "descriptor.yaml"

    public init(text: String, path: RegistryPath?) {
        self.text = text
        self.path = path
    }

    /// The findings for this descriptor against `context`, a registry whose file paths are
    /// relative to its folder (`RelativeRegistry`), so `path` names the file it replaces.
    public func check(in context: Registry) -> ValidationReport {
        let file = path?.text ?? Self.unnamedFile
        let parsed: DescriptorFile
        do {
            parsed = try DescriptorParser.parseReadable(bytes: Array(text.utf8), path: file)
        } catch {
            let position = SourceRange.Position(error.mark)
            let refusal = Diagnostic(
                severity: .error, ruleID: DescriptorParser.ruleID(for: error.kind), message: error.message, file: file,
                range: SourceRange(start: position, end: position))
            return ValidationReport(file: file, path: path, diagnostics: [refusal], skippedRules: [], unreadable: refusal)
        }
        let diagnostics = RegistryCheck.diagnostics(
            of: Registry(files: [parsed]), in: context, locationKnown: path != nil)
        return ValidationReport(
            file: file, path: path, diagnostics: diagnostics, skippedRules: path == nil ? RegistryCheck.locationRuleIDs : [],
            unreadable: nil)
    }
}
