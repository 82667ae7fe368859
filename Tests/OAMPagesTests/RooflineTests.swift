import OAMCore
import Testing

@testable import OAMPages

@Suite struct RooflineTests {
    /// MI300X: 5.3 TB/s; BF16 dense 1307.4 TFLOPS → ridge 1307.4e12 / 5.3e12 = 246.68 FLOP/B;
    /// FP8 2614.9 TFLOPS → 493.38 FLOP/B; INT4 is `unknown` and FP4/FP6 unsupported, so no roof.
    @Test func roofs_of_the_mi300x() throws {
        let a = try #require(PagesFixture.registry.accelerator("amd/mi300x"))
        let roofline = try #require(Roofline(a))
        #expect(roofline.bandwidth == 5.3e12)
        #expect(roofline.roofs.map(\.precision) == [.fp64, .fp32, .tf32, .bf16, .fp16, .fp8, .int8])
        let bf16 = try #require(roofline.roofs.first { $0.precision == .bf16 })
        #expect(abs(bf16.ridge - 246.679) < 0.001)
        let fp8 = try #require(roofline.roofs.first { $0.precision == .fp8 })
        #expect(abs(fp8.ridge - 493.377) < 0.001)
        // Below the ridge the bandwidth limits: 10 FLOP/B × 5.3e12 B/s = 53e12 FLOP/s.
        #expect(abs(roofline.attainable(bf16, intensity: 10) - 53e12) < 1)
        // Above it the peak does.
        #expect(roofline.attainable(bf16, intensity: 1000) == 1307.4e12)
    }

    @Test func no_roofline_without_bandwidth() {
        var a = AcceleratorDescriptor(id: "acme/x1", name: "X1", vendor: "acme")
        a.peakDense[.bf16] = Figure(Quantity(1e15, .flops), path: "peak_dense.bf16", range: .fileStart)
        #expect(Roofline(a) == nil)
    }
}
