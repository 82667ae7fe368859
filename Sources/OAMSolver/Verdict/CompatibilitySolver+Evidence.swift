extension CompatibilitySolver {
    /// A verdict's last reasons: the power it cannot state, what each `--assume` did on the
    /// module, and how far the
    /// verdict can be trusted. A verdict that rated any figure and rests on an assumption — a
    /// solver default, a reading of a silent descriptor, an `--assume` — has the tier
    /// `assumed`; the weakest stated figure's tier is kept beside it.
    static func finishEvidence(_ verdict: inout ChipVerdict, chip: ChipProfile) {
        if verdict.assumedFigures.isEmpty { verdict.assumedFigures = chip.assumed }
        if verdict.modules != nil, chip.tdp == nil {
            verdict.reasons.append(
                Reason(.unknown, "power unknown: power.tdp of \(chip.id) is unknown (\(chip.assumeHint(.tdp)))"))
        }
        for figure in verdict.assumedFigures {
            verdict.reasons.append(Reason(.assumed, figure.text(chip: chip.id)))
        }
        if verdict.evidenceTier != nil, !verdict.assumptions.isEmpty { verdict.evidenceTier = .assumed }
        guard let tier = verdict.evidenceTier else { return }
        let stated = verdict.statedTier.map { "; weakest stated figure: \($0.rawValue)" } ?? ""
        let why = tier == .assumed ? " (it rests on the assumptions listed)" : ""
        verdict.reasons.append(Reason(.evidence, "weakest evidence among the figures used: \(tier.rawValue)\(why)\(stated)"))
    }
}
