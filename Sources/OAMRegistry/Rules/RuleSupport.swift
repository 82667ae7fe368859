import Foundation
import OAMCore
import YAMLReader

extension Rule {
    /// A finding of this rule at a severity other than the rule's own, for a rule whose
    /// cases differ in seriousness (`form-factor-conformance`).
    func finding(_ file: DescriptorFile, _ range: SourceRange, _ message: String, fix: String? = nil, severity: Severity) -> Diagnostic {
        Diagnostic(severity: severity, ruleID: Self.description.id, message: message, file: file.path, range: range, fix: fix)
    }
}

/// Number formatting shared by rule messages.
enum RuleText {
    /// `8030261248` → `8,030,261,248`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = value < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }

    /// A fraction as a percentage with one decimal: `0.0331` → `3.3%`.
    static func percent(_ fraction: Double) -> String {
        String(format: "%.1f%%", fraction * 100)
    }

    /// A PCIe generation as written in host interfaces: `5.0`.
    static func generation(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// "ocp-oam-1.5", or "any version of ocp-oam" when a family claim named several specs.
    static func scope(of claim: String, _ specs: [ModuleSpecDescriptor]) -> String {
        specs.count > 1 || (specs.count == 1 && specs[0].id != claim) ? "any version of \(claim)" : claim
    }
}

/// Dotted paths of a descriptor tree, for "did you mean" over field paths.
enum FieldPaths {
    /// Every path below `root` (mapping keys by name, list items by index), except the
    /// evidence blocks themselves.
    static func all(in root: YAMLNode) -> [String] {
        var paths: [String] = []
        for entry in root.entries ?? [] where entry.key.text != "sources" && entry.key.text != "conflicts" {
            collect(entry.value, path: entry.key.text, into: &paths)
        }
        return paths
    }

    private static func collect(_ node: YAMLNode, path: String, into paths: inout [String]) {
        paths.append(path)
        switch node.content {
        case .scalar: break
        case .mapping(let entries):
            for entry in entries { collect(entry.value, path: "\(path).\(entry.key.text)", into: &paths) }
        case .sequence(let items):
            for (index, item) in items.enumerated() where item.scalar == nil {
                collect(item, path: "\(path).\(index)", into: &paths)
            }
        }
    }
}

extension YAMLNode {
    /// The node's integer value, if it is a scalar holding a whole number.
    var intValue: Int? {
        scalar.flatMap { Int($0.text) }
    }
}

extension ModelArchitecture {
    /// True when every dimension is positive (or, where zero means "none", non-negative) and the exact parameter counts fit easily in
    /// an `Int` (schema bounds alone allow products beyond 2^63, and `parameters` traps on
    /// overflow). Model rules compute counts only when this holds.
    var parameterCountsAreComputable: Bool {
        guard layers > 0, hiddenSize > 0, vocabSize > 0, attention.heads > 0, attention.kvHeads > 0, attention.headDim > 0, mtpLayers >= 0 else { return false }
        if let mla = attention.mla, [mla.qLoraRank, mla.kvLoraRank, mla.qkNopeHeadDim, mla.qkRopeHeadDim, mla.vHeadDim].contains(where: { $0 < 0 }) { return false }
        if let mlp, mlp.intermediateSize < 0 { return false }
        if let moe, [moe.experts, moe.expertsPerToken, moe.sharedExperts, moe.expertIntermediateSize, moe.denseLayers].contains(where: { $0 < 0 }) { return false }
        if let window = attention.slidingWindow, window < 0 { return false }
        // In Double throughout: decoded values are not range-checked, so Int products could trap.
        let h = Double(hiddenSize)
        let heads = Double(attention.heads)
        var widths: [Double] = [h, heads * Double(attention.headDim), Double(attention.kvHeads) * Double(attention.headDim)]
        if let mla = attention.mla {
            widths += [Double(mla.qLoraRank), Double(mla.kvLoraRank) + Double(mla.qkRopeHeadDim),
                       heads * (Double(mla.qkNopeHeadDim) + Double(mla.qkRopeHeadDim) + Double(mla.vHeadDim))]
        }
        if let mlp { widths.append(Double(mlp.intermediateSize)) }
        if let moe {
            widths.append(Double(moe.expertIntermediateSize) * (Double(moe.experts) + Double(moe.sharedExperts) + Double(moe.expertsPerToken) + 1))
            widths.append(Double(moe.experts))
        }
        let width = widths.max() ?? h
        let bound = 2 * Double(vocabSize) * h + (Double(layers) + Double(mtpLayers) + 1) * 16 * width * max(width, h)
        return bound < 1e17
    }
}
