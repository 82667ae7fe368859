import Foundation

/// Bounds that keep every request inside what the solver's integer arithmetic can carry,
/// so no input — CLI flags, registry descriptors, adapter reports — can trap it. Values
/// outside are clamped (far beyond any real deployment) rather than refused.
public enum InputBounds {
    /// Tokens per prompt or output, and sequences per request (2^31).
    public static let tokens = 0...2_147_483_647
    public static let sequences = 1...2_147_483_647
    /// Modules a search or an exact query may use (2^20).
    public static let modules = 1...1_048_576
    /// Devices per module and modules per scale-up domain.
    public static let devicesPerModule = 1...1024
    public static let domainModules = 1...65_536
    /// Tokens per training sequence (10^8) and sequences per micro-batch (2^20).
    public static let sequenceLength = 1...100_000_000
    public static let microBatch = 1...1_048_576
    /// Devices a search may count: every module × every device of a module.
    public static let devices = 1...(modules.upperBound * devicesPerModule.upperBound)

    /// `value` clamped into `range`.
    public static func clamp(_ value: Int, _ range: ClosedRange<Int>) -> Int {
        min(range.upperBound, max(range.lowerBound, value))
    }

    /// ⌈value⌉ as an `Int` in `range`: non-finite or out-of-range values saturate instead of
    /// trapping (NaN counts as the lower bound).
    public static func ceil(_ value: Double, in range: ClosedRange<Int>) -> Int {
        guard value.isFinite else { return value == .infinity ? range.upperBound : range.lowerBound }
        let up = value.rounded(.up)
        if up >= Double(range.upperBound) { return range.upperBound }
        if up <= Double(range.lowerBound) { return range.lowerBound }
        return Int(up)
    }

    /// ⌊value⌋ as an `Int` in `range`, saturating like `ceil(_:in:)`.
    public static func floor(_ value: Double, in range: ClosedRange<Int>) -> Int {
        guard value.isFinite else { return value == .infinity ? range.upperBound : range.lowerBound }
        let down = value.rounded(.down)
        if down >= Double(range.upperBound) { return range.upperBound }
        if down <= Double(range.lowerBound) { return range.lowerBound }
        return Int(down)
    }

    /// `a × b`, saturating at `Int.max` / `Int.min`.
    public static func product(_ a: Int, _ b: Int) -> Int {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        guard overflow else { return result }
        return (a < 0) != (b < 0) ? Int.min : Int.max
    }
}

extension ServingWorkload {
    /// The workload with every count inside `InputBounds` and the memory utilisation a
    /// number in [0, 1] (NaN → 0: nothing usable).
    public var bounded: ServingWorkload {
        var w = self
        w.inputTokens = InputBounds.clamp(inputTokens, InputBounds.tokens)
        w.outputTokens = InputBounds.clamp(outputTokens, InputBounds.tokens)
        w.batch = InputBounds.clamp(batch, InputBounds.sequences)
        w.maxBatchPerReplica = maxBatchPerReplica.map { InputBounds.clamp($0, InputBounds.sequences) }
        w.memoryUtilization = memoryUtilization.isFinite ? min(1, max(0, memoryUtilization)) : 0
        if let t = maxTimeToFirstToken, !(t.isFinite && t >= 0) { w.maxTimeToFirstToken = t.isNaN ? nil : (t < 0 ? 0 : t) }
        if let r = minTokensPerSecondPerUser, !(r.isFinite && r >= 0) {
            w.minTokensPerSecondPerUser = r.isNaN ? nil : (r < 0 ? 0 : r)
        }
        return w
    }
}

extension TrainingWorkload {
    /// The workload with counts inside bounds: tokens finite and non-negative, a target
    /// duration and MFU only when positive and finite (MFU at most 1), ZeRO 0–3.
    public var bounded: TrainingWorkload {
        var w = self
        w.tokens = tokens.isFinite ? min(TrainingWorkload.maxTokens, max(0, tokens)) : 0
        if let d = days, !(d.isFinite && d > 0) { w.days = nil }
        if let m = mfu, !(m.isFinite && m > 0) { w.mfu = nil } else if let m = mfu { w.mfu = min(1, m) }
        w.zeroStage = min(3, max(0, zeroStage))
        w.sequenceLength = InputBounds.clamp(sequenceLength, InputBounds.sequenceLength)
        w.microBatch = InputBounds.clamp(microBatch, InputBounds.microBatch)
        w.memoryUtilization = memoryUtilization.isFinite ? min(1, max(0, memoryUtilization)) : 0
        return w
    }
}

extension HardwareQuery {
    /// Module counts and node size inside `InputBounds`.
    public var bounded: HardwareQuery {
        var q = self
        q.modules = modules.map { InputBounds.clamp($0, InputBounds.modules) }
        q.maxModules = InputBounds.clamp(maxModules, InputBounds.modules)
        q.nodeSize = nodeSize.map { InputBounds.clamp($0, InputBounds.domainModules) }
        return q
    }
}

extension ServingWorkload {
    /// What `bounded` changes, in words with both numbers: a clamped count is reported,
    /// never silent.
    public var clampNotes: [String] {
        var notes: [String] = []
        func check(_ name: String, _ value: Int, _ range: ClosedRange<Int>) {
            let clamped = InputBounds.clamp(value, range)
            if clamped != value {
                notes.append("\(name) \(value) is outside \(range.lowerBound)…\(range.upperBound): clamped to \(clamped)")
            }
        }
        check("input tokens", inputTokens, InputBounds.tokens)
        check("output tokens", outputTokens, InputBounds.tokens)
        check("batch", batch, InputBounds.sequences)
        if let m = maxBatchPerReplica { check("max sequences per replica", m, InputBounds.sequences) }
        return notes
    }
}

extension TrainingWorkload {
    /// Largest training-token count the solver accepts (10²⁰, far beyond any run).
    public static let maxTokens = 1e20

    /// What `bounded` changes, in words with both numbers.
    public var clampNotes: [String] {
        var notes: [String] = []
        if !tokens.isFinite || tokens > TrainingWorkload.maxTokens || tokens < 0 {
            notes.append("training tokens \(tokens) are outside 0…1e20: clamped")
        }
        if zeroStage != min(3, max(0, zeroStage)) {
            notes.append("ZeRO stage \(zeroStage) is outside 0…3: clamped to \(min(3, max(0, zeroStage)))")
        }
        return notes
    }
}

extension HardwareQuery {
    /// What `bounded` changes, in words with both numbers.
    public var clampNotes: [String] {
        var notes: [String] = []
        func check(_ name: String, _ value: Int, _ range: ClosedRange<Int>) {
            let clamped = InputBounds.clamp(value, range)
            if clamped != value {
                notes.append("\(name) \(value) is outside \(range.lowerBound)…\(range.upperBound): clamped to \(clamped)")
            }
        }
        if let m = modules { check("modules", m, InputBounds.modules) }
        check("max modules", maxModules, InputBounds.modules)
        if let n = nodeSize { check("node size", n, InputBounds.domainModules) }
        return notes
    }
}
