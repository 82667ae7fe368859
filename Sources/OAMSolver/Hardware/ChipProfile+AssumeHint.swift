import OAMCore

extension ChipProfile {
    /// The `--assume` that would fill `figure` on this module, for the reason that names it
    /// as unknown: a value in the registry's unit, and for a peak also a ratio of a peak the
    /// module states (the other 16-bit format first, else the nearest width).
    public func assumeHint(_ figure: FigureAssumption.Figure) -> String {
        "compute with an assumed value: " + assumeExample(figure)
    }

    /// The `--assume` options that would fill `figure`, with placeholders for the value.
    public func assumeExample(_ figure: FigureAssumption.Figure) -> String {
        var base: Precision?
        if case .peak(let precision) = figure {
            func distance(_ p: Precision) -> (Int, Int, String) {
                (abs(p.bits - precision.bits), p.isInteger == precision.isInteger ? 0 : 1, p.rawValue)
            }
            base = peaks.keys.filter { $0 != precision }.min { distance($0) < distance($1) }
        }
        return figure.example(ratioOf: base)
    }

    /// The hint for the figure at a descriptor path (`peak_dense.int8`), empty for a path
    /// `--assume` does not fill.
    public func assumeHint(path: String) -> String {
        FigureAssumption.Figure(named: path).map(assumeHint) ?? ""
    }
}
