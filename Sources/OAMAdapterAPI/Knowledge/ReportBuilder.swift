import OAMCore

/// Builds a capability report from a descriptor, an adapter's knowledge of the module and
/// a requested stack version.
///
/// Order of precedence: the adapter's knowledge, then what the descriptor implies
/// (`DescriptorFacts`). Then the stack gate: a precision or framework whose minimum stack
/// is newer than the requested one is reported `unsupported` (precisions, with the
/// minimum) or dropped (frameworks), and a note says so.
public enum ReportBuilder {
    /// The report for `accelerator`. `stackName` is the adapter's stack ("ROCm"); a
    /// requested stack of another name is ignored with a note.
    public static func report(
        for accelerator: AcceleratorDescriptor, knowledge: ModuleKnowledge?, stack: String?, stackName: String?
    ) -> CapabilityReport {
        var notes: [String] = []
        var requested = stack.flatMap(StackVersion.init)
        if let stack, requested == nil {
            notes.append("'\(stack)' is not a stack version; answering for the newest stack the adapter knows")
        }
        if let asked = requested, let stackName, !asked.isSameStack(as: StackVersion("\(stackName) 0")!) {
            notes.append("'\(asked)' is not a \(stackName) version; answering for the newest \(stackName) the adapter knows")
            requested = nil
        }

        var precisions = DescriptorFacts.precisions(accelerator)
        for known in knowledge?.precisions ?? [] {
            precisions.removeAll { $0.precision == known.precision }
            precisions.append(known)
        }
        precisions.sort { $0.precision < $1.precision }
        if let requested {
            precisions = precisions.map { gate($0, requested: requested, notes: &notes) }
        }

        var frameworks: [FrameworkSupport] = []
        for rule in knowledge?.frameworks ?? [] {
            if let requested, let minimum = rule.minimumStack.flatMap(StackVersion.init), requested.isSameStack(as: minimum),
                requested < minimum
            {
                notes.append("\(rule.support.name) needs \(minimum) or newer")
                continue
            }
            frameworks.append(rule.support)
        }

        var scaleUp = DescriptorFacts.scaleUp(accelerator) ?? ScaleUpReport()
        if let known = knowledge?.scaleUp {
            scaleUp.domainSize = known.domainSize ?? scaleUp.domainSize
            scaleUp.topology = known.topology ?? scaleUp.topology
            scaleUp.perPeerBytesPerSecond = known.perPeerBytesPerSecond ?? scaleUp.perPeerBytesPerSecond
            scaleUp.allReduceBytesPerSecond = known.allReduceBytesPerSecond ?? scaleUp.allReduceBytesPerSecond
        }

        let compute = computeFractions(knowledge, accelerator, requested: requested, notes: &notes)
        return CapabilityReport(
            module: accelerator.id,
            stack: requested?.description,
            precisions: precisions,
            usableMemoryBytes: knowledge?.usableMemoryBytes,
            sustainedComputeFraction: compute.bf16,
            sustainedComputeByPrecision: compute.others.isEmpty ? nil : compute.others,
            sustainedBandwidthFraction: knowledge?.sustainedBandwidth.flatMap { bandwidthFraction($0, accelerator) },
            scaleUp: scaleUp == ScaleUpReport() ? nil : scaleUp,
            scaleOutBytesPerSecond: knowledge?.scaleOutBytesPerSecond ?? DescriptorFacts.scaleOut(accelerator),
            frameworks: frameworks,
            notes: (knowledge?.notes ?? []) + notes)
    }

    /// `support` as seen from `requested`: unsupported, with its minimum, when older.
    static func gate(_ support: PrecisionSupport, requested: StackVersion, notes: inout [String]) -> PrecisionSupport {
        guard support.level != .unsupported, let minimum = support.minimumStack.flatMap(StackVersion.init),
            requested.isSameStack(as: minimum), requested < minimum
        else { return support }
        notes.append("\(support.precision.rawValue) needs \(minimum) or newer")
        return PrecisionSupport(
            support.precision, .unsupported, method: nil, minimumStack: support.minimumStack, source: support.source,
            tier: support.tier)
    }

