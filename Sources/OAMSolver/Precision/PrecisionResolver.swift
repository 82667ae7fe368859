import OAMCore

/// Decides how requested weight and KV precisions run on a chip: natively, weight-only
/// (when the adapter says the chip can), upcast to the baseline precision, or refused.
///
/// Without `strict`, a precision the chip lacks falls back: first to the adapter's
/// weight-only path, else to the baseline (a BF16 upcast of the checkpoint). With
/// `strict`, anything but native support is refused with the reason.
public enum PrecisionResolver {
    public static func resolve(requested: WeightFormat, kv requestedKV: Precision?, chip: ChipProfile, strict: Bool)
        -> PrecisionPlan
    {
        do {
            var reasons: [String] = []
            let baseline = try baselinePrecision(requested.baseline, chip: chip, strict: strict, reasons: &reasons)
            let weights = try weightPlan(requested, baseline: baseline, chip: chip, strict: strict, reasons: &reasons)
            let kv = try kvPrecision(requestedKV, baseline: baseline, chip: chip, strict: strict, reasons: &reasons)
            return PrecisionPlan(
                format: weights.format, requested: requested, quantizedCompute: weights.compute, baselineCompute: baseline,
                kv: kv, mode: weights.mode, reasons: reasons)
        } catch {
            return refused(requested, requestedKV, error.reason)
        }
    }

    /// What the chip states for `precision`; a precision it states nothing about is unknown.
    private static func status(_ precision: Precision, on chip: ChipProfile) -> PrecisionStatus {
        chip.support[precision] ?? .unknown(evidence: "no figure")
    }

    /// The 16-bit baseline: `requested` (bf16 by default) unless the chip says it has none,
    /// then the other 16-bit format, which `strict` forbids.
    private static func baselinePrecision(
        _ requested: Precision, chip: ChipProfile, strict: Bool, reasons: inout [String]
    ) throws(PrecisionRefusal) -> Precision {
        guard case .unsupported(let evidence) = status(requested, on: chip) else { return requested }
        let other: Precision = requested == .bf16 ? .fp16 : .bf16
        if case .unsupported = status(other, on: chip) {
            throw PrecisionRefusal("\(chip.id) supports neither bf16 nor fp16 (\(evidence))")
        }
        if strict {
            throw PrecisionRefusal(
                "\(requested.rawValue) unsupported on \(chip.id) (\(evidence)) and --strict-precision forbids \(other.rawValue)")
        }
        reasons.append("\(requested.rawValue) unsupported on \(chip.id) (\(evidence)): \(other.rawValue) used instead")
        return other
    }

    /// How the weights run: natively in their quantized precision, weight-only (dequantized
    /// into `baseline` GEMMs) by design or as the adapter states, or upcast to `baseline`.
    private static func weightPlan(
        _ requested: WeightFormat, baseline: Precision, chip: ChipProfile, strict: Bool, reasons: inout [String]
    ) throws(PrecisionRefusal) -> (format: WeightFormat, compute: Precision, mode: PrecisionPlan.Mode) {
        var format = requested
        format.baseline = baseline
        if !format.isQuantized { format.quantized = baseline }
        guard requested.isQuantized else { return (format, baseline, .asRequested) }
        let q = requested.quantized
        if requested.weightOnly {
            reasons.append(
                "\(requested.name) is weight-only by design: \(q.rawValue) weights dequantized into \(baseline.rawValue) GEMMs")
            return (format, baseline, .asRequested)
        }
        switch status(q, on: chip) {
        case .native(let evidence):
            reasons.append("\(q.rawValue) weights run natively on \(chip.id) (\(evidence))")
            return (format, q, .asRequested)
        case .emulated(let method, let evidence):
            if strict {
                throw PrecisionRefusal(
                    "\(q.rawValue) is not native on \(chip.id) (only \(method), \(evidence)) and --strict-precision refuses fallbacks"
                )
            }
            reasons.append(
                "\(q.rawValue) not native on \(chip.id): weight-only as the adapter states (\(method); \(evidence)); math in \(baseline.rawValue)"
            )
            return (format, baseline, .weightOnly(method: method))
        case .unsupported(let evidence), .unknown(let evidence):
            let what = status(q, on: chip).isUnsupported ? "has no \(q.rawValue)" : "has no stated \(q.rawValue) support"
            if strict {
                throw PrecisionRefusal(
                    "\(chip.id) \(what) (\(evidence)) and --strict-precision refuses the \(baseline.rawValue) fallback")
            }
            let assume =
                status(q, on: chip).isUnsupported
                ? "" : "; to run \(q.rawValue) natively, assume its peak: \(chip.assumeExample(.peak(q)))"
            reasons.append(
                "\(chip.id) \(what) (\(evidence)) and no adapter states a weight-only path: weights upcast to \(baseline.rawValue)"
                    + assume)
            return (requested.upcast(to: baseline), baseline, .upcast)
        }
    }

    /// The KV-cache precision: `requested` (the baseline when none); a narrow one the chip
    /// lacks natively is kept as storage with attention math in `baseline`, which `strict`
    /// refuses.
    private static func kvPrecision(
        _ requested: Precision?, baseline: Precision, chip: ChipProfile, strict: Bool, reasons: inout [String]
    ) throws(PrecisionRefusal) -> Precision {
        let kv = requested ?? baseline
        guard kv.bits < 16, kv != baseline else { return kv }
        switch status(kv, on: chip) {
        case .native:
            break
        case .emulated(let method, _):
            if strict {
                throw PrecisionRefusal(
                    "\(kv.rawValue) KV cache is not native on \(chip.id) (\(method)) and --strict-precision is set")
            }
            reasons.append("\(kv.rawValue) KV cache stored narrow, attention math in \(baseline.rawValue) (\(method))")
        case .unsupported(let evidence), .unknown(let evidence):
            if strict {
                throw PrecisionRefusal(
                    "\(kv.rawValue) KV cache needs native \(kv.rawValue) with --strict-precision; \(chip.id): \(evidence)")
            }
            reasons.append(
                "\(kv.rawValue) KV cache kept as storage only on \(chip.id) (\(evidence)): attention math in \(baseline.rawValue)"
            )
        }
        return kv
    }

    private static func refused(_ requested: WeightFormat, _ kv: Precision?, _ reason: String) -> PrecisionPlan {
        PrecisionPlan(
            format: requested, requested: requested, quantizedCompute: requested.baseline, baselineCompute: requested.baseline,
            kv: kv ?? requested.baseline, mode: .refused(reason), reasons: [reason])
    }
}

extension PrecisionStatus {
    var isUnsupported: Bool {
        if case .unsupported = self { return true }
        return false
    }
}
