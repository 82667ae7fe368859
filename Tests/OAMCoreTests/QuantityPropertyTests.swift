import OAMCore
import PropertyBased
import Testing

/// Properties of `QuantityParser` and `Quantity.format` over the whole Double range, with
/// random inputs (x-sheep/swift-property-based): what the examples in `QuantityParserTests`
/// show for a few figures holds for every value, every unit and every string.
@Suite struct QuantityPropertyTests {
    /// Every positive finite Double, each binade equally likely: a bit pattern from +0 up to
    /// the largest finite one (0x7FEF_FFFF_FFFF_FFFF), subnormals included.
    static let anyFinite = Gen<UInt64>.value(in: 0...0x7FEF_FFFF_FFFF_FFFF).map { Double(bitPattern: $0) }

    /// Strings of the characters a quantity is made of, plus a few that are not (`,` `_` `-`
    /// a tab, a dot, non-ASCII), so the parser's every branch sees garbage.
    static let quantityish = Gen<Character?>.element(of: Array("0123456789 .eE+-,_kMGTPEiBbs/FLOPSWVmcnaifINF\t∞é"))
        .map { $0 ?? " " }
        .string(of: 0...24)

    /// The unit symbols of one dimension.
    static func units(of dimension: Dimension) -> [QuantityUnit] {
        QuantityUnit.all.filter { $0.dimension == dimension }
    }

