import Foundation
import OAMCore

/// The parameter counts computed from the architecture match the authors' stated counts.
public struct ModelParameterCountRule: Rule {
    public init() {}
    /// Llama 3.1 8B: 8,030,261,248 parameters, 6,979,588,096 without the embedding tables.
    private static func llama(_ parameters: String, layers: String = "32") -> String {
        "kind: model\narchitecture:\n  layers: \(layers)\n  hidden_size: 4096\n  vocab_size: 128256\n  tie_word_embeddings: false\n  attention:\n    kind: gqa\n    heads: 32\n    kv_heads: 8\n    head_dim: 128\n  mlp:\n    kind: gated\n    intermediate_size: 14336\nparameters:\n\(parameters)"
    }
    /// Mixtral 8x7B: 46,702,792,704 parameters, 12,879,925,248 active.
    private static func mixtral(_ parameters: String) -> String {
        "kind: model\narchitecture:\n  layers: 32\n  hidden_size: 4096\n  vocab_size: 32000\n  tie_word_embeddings: false\n  attention:\n    kind: gqa\n    heads: 32\n    kv_heads: 8\n  moe:\n    experts: 8\n    experts_per_token: 2\n    expert_intermediate_size: 14336\nparameters:\n\(parameters)"
    }
    public static let description = RuleDescription(
        id: "model-parameter-count", category: .model,
        summary:
            "The total (and active) parameter count computed from the architecture matches `parameters.stated_total` (and `stated_active`) within 1% or the rounding of the stated figure.",
        rationale: """
            Memory, speed and cost are all computed from the architecture, so an architecture typo (a wrong layer count, width or expert count) skews every result; the authors' own count is the independent check. \
            Stated counts are rounded or truncated ('3.3B' for 3.35B), so a count within 1%, or within half a unit below to one unit above the stated figure's last digit, passes. \
            With `counts_embeddings: false` the embedding tables are left out (both, or only the input table). \
            Active counts may leave out the input embedding, which a token reads one row of (gpt-oss). \
            Multi-token-prediction layers are added to the total when that is closer (GLM-4.5 counts them, DeepSeek-V3 does not), and so is a multimodal checkpoint's vision tower (Llama 4's 109B and 400B include it).
            """,
        valid: [
            RuleExample(llama("  stated_total: 8.03e9\n")),
            RuleExample(llama("  stated_total: 6.98e9\n  counts_embeddings: false\n")),
            RuleExample(mixtral("  stated_total: 46.7e9\n  stated_active: 12.9e9\n")),
        ],
        invalid: [
            RuleExample(llama("  stated_total: ↓8.3e9\n")),
            RuleExample(llama("  stated_total: ↓8.03e9\n", layers: "30")),
            RuleExample(mixtral("  stated_total: 46.7e9\n  stated_active: ↓14e9\n")),
        ])

