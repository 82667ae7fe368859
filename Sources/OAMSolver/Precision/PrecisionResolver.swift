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
        var reasons: [String] = []
        var baseline = requested.baseline
        func status(_ p: Precision) -> PrecisionStatus { chip.support[p] ?? .unknown(evidence: "no figure") }

        // The 16-bit baseline: bf16 unless the chip says it has none.
        if case .unsupported(let evidence) = status(baseline) {
            let other: Precision = baseline == .bf16 ? .fp16 : .bf16
            if case .unsupported = status(other) {
                return refused(requested, requestedKV, "\(chip.id) supports neither bf16 nor fp16 (\(evidence))")
            }
            if strict {
                return refused(
                    requested, requestedKV,
                    "\(baseline.rawValue) unsupported on \(chip.id) (\(evidence)) and --strict-precision forbids \(other.rawValue)"
                )
            }
            reasons.append("\(baseline.rawValue) unsupported on \(chip.id) (\(evidence)): \(other.rawValue) used instead")
            baseline = other
        }
        var format = requested
        format.baseline = baseline
        if !format.isQuantized { format.quantized = baseline }
        var quantizedCompute = baseline
        var mode = PrecisionPlan.Mode.asRequested

        if requested.isQuantized {
            let q = requested.quantized
            if requested.weightOnly {
                reasons.append(
                    "\(requested.name) is weight-only by design: \(q.rawValue) weights dequantized into \(baseline.rawValue) GEMMs"
                )
            } else {
                switch status(q) {
                case .native(let evidence):
                    quantizedCompute = q
                    reasons.append("\(q.rawValue) weights run natively on \(chip.id) (\(evidence))")
                case .emulated(let method, let evidence):
                    if strict {
                        return refused(
                            requested, requestedKV,
                            "\(q.rawValue) is not native on \(chip.id) (only \(method), \(evidence)) and --strict-precision refuses fallbacks"
                        )
                    }
                    mode = .weightOnly(method: method)
                    reasons.append(
                        "\(q.rawValue) not native on \(chip.id): weight-only as the adapter states (\(method); \(evidence)); math in \(baseline.rawValue)"
                    )
                case .unsupported(let evidence), .unknown(let evidence):
                    let what = status(q).isUnsupported ? "has no \(q.rawValue)" : "has no stated \(q.rawValue) support"
                    if strict {
                        return refused(
                            requested, requestedKV,
                            "\(chip.id) \(what) (\(evidence)) and --strict-precision refuses the \(baseline.rawValue) fallback")
                    }
                    format = requested.upcast(to: baseline)
                    mode = .upcast
                    reasons.append(
                        "\(chip.id) \(what) (\(evidence)) and no adapter states a weight-only path: weights upcast to \(baseline.rawValue)"
                    )
                }
            }
        }

        var kv = requestedKV ?? baseline
        if kv.bits < 16, kv != baseline {
            switch status(kv) {
            case .native:
                break
            case .emulated(let method, _):
                if strict {
                    return refused(
                        requested, requestedKV,
                        "\(kv.rawValue) KV cache is not native on \(chip.id) (\(method)) and --strict-precision is set")
                }
                reasons.append("\(kv.rawValue) KV cache stored narrow, attention math in \(baseline.rawValue) (\(method))")
            case .unsupported(let evidence), .unknown(let evidence):
                if strict {
                    return refused(
                        requested, requestedKV,
                        "\(kv.rawValue) KV cache needs native \(kv.rawValue) with --strict-precision; \(chip.id): \(evidence)")
                }
                reasons.append(
                    "\(kv.rawValue) KV cache kept as storage only on \(chip.id) (\(evidence)): attention math in \(baseline.rawValue)"
                )
            }
        } else if requestedKV == nil {
            kv = baseline
        }
        return PrecisionPlan(
            format: format, requested: requested, quantizedCompute: quantizedCompute, baselineCompute: baseline, kv: kv,
            mode: mode, reasons: reasons)
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