    /// Format then parse gives back the value within the formatter's documented precision:
    /// four significant digits, so a relative error of at most 0.5 in the fourth digit
    /// (5 × 10^-4); beyond 2^53 of the printed unit, `NumberText` prints three significant
    /// digits in scientific notation (5 × 10^-3). Below one base unit the formatter keeps
    /// three decimals (a length: three decimals of a millimetre), an absolute error of
    /// at most 5 × 10^-4 of the base unit (5 × 10^-7 m).
    @Test(arguments: Dimension.allCases)
    func formatThenParseRoundTrips(dimension: Dimension) async {
        await propertyCheck(count: 2000, input: Self.anyFinite) { value in
            let text = Quantity.format(value, dimension)
            guard case .success(let parsed) = QuantityParser.parse(text, expecting: [dimension]) else {
                // Three significant digits may round the largest Doubles up past the largest
                // one (1.7977e308 FLOP/s prints as 1.8e+290 EFLOPS): that text reads back as
                // too large, a clear error, never a trap or a wrong value.
                let failure = QuantityParser.parse(text, expecting: [dimension])
                #expect(value >= 0.995 * .greatestFiniteMagnitude && failure == .failure(.notFinite), "\(value) → '\(text)'")
                return
            }
            let relative = text.contains("e") ? 5e-3 : 5e-4
            let absolute = dimension == .length ? 5e-7 : 5e-4
            let error = abs(parsed.value - value)
            #expect(
                error <= relative * value * (1 + 1e-12) || error <= absolute,
                "\(value) → '\(text)' → \(parsed.value)")
            #expect(parsed.dimension == dimension)
        }
    }

    /// The edges of the Double range, which random bit patterns rarely hit, read back the
    /// same way (regression: a length beyond 1.8 × 10^305 m printed as `inf mm`).
    @Test(arguments: Dimension.allCases)
    func formatThenParseAtTheEdges(dimension: Dimension) throws {
        let edges: [Double] = [
            0, .leastNonzeroMagnitude, .leastNormalMagnitude, 5e-4, 1, 999.95, 1023, 1024, 9_007_199_254_740_992,
            1e21, 1_125_899_906_842_624, 1e300, 1.79e305, 1.8e305, 0.99 * .greatestFiniteMagnitude,
        ]
        for value in edges {
            let text = Quantity.format(value, dimension)
            let parsed = try QuantityParser.parse(text, expecting: [dimension]).get().value
            let error = abs(parsed - value)
            #expect(error <= 5e-3 * value || error <= 5e-4, "\(value) → '\(text)' → \(parsed)")
        }
        #expect(Quantity.format(1.8e305, .length) == "1.8e+305 m")  // 1.8e308 mm would be infinite
        #expect(Quantity.format(1.79e305, .length) == "1.79e+308 mm")
    }

    /// Zero with any exponent is zero: `0e400 B` once read as 0 × ∞ = NaN and was refused as
    /// not finite.
    @Test func zeroWithAHugeExponentIsZero() throws {
        #expect(try QuantityParser.parse("0e400 B", expecting: [.bytes]).get().value == 0)
        #expect(try QuantityParser.parse("0.000e9999 TFLOPS", expecting: [.flops]).get().value == 0)
        #expect(try QuantityParser.parse("0e-400 W", expecting: [.power]).get().value == 0)
    }

    /// Numbers near the bottom of the Double range keep their value in binary units
    /// (regression, found by `parsingIsMonotonic`: `1e-309 KiB` read as 1024 ÷ 10^309 = 1024 ÷ ∞ = 0,
    /// below `1e-309 kB` = 10^-306). 1024 × 10^-309 = 1.024 × 10^-306.
    @Test func tinyNumbersInBinaryUnitsDoNotVanish() throws {
        let kibibytes = try QuantityParser.parse("1e-309 KiB", expecting: [.bytes]).get().value
        #expect(abs(kibibytes - 1.024e-306) <= 1e-15 * 1.024e-306)
        let written = try QuantityParser.parse("1024e-309 B", expecting: [.bytes]).get().value
        #expect(abs(written - 1.024e-306) <= 1e-15 * 1.024e-306)
        #expect(try QuantityParser.parse("1e-309 kB", expecting: [.bytes]).get().value <= kibibytes)
    }

    /// Parsing never traps, whatever the string: it either fails with a message or gives a
    /// finite, non-negative value of the expected dimension whose text parses to the same
    /// value again.
    @Test func parseNeverTrapsAndSucceedsOnlyWithAFiniteValue() async {
        await propertyCheck(count: 5000, input: Self.quantityish) { text in
            switch QuantityParser.parse(text, expecting: []) {
            case .failure(let failure):
                #expect(!failure.message.isEmpty)
            case .success(let quantity):
                #expect(quantity.value.isFinite && quantity.value >= 0, "'\(text)' → \(quantity.value)")
                let again = QuantityParser.parse(quantity.text, expecting: [quantity.dimension])
                #expect(again == .success(quantity), "'\(text)' → '\(quantity.text)'")
            }
        }
    }

    /// A plain decimal (up to 15 significant digits, a base unit, a power of ten within
    /// ±22) converts exactly as the correctly rounded `Double(String)` does: one rounding.
    @Test func decimalsConvertCorrectlyRounded() async {
        let digits = Gen<UInt64>.value(in: 0...999_999_999_999_999)
        let exponent = Gen<Int>.value(in: -22...22)
        await propertyCheck(count: 3000, input: digits, exponent) { mantissa, power in
            let number = "\(mantissa)e\(power)"
            let expected = Double(number)!
            for unit in ["B", "B/s", "FLOPS", "OP/s", "W", "V", "m"] {
                let parsed = try QuantityParser.parse("\(number) \(unit)", expecting: []).get().value
                #expect(parsed == expected, "\(number) \(unit)")
            }
        }
    }

    /// Binary prefixes scale by exact powers of two and bits are an exact eighth of bytes:
    /// `n KiB` = 1024 × `n B`, `n GiB` = 1024 × `n MiB`, `n Gb/s` = `n GB/s` ÷ 8, with no
    /// rounding at all while the results stay normal Doubles.
    @Test func binaryPrefixesAndBitsScaleExactly() async {
        let digits = Gen<UInt64>.value(in: 1...999_999_999_999)
        let exponent = Gen<Int>.value(in: -200...200)
        await propertyCheck(count: 2000, input: digits, exponent) { mantissa, power in
            let number = "\(mantissa)e\(power)"
            func value(_ unit: String) throws -> Double {
                try QuantityParser.parse("\(number) \(unit)", expecting: []).get().value
            }
            let (kibibytes, bytes) = (try value("KiB"), try value("B"))
            let (gibibytes, mebibytes) = (try value("GiB"), try value("MiB"))
            let (pebibytesPerSecond, tebibytesPerSecond) = (try value("PiB/s"), try value("TiB/s"))
            let (gigabits, gigabytes) = (try value("Gb/s"), try value("GB/s"))
            #expect(kibibytes == 1024 * bytes, "\(number)")
            #expect(gibibytes == 1024 * mebibytes, "\(number)")
            #expect(pebibytesPerSecond == 1024 * tebibytesPerSecond, "\(number)")
            #expect(gigabits == gigabytes / 8, "\(number)")
        }
    }

    /// Decimal prefixes agree with moving the decimal point: `n e p EFLOPS` is exactly
    /// `n e (p+18) FLOPS`, for magnitudes from 10^-300 to 10^300.
    @Test func decimalPrefixesMatchTheShiftedNumber() async {
        let digits = Gen<UInt64>.value(in: 1...999_999_999_999)
        let exponent = Gen<Int>.value(in: -300...270)
        let prefixes: [(String, Int)] = [("k", 3), ("M", 6), ("G", 9), ("T", 12), ("P", 15), ("E", 18)]
        await propertyCheck(count: 2000, input: digits, exponent, Gen<Int>.value(in: 0..<prefixes.count)) {
            mantissa, power, pick in
            let (prefix, shift) = prefixes[pick]
            let scaled = try QuantityParser.parse("\(mantissa)e\(power) \(prefix)FLOPS", expecting: [.flops]).get().value
            let shifted = try QuantityParser.parse("\(mantissa)e\(power + shift) FLOPS", expecting: [.flops]).get().value
            // The prefix adds to the written exponent before the one rounding: the same bits.
            #expect(scaled == shifted, "\(mantissa)e\(power) \(prefix)FLOPS")
        }
    }

    /// A larger number or a larger prefix never gives a smaller value.
    @Test func parsingIsMonotonic() async {
        let digits = Gen<UInt64>.value(in: 0...999_999_999_999_999)
        let exponent = Gen<Int>.value(in: -320...300)
        await propertyCheck(count: 2000, input: digits, digits, exponent) { a, b, power in
            let (low, high) = (min(a, b), max(a, b))
            for dimension in Dimension.allCases {
                let units = Self.units(of: dimension).sorted { $0.factor < $1.factor }
                var previous = -Double.infinity
                for unit in units {
                    guard case .success(let small) = QuantityParser.parse("\(low)e\(power) \(unit.symbol)", expecting: []),
                        case .success(let large) = QuantityParser.parse("\(high)e\(power) \(unit.symbol)", expecting: [])
                    else { continue }
                    #expect(small.value <= large.value, "\(low) vs \(high) e\(power) \(unit.symbol)")
                    #expect(small.value >= previous, "\(low)e\(power) \(unit.symbol)")
                    previous = small.value
                }
            }
        }
    }

    /// NaN, infinities and numbers beyond the largest Double are refused as not finite, in
    /// any case and with any unit; a minus sign is refused as negative.
    @Test func nonFiniteAndNegativeAreRefused() async {
        let words = Gen<String?>.element(of: ["nan", "NaN", "inf", ".inf", "-.inf", "Infinity", "INF", "+inf", "+NaN"])
            .map { $0 ?? "nan" }
        let hugeExponent = Gen<Int>.value(in: 309...9999)
        await propertyCheck(count: 500, input: words, hugeExponent, Gen<UInt64>.value(in: 1...999_999)) {
            word, exponent, mantissa in
            for unit in ["B", "GB/s", "TFLOPS", "W"] {
                let expected: QuantityParser.Failure = word.hasPrefix("-") ? .negative : .notFinite
                #expect(QuantityParser.parse("\(word) \(unit)", expecting: []) == .failure(expected), "\(word) \(unit)")
                #expect(
                    QuantityParser.parse("\(mantissa)e\(exponent) \(unit)", expecting: []) == .failure(.notFinite),
                    "\(mantissa)e\(exponent) \(unit)")
                #expect(QuantityParser.parse("-\(mantissa) \(unit)", expecting: []) == .failure(.negative))
            }
        }
    }
}
