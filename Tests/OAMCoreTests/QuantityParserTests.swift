import OAMCore
import Testing

/// Quantities parse exactly, keep decimal and binary prefixes apart, and refuse what is
/// not a quantity of the expected kind with a message naming the accepted units.
@Suite struct QuantityParserTests {
    func value(_ text: String, _ dimensions: [Dimension]) throws -> Quantity {
        try QuantityParser.parse(text, expecting: dimensions).get()
    }

    func failure(_ text: String, _ dimensions: [Dimension]) -> QuantityParser.Failure? {
        if case .failure(let failure) = QuantityParser.parse(text, expecting: dimensions) { return failure }
        return nil
    }

    @Test func binaryAndDecimalBytesAreExact() throws {
        #expect(try value("192 GiB", [.bytes]).value == 206_158_430_208)
        #expect(try value("80 GB", [.bytes]).value == 80_000_000_000)
        #expect(try value("1.5 GiB", [.bytes]).value == 1_610_612_736)
        #expect(try value("81559 MiB", [.bytes]).value == 85_520_809_984)
    }

    @Test func throughputAndBandwidthConvertToBaseUnits() throws {
        #expect(try value("1307.4 TFLOPS", [.flops]).value == 1.3074e15)
        #expect(try value("2.6 PFLOPS", [.flops]).value == 2.6e15)
        #expect(try value("2614.9 TOPS", [.ops]).value == 2.6149e15)
        #expect(try value("5.3 TB/s", [.bandwidth]).value == 5.3e12)
        #expect(try value("896 GB/s", [.bandwidth]).value == 8.96e11)
        #expect(try value("200 Gb/s", [.bandwidth]).value == 2.5e10)  // bits ÷ 8
        #expect(try value("750 W", [.power]).value == 750)
        #expect(try value("1.4 kW", [.power]).value == 1400)
        #expect(try value("54 V", [.voltage]).value == 54)
        #expect(try value("102 mm", [.length]).value == 0.102)
    }

    @Test func textIsNormalised() throws {
        #expect(try value("  96GiB ", [.bytes]).text == "96 GiB")
        #expect(try value("1.5e3 W", [.power]).value == 1500)
    }

    @Test func unitOfTheWrongKindNamesTheAcceptedUnits() throws {
        let f = try #require(failure("5.3 TB/s", [.bytes]))
        #expect(f == .wrongDimension(unit: "TB/s", found: .bandwidth, expected: [.bytes]))
        #expect(f.message.contains("'GiB'"))
    }

    @Test func missingAndUnknownUnits() throws {
        #expect(failure("192", [.bytes]) == .missingUnit(expected: [.bytes]))
        #expect(failure("750 Watts", [.power]) == .unknownUnit("Watts", suggestion: "W"))
        #expect(failure("5 Tb/S", [.bandwidth]) == .unknownUnit("Tb/S", suggestion: "Tb/s"))
    }

    @Test func negativeNaNAndInfinityAreRefused() {
        #expect(failure("-750 W", [.power]) == .negative)
        #expect(failure("nan W", [.power]) == .notFinite)
        #expect(failure(".inf W", [.power]) == .notFinite)
        #expect(failure("Infinity GB", [.bytes]) == .notFinite)
        #expect(failure("1e400 GB", [.bytes]) == .notFinite)
    }

    @Test func separatorsAndGarbageAreNotNumbers() {
        #expect(failure("1,024 GB", [.bytes]) == .notANumber("1,024 GB"))
        #expect(failure("1_024 GB", [.bytes]) == .notANumber("1_024 GB"))
        #expect(failure("lots GB", [.bytes]) == .notANumber("lots GB"))
        #expect(failure("", [.bytes]) == .notANumber(""))
    }

    @Test func formattingRoundTripsBinarySizes() {
        #expect(Quantity(206_158_430_208, .bytes).text == "192 GiB")
        #expect(Quantity(1.3074e15, .flops).text == "1.307 PFLOPS")
        #expect(Quantity(750, .power).text == "750 W")
    }
}
