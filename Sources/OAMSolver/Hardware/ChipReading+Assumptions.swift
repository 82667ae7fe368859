import OAMCore

extension ChipReading {
    /// The figures `--assume` may fill, per device as the profile holds them (TDP per module).
    struct AssumableFigures {
        var capacity: Sourced?
        var bandwidth: Sourced?
        var tdp: Sourced?
        var peaks: [Precision: Sourced]
    }

    /// Fills each figure the descriptor and the report leave unknown with the user's
    /// assumption, split over the devices of the module like a registry figure. A stated
    /// figure is never replaced, nor a precision the report or descriptor states unsupported
    /// or emulated given a peak; those assumptions are reported as not used, with the
    /// stated value. Absolute values go first, then ratios, each once its base peak is
    /// known (so `int4=2x:int8` may rest on `int8=1 POPS`), whatever the order written.
    mutating func assume(_ assumptions: [FigureAssumption], into figures: inout AssumableFigures) -> [AssumedFigure] {
        var outcomes: [FigureAssumption: AssumedFigure.Outcome] = [:]
        var pending = assumptions.filter { if case .ratio = $0.amount { true } else { false } }
        for a in assumptions {
            guard case .absolute(let value) = a.amount else { continue }
            outcomes[a] = fill(a, perModule: value, basis: nil, into: &figures)
        }
        var progressed = true
        while progressed {
            progressed = false
            for a in pending {
                guard case .ratio(let factor, let base) = a.amount, let known = figures.peaks[base] else { continue }
                let baseModule = known.value * Double(dies)
                let basis =
                    "\(NumberText.plain(factor, decimals: 3)) × \(FigureAssumption.Figure.peak(base).path) \(Quantity.format(baseModule, base.throughputDimension))"
                outcomes[a] = fill(a, perModule: factor * baseModule, basis: basis, into: &figures)
                pending.removeAll { $0 == a }
                progressed = true
            }
        }
        for a in pending {
            guard case .ratio(_, let base) = a.amount else { continue }
            outcomes[a] =
                kept(a, figures) ?? .notUsed(why: "its base \(FigureAssumption.Figure.peak(base).path) is unknown too")
        }
        return assumptions.compactMap { a in outcomes[a].map { AssumedFigure(assumption: a, outcome: $0) } }
    }

    /// One assumption's figure filled with `perModule`, unless the module states it.
    private mutating func fill(
        _ a: FigureAssumption, perModule: Double, basis: String?, into figures: inout AssumableFigures
    ) -> AssumedFigure.Outcome {
        guard PhysicalLimits.isPossible(perModule, a.figure.dimension) else {
            return .notUsed(
                why:
                    "\(Quantity.format(perModule, a.figure.dimension)) is more than any module's \(a.figure.path) can be")
        }
        if let kept = kept(a, figures) { return kept }
        let assumed = Sourced(
            a.figure == .tdp ? perModule : perModule / Double(dies), tier: .thirdParty, origin: .given(assumption: a.text))
        switch a.figure {
        case .capacity: figures.capacity = assumed
        case .bandwidth: figures.bandwidth = assumed
        case .tdp: figures.tdp = assumed
        case .peak(let precision): figures.peaks[precision] = assumed
        }
        unknown.remove(a.figure.path)
        return .filled(perModule: perModule, basis: basis)
    }

    /// Why the module keeps its own figure over the assumption: it states the figure (the
    /// value and its origin are named), or states no native path for the precision.
    private func kept(_ a: FigureAssumption, _ figures: AssumableFigures) -> AssumedFigure.Outcome? {
        let known: Sourced?
        switch a.figure {
        case .capacity: known = figures.capacity
        case .bandwidth: known = figures.bandwidth
        case .tdp: known = figures.tdp
        case .peak(let precision):
            known = figures.peaks[precision]
            if known == nil, let why = statedNotNative(precision) { return .notUsed(why: why) }
        }
        guard let known else { return nil }
        let perModule = a.figure == .tdp ? known.value : known.value * Double(dies)
        return .notUsed(
            why:
                "it states \(a.figure.path) = \(Quantity.format(perModule, a.figure.dimension)) [\(known.originText), \(known.tier.rawValue)], which is kept"
        )
    }

    /// Why a peak may not be assumed for `precision`: the report or the descriptor states the
    /// module has no native path for it.
    private func statedNotNative(_ precision: Precision) -> String? {
        if let entry = report?.support(for: precision), entry.level != .native {
            return "its adapter report states \(precision.rawValue) \(entry.level.rawValue) (\(entry.source)), which is kept"
        }
        if accelerator.unsupported.contains(precision) {
            return "its descriptor lists \(precision.rawValue) under unsupported, which is kept"
        }
        return nil
    }
}
