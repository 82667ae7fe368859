import OAMCore
import Testing

/// Every conversion of a figure to an integer or a printed number is checked: no Double,
/// however large, traps, and what cannot be a whole number prints in scientific notation.
@Suite struct CheckedNumberTests {
    @Test func integerConvertsOnlyExactlyRepresentableWholeNumbers() {
        #expect(NumberText.integer(2.5) == 3)  // rounded half away from zero
        #expect(NumberText.integer(-2.5) == -3)
        #expect(NumberText.integer(9_007_199_254_740_992) == 9_007_199_254_740_992)  // 2^53
        #expect(NumberText.integer(9_007_199_254_740_994) == nil)  // 2^53 + 2
        #expect(NumberText.integer(1e22) == nil)
        #expect(NumberText.integer(-1e300) == nil)
        #expect(NumberText.integer(.nan) == nil)
        #expect(NumberText.integer(.infinity) == nil)
        #expect(NumberText.integer(.greatestFiniteMagnitude) == nil)
    }

    @Test func plainAndGroupedNeverTrap() {
        #expect(NumberText.plain(12.0) == "12")
        #expect(NumberText.plain(12.46) == "12.5")
        #expect(NumberText.plain(-0.01) == "0")
        #expect(NumberText.plain(1e22) == "1e+22")
        #expect(NumberText.plain(.greatestFiniteMagnitude) == "1.8e+308")
        #expect(NumberText.plain(-.infinity) == "-inf")
        #expect(NumberText.plain(.nan) == "nan")
        #expect(NumberText.grouped(1_234_567.4) == "1,234,567")
        #expect(NumberText.grouped(1.2e19) == "1.2e+19")  // Int(1.2e19) would trap
        #expect(NumberText.grouped(.infinity) == "inf")
    }

    /// `Quantity.format` over every dimension and magnitudes from the smallest subnormal to
    /// the largest Double: never a trap, always a number and a unit.
    @Test func quantityFormatCoversTheWholeRange() {
        let values: [Double] = [0, .leastNonzeroMagnitude, 1e-300, 0.5, 1, 999.95, 1e18, 1e22, 1e300, .greatestFiniteMagnitude]
        for dimension in Dimension.allCases {
            for value in values {
                let text = Quantity.format(value, dimension)
                #expect(!text.isEmpty && text.count < 40, "\(value) \(dimension): \(text)")
            }
        }
        // 1e22 TiB = 1e22 × 2^40 B = 1.0995e34 B, a whole number of GiB: 1e22 × 1024 GiB.
        #expect(Quantity.format(1e22 * 1_099_511_627_776, .bytes) == "1.02e+25 GiB")
    }

    @Test func physicalLimitsAreTheDocumentedBounds() {
        #expect(PhysicalLimits.maximum(of: .bytes) == 1_125_899_906_842_624)  // 2^50 = 1 PiB
        #expect(PhysicalLimits.isPossible(1_125_899_906_842_624, .bytes))
        #expect(!PhysicalLimits.isPossible(1_125_899_906_842_625, .bytes))
        #expect(PhysicalLimits.isPossible(1e15, .bandwidth) && !PhysicalLimits.isPossible(1.000001e15, .bandwidth))
        #expect(PhysicalLimits.isPossible(1e21, .flops) && !PhysicalLimits.isPossible(2e21, .ops))
        #expect(PhysicalLimits.isPossible(100_000, .power) && !PhysicalLimits.isPossible(100_001, .power))
        #expect(!PhysicalLimits.isPossible(.nan, .power) && !PhysicalLimits.isPossible(-1, .bytes))
    }

    /// Suggestions name units a module figure is written in: `EW` (10^18 W) parses but is
    /// never suggested, since one of it is beyond any module (100 kW).
    @Test func unitSuggestionsAreRealUnits() {
        #expect(!QuantityUnit.suggestable.map(\.symbol).contains("EW"))
        #expect(!QuantityUnit.suggestable.map(\.symbol).contains("EB"))  // 10^18 B > 1 PiB
        #expect(QuantityUnit.suggestable.map(\.symbol).contains("PB"))  // 10^15 B ≤ 2^50 B
        #expect(QuantityUnit.suggestable.map(\.symbol).contains("kW"))
        if case .failure(.unknownUnit(_, let suggestion)) = QuantityParser.parse("5 EWW", expecting: [.power]) {
            #expect(suggestion == nil)
        } else {
            Issue.record("'5 EWW' parsed")
        }
        if case .failure(.unknownUnit(_, let suggestion)) = QuantityParser.parse("5 kWW", expecting: [.power]) {
            #expect(suggestion == "kW")
        } else {
            Issue.record("'5 kWW' parsed")
        }
    }

    /// A 200,000-character word costs a length comparison per candidate, not an edit
    /// distance of 200,000 × the candidate's length.
    @Test func suggestionsForHugeWordsAreImmediate() {
        let word = String(repeating: "a", count: 200_000)
        let start = ContinuousClock.now
        #expect(Suggestions.closest(to: word, in: ["capacity", "bandwidth", "type"]).isEmpty)
        #expect(ContinuousClock.now - start < .seconds(1))
    }
}