    /// One reading of what the authors counted.
    struct Candidate {
        var count: Int
        var reading: String
    }

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .model(let m)? = file.descriptor, m.architecture.shapeProblem == nil else { return [] }
        let architecture = m.architecture
        let p = architecture.parameters
        let tables = p.embedding + p.lmHead
        var totals: [Candidate]
        var actives: [Candidate]
        let active = architecture.activeParameters
        if m.statedCountsEmbeddings {
            totals = [Candidate(count: p.total, reading: "all parameters")]
            actives = [
                Candidate(count: active, reading: "all parameters a token uses"),
                Candidate(count: active - p.embedding, reading: "parameters a token uses, without the input embedding table"),
            ]
        } else {
            totals = [Candidate(count: p.total - tables, reading: "without the embedding tables")]
            actives = [Candidate(count: active - tables, reading: "parameters a token uses, without the embedding tables")]
            if p.lmHead > 0 {
                totals.append(Candidate(count: p.total - p.embedding, reading: "without the input embedding table"))
                actives.append(
                    Candidate(count: active - p.embedding, reading: "parameters a token uses, without the input embedding table"))
            }
        }
        if p.mtp > 0 {
            totals += totals.map {
                Candidate(
                    count: $0.count + p.mtp,
                    reading: "\($0.reading), plus \(architecture.mtpLayers) MTP layer\(architecture.mtpLayers == 1 ? "" : "s")")
            }
        }
        if let vision = architecture.vision?.parameters {
            totals += totals.map { Candidate(count: $0.count + vision, reading: "\($0.reading), plus the vision tower") }
        }
        var findings: [Diagnostic] = []
        if let finding = compare(
            file, path: "parameters.stated_total", stated: m.statedTotal, candidates: totals,
            countsEmbeddings: m.statedCountsEmbeddings)
        {
            findings.append(finding)
        }
        if let finding = compare(
            file, path: "parameters.stated_active", stated: m.statedActive, candidates: actives,
            countsEmbeddings: m.statedCountsEmbeddings)
        {
            findings.append(finding)
        }
        return findings
    }

    func compare(
        _ file: DescriptorFile, path: String, stated figure: Figure<Double>?, candidates: [Candidate], countsEmbeddings: Bool
    ) -> Diagnostic? {
        guard let figure, let stated = figure.value, stated > 0, stated.isFinite, !candidates.isEmpty else { return nil }
        let text = file.root?.node(at: path)?.scalar?.text ?? String(stated)
        let unit = Self.lastDigitUnit(text) ?? 0
        let accepted = candidates.contains { Self.matches(Double($0.count), stated: stated, unit: unit) }
        guard !accepted else { return nil }
        let best = candidates.min { abs(Double($0.count) - stated) < abs(Double($1.count) - stated) }!
        let off = abs(Double(best.count) - stated) / stated
        let what = path.hasSuffix("active") ? "active parameters" : "parameters"
        var fix =
            "check layers, hidden_size, vocab_size, the attention and feed-forward sizes and the expert counts against config.json"
        if countsEmbeddings && path.hasSuffix("total") {
            fix += "; if the authors' count leaves out the embedding tables, write counts_embeddings: false"
        }
        return finding(
            file, figure.range,
            "computed \(NumberText.grouped(best.count)) \(what) from the architecture (\(best.reading)); stated \(text) (\(RuleText.percent(off)) off, more than 1% and more than its rounding)",
            fix: fix)
    }

    /// A count matches a stated figure within 1%, or when the stated figure is that count
    /// rounded (half a unit of its last digit either way) or truncated (up to one unit below).
    static func matches(_ count: Double, stated: Double, unit: Double) -> Bool {
        abs(count - stated) <= 0.01 * stated || (count >= stated - unit / 2 && count < stated + unit)
    }

    /// The place value of the last significant digit of a decimal as written: `1e7` for
    /// `8.03e9`, `1e8` for `70600000000`, `1e9` for `30e9`.
    static func lastDigitUnit(_ text: String) -> Double? {
        var mantissa = Substring(text.trimmingCharacters(in: .whitespaces))
        if mantissa.hasPrefix("+") { mantissa = mantissa.dropFirst() }
        var exponent = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(mantissa[mantissa.index(after: e)...].drop { $0 == "+" }) else { return nil }
            exponent = value
            mantissa = mantissa[..<e]
        }
        if let dot = mantissa.firstIndex(of: ".") {
            let fraction = mantissa[mantissa.index(after: dot)...]
            guard fraction.allSatisfy(\.isNumber) else { return nil }
            return pow(10, Double(exponent - fraction.count))
        }
        guard !mantissa.isEmpty, mantissa.allSatisfy(\.isNumber) else { return nil }
        // Trailing zeros of a bare integer are placeholders; with an exponent the writer
        // chose the mantissa's digits (`30e9` is 30 billion to the billion).
        let trailingZeros = text.contains(where: { $0 == "e" || $0 == "E" }) ? 0 : mantissa.reversed().prefix { $0 == "0" }.count
        return pow(10, Double(exponent + min(trailingZeros, mantissa.count - 1)))
    }
}