    /// The large-GEMM fractions for `requested`: per precision, the measurement of the
    /// newest stack not newer than the requested one (stack-less measurements apply to any
    /// stack; with no requested stack, the newest). The BF16 (else FP16) one is the report's
    /// `sustainedComputeFraction`; the others go to `sustainedComputeByPrecision`.
    static func computeFractions(
        _ knowledge: ModuleKnowledge?, _ accelerator: AcceleratorDescriptor, requested: StackVersion?, notes: inout [String]
    ) -> (bf16: Reported<Double>?, others: [SustainedCompute]) {
        guard let knowledge else { return (nil, []) }
        let all = (knowledge.sustainedCompute.map { [$0] } ?? []) + knowledge.computeMeasurements
        var byPrecision: [Precision: MeasuredThroughput] = [:]
        for precision in Precision.allCases {
            let measured = all.filter { $0.precision == precision }
            guard !measured.isEmpty else { continue }
            func stack(_ m: MeasuredThroughput) -> StackVersion? { m.stack.flatMap(StackVersion.init) }
            let applicable = measured.filter { m in
                guard let requested, let taken = stack(m), taken.isSameStack(as: requested) else { return true }
                return !(requested < taken)
            }
            // Newest stack first; a stack-less measurement ranks below any dated one.
            let chosen = applicable.max { a, b in
                switch (stack(a), stack(b)) {
                case (nil, nil): return false
                case (nil, _): return true
                case (_, nil): return false
                case (let x?, let y?): return x < y
                }
            }
            if let chosen {
                byPrecision[precision] = chosen
            } else if let requested {
                let stacks = measured.compactMap(\.stack).joined(separator: ", ")
                notes.append("\(precision.rawValue) large-GEMM rate measured on \(stacks) only; unknown for \(requested)")
            }
        }
        let sixteen = byPrecision[.bf16] ?? byPrecision[.fp16]
        let bf16 = sixteen.flatMap { computeFraction($0, accelerator) }
        var others: [SustainedCompute] = []
        for precision in Precision.allCases where precision != .bf16 && precision != .fp16 {
            guard let m = byPrecision[precision], let r = computeFraction(m, accelerator) else { continue }
            others.append(SustainedCompute(precision, fraction: r.value, source: r.source, tier: r.tier, note: r.note))
        }
        return (bf16, others)
    }

    static func computeFraction(_ measured: MeasuredThroughput, _ accelerator: AcceleratorDescriptor) -> Reported<Double>? {
        guard let precision = measured.precision, let peak = accelerator.peakDense[precision]?.value?.value, peak > 0 else {
            return nil
        }
        let perDevice = peak / Double(max(1, accelerator.devicesPerModule))
        let fraction = Format.fraction(min(1, measured.perDevice / perDevice))
        let taken = measured.stack.map { " on \($0)" } ?? ""
        return Reported(
            fraction, source: measured.source, tier: measured.tier,
            note:
                "\(measured.note)\(taken): \(Format.flops(measured.perDevice)) of the registry's \(precision.rawValue) dense peak \(Format.flops(perDevice)) per device; a large-GEMM ceiling, not a serving efficiency"
        )
    }

    static func bandwidthFraction(_ measured: MeasuredThroughput, _ accelerator: AcceleratorDescriptor) -> Reported<Double>? {
        guard let peak = accelerator.memory.bandwidth?.value?.value, peak > 0 else { return nil }
        let perDevice = peak / Double(max(1, accelerator.devicesPerModule))
        let fraction = Format.fraction(min(1, measured.perDevice / perDevice))
        return Reported(
            fraction, source: measured.source, tier: measured.tier,
            note:
                "\(measured.note): \(Format.bytesPerSecond(measured.perDevice)) of the registry's \(Format.bytesPerSecond(perDevice)) per device"
        )
    }
}
