import OAMCore
import Testing

@testable import OAMSolver

/// The `--assume` grammar: what each form reads to, in SI base units per module, and where
/// and why a bad value is refused.
@Suite struct FigureAssumptionGrammarTests {
    func one(_ text: String) throws -> FigureAssumption {
        let parsed = try FigureAssumption.parse([text])
        try #require(parsed.count == 1)
        return parsed[0]
    }

    func error(_ values: [String]) -> FigureAssumptionError? {
        do {
            _ = try FigureAssumption.parse(values)
            return nil
        } catch {
            return error
        }
    }

    @Test func formsReadToSIValuesPerModule() throws {
        let ratio = try one("int8=2x:fp16")
        #expect(ratio.figure == .peak(.int8) && ratio.amount == .ratio(2, of: .fp16) && ratio.text == "int8=2x:fp16")
        // 1000 TFLOPS = 1000 × 10^12 = 10^15 FLOP/s; spaces around '=' and before the unit are free,
        // the name's case too.
        #expect(try one(" FP8 = 1000 TFLOPS ").amount == .absolute(1e15))
        #expect(try one(" FP8 = 1000 TFLOPS ").text == "FP8 = 1000 TFLOPS")
        #expect(try one("fp8=1000TFLOPS").amount == .absolute(1e15))
        // 2.5 POPS = 2.5 × 10^15 OP/s (an integer precision's unit).
        #expect(try one("int4=2.5 POPS").amount == .absolute(2.5e15))
        // 1.6 TB/s = 1.6 × 10^12 B/s; 64 GiB = 64 × 2^30 = 68,719,476,736 B; 0.4 kW = 400 W.
        #expect(
            try one("bandwidth=1.6 TB/s")
                == FigureAssumption(figure: .bandwidth, amount: .absolute(1.6e12), text: "bandwidth=1.6 TB/s"))
        #expect(try one("capacity=64 GiB").amount == .absolute(68_719_476_736))
        #expect(try one("tdp=0.4 kW").amount == .absolute(400))
        // The descriptor path names the figure as well as its short name.
        #expect(try one("peak_dense.bf16=0.5x:fp8").figure == .peak(.bf16))
        #expect(try one("memory.bandwidth=800 GB/s").figure == .bandwidth)
        #expect(try one("power.tdp=300 W").figure == .tdp)
        // A comma-separated list in one value, and several values.
        let listed = try FigureAssumption.parse(["int8=2x:fp16, bandwidth=1.6 TB/s", "tdp=300 W"])
        #expect(listed.map(\.figure) == [.peak(.int8), .bandwidth, .tdp])
        #expect(listed.map(\.text) == ["int8=2x:fp16", "bandwidth=1.6 TB/s", "tdp=300 W"])
        #expect(try FigureAssumption.parse([]).isEmpty)
    }

    /// Each fault is named at its column (1-based, in characters of the value as given).
    @Test func faultsArePositionedAndSayWhatWasExpected() throws {
        let cases: [(value: String, column: Int, message: String)] = [
            ("int8", 1, "expected FIGURE=VALUE, e.g. int8=2x:fp16, fp8=1000 TFLOPS or bandwidth=1.6 TB/s"),
            ("=2x:fp16", 1, "no figure name before '='; expected FIGURE=VALUE"),
            ("int9=2x:fp16", 1, "'int9' is not a figure --assume fills; did you mean 'int4' or 'int8'?"),
            ("bandwith=1 TB/s", 1, "did you mean 'bandwidth'?"),
            ("int8=", 6, "no value after '='; write NUMBER UNIT per module (TOPS, POPS, GOPS) or FACTORx:PRECISION"),
            ("int8=2x:fp61", 9, "'fp61' is not a precision; did you mean 'fp16' or 'fp6'?"),
            ("int8=2x:int8", 9, "a ratio takes another precision's peak than int8's own"),
            ("int8=-2x:fp16", 6, "'-2' is not a positive number; a ratio is FACTORx:PRECISION"),
            ("int8=0x:fp16", 6, "'0' is not a positive number"),
            ("int8=2x", 6, "a ratio names the peak it is a multiple of: FACTORx:PRECISION, e.g. 2x:fp16"),
            ("bandwidth=2x:fp16", 11, "only a peak can be a ratio of another peak; bandwidth takes NUMBER UNIT per module"),
            ("fp8=12", 5, "the number has no unit; write it with one of 'TFLOPS', 'PFLOPS', 'GFLOPS'"),
            ("fp8=12 tflops", 5, "unknown unit 'tflops'; did you mean 'TFLOPS'?"),
            (
                "int8=100 TFLOPS", 6,
                "'TFLOPS' is a floating-point throughput, but this field takes an integer-operation throughput"
            ),
            ("bandwidth=1.6 Tb/s/s", 11, "unknown unit"),
            ("capacity=0 GB", 10, "memory.capacity must be above zero"),
            ("fp8=-5 TFLOPS", 5, "the value cannot be negative"),
            ("fp8=2e30 TFLOPS", 5, "is more than any module's peak_dense.fp8 can be"),
            ("int8=2x:fp16,", 14, "an empty assumption"),
            ("int8=2x:fp16, fp8=1 PFLOPS, int8=1 POPS", 29, "peak_dense.int8 is already assumed by 'int8=2x:fp16'"),
        ]
        for c in cases {
            let e = try #require(error([c.value]), "\(c.value)")
            #expect(e.column == c.column, "\(c.value): \(e)")
            #expect(e.message.contains(c.message), "\(c.value): \(e.message)")
            #expect(e.description.hasPrefix("--assume '\(c.value)': column \(c.column): "), "\(e)")
        }
        // A figure assumed in two values: the second value is named.
        let twice = try #require(error(["bf16=1x:fp16", "peak_dense.bf16=90 TFLOPS"]))
        #expect(twice.value == "peak_dense.bf16=90 TFLOPS" && twice.column == 1)
    }

    /// The tier `assumed` ranks below every stated tier, and each stated tier keeps its rank.
    @Test func assumedRanksBelowThirdParty() {
        #expect(VerdictTier.allCases.sorted() == [.assumed, .thirdParty, .press, .measured, .vendor])
        for tier in EvidenceTier.allCases {
            #expect(VerdictTier.assumed < VerdictTier(tier))
            #expect(VerdictTier(tier).rawValue == tier.rawValue)
            for other in EvidenceTier.allCases { #expect((VerdictTier(tier) < VerdictTier(other)) == (tier < other)) }
        }
    }
}
