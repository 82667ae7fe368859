import OAMCore
import Testing

/// Small value types: dates as precise as their source, PCI ids, host interfaces,
/// evidence coverage, precisions and "did you mean".
@Suite struct CoreValueTests {
    @Test func partialDates() {
        #expect(PartialDate("2023")?.description == "2023")
        #expect(PartialDate("2023-12")?.month == 12)
        #expect(PartialDate("2024-02-29") != nil)
        #expect(PartialDate("2023-02-30") == nil)
        #expect(PartialDate("12/06/2023") == nil)
        #expect(PartialDate("2023-1") == nil)
        #expect(PartialDate("2023")! < PartialDate("2023-01-01")!)
    }

    @Test func pciIDs() {
        #expect(PCIID("1002:74a1") == PCIID(vendor: 0x1002, device: 0x74a1))
        #expect(PCIID("1002:74A1") == nil)
        #expect(PCIID("0x1002:74a1") == nil)
        #expect(PCIID(vendor: 0x10de, device: 0x2330).description == "10de:2330")
    }

    @Test func hostInterfaceBandwidthPerDirection() throws {
        let gen5 = try #require(HostInterface("pcie-5.0-x16"))
        // 32 GT/s × 16 lanes × 128/130 ÷ 8 bits = 63.0 GB/s per direction.
        #expect(abs(gen5.bandwidthPerDirection - 63.015e9) < 1e7)
        #expect(HostInterface("pcie-5.0-x12") == nil)
        #expect(HostInterface("PCIe Gen5 x16") == nil)
    }

    @Test func evidenceCoversByPathPrefixOnly() {
        let evidence = Evidence(sources: [
            Source(key: "a", title: nil, url: "https://a.example", tier: .press, covers: ["memory"]),
            Source(key: "b", title: nil, url: "https://b.example", tier: .vendor, covers: ["memory.capacity"]),
        ])
        #expect(evidence.tier(of: "memory.capacity") == .vendor)
        #expect(evidence.tier(of: "memory.bandwidth") == .press)
        #expect(evidence.tier(of: "memory_type") == nil)  // not a child of "memory"
        #expect(!evidence.isCovered("power.tdp"))
    }

    @Test func tiersOrderWeakestFirst() {
        #expect(EvidenceTier.thirdParty < .press)
        #expect(EvidenceTier.press < .measured)
        #expect(EvidenceTier.measured < .vendor)
        #expect([EvidenceTier.vendor, .press, .measured].min() == .press)
    }

    @Test func precisionUnitsAndSizes() {
        #expect(Precision.int8.throughputDimension == .ops)
        #expect(Precision.fp8.throughputDimension == .flops)
        #expect(Precision.fp4.bytes == 0.5)
        #expect(Precision.fp6.bits == 6)
    }

    @Test func didYouMean() {
        #expect(Suggestions.didYouMean("bandwith", in: ["bandwidth", "capacity", "type"]) == "did you mean 'bandwidth'?")
        #expect(Suggestions.didYouMean("bf61", in: Precision.allCases.map(\.rawValue)) == "did you mean 'bf16'?")
        #expect(Suggestions.didYouMean("zzzzzz", in: ["bandwidth"]) == nil)
    }

    @Test func jsonKeepsKeyOrderAndEscapes() {
        let value = JSONValue.object([("b", .integer(1)), ("a", .string("x\"y\n")), ("c", .number(1.5)), ("d", .number(nil))])
        #expect(value.serialized() == #"{"b":1,"a":"x\"y\n","c":1.5,"d":null}"#)
    }
}
