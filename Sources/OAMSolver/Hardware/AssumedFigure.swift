import OAMCore

/// What one `--assume` did on one module: the unknown figure it filled and with what value,
/// or why it was left alone; on a verdict, whether the verdict rests on it.
public struct AssumedFigure: Sendable, Hashable {
    /// What the assumption did to the module's figures.
    public enum Outcome: Sendable, Hashable {
        /// Filled the unknown figure with `perModule` (its SI base unit: FLOP/s, OP/s, B/s, B
        /// or W); `basis` says how a ratio was worked out (`2 × peak_dense.fp16 96 TFLOPS`).
        case filled(perModule: Double, basis: String?)
        /// Left the figure alone: the module states it (never overridden), or a ratio's base
        /// peak is unknown too; `why` says which, with the stated value.
        case notUsed(why: String)
    }

    public var assumption: FigureAssumption
    public var outcome: Outcome
    /// True when the verdict used the filled figure (set per verdict; false on the module).
    public var used: Bool = false

    public init(assumption: FigureAssumption, outcome: Outcome, used: Bool = false) {
        self.assumption = assumption
        self.outcome = outcome
        self.used = used
    }

    /// The filled value per module, if the assumption filled its figure.
    public var perModule: Double? {
        if case .filled(let value, _) = outcome { return value }
        return nil
    }

    /// One line for reasons: what was assumed with what value, whether the verdict rests on
    /// it, or why it was not used.
    public func text(chip: String) -> String {
        let figure = assumption.figure
        switch outcome {
        case .filled(let value, let basis):
            let how = basis.map { " = \($0)" } ?? ""
            let use = used ? "" : "; this verdict does not use it"
            return
                "assumed \(figure.path) of \(chip) = \(Quantity.format(value, figure.dimension)) per module\(how) (--assume \(assumption.text))\(use)"
        case .notUsed(let why):
            return "--assume \(assumption.text) not used on \(chip): \(why)"
        }
    }
}
