import OAMAdapterAPI
import OAMHost
import Testing

/// What the solver gets: a report for every registry module, unknowns left nil and named.
@Suite struct CapabilityCatalogTests {
    @Test func everyRegistryModuleGetsAReport() {
        for accelerator in HostTestSupport.registry.accelerators {
            let report = CapabilityCatalog.report(for: accelerator)
            #expect(report?.module == accelerator.id)
            #expect(
                CapabilityCatalog.builtIn.adapter(for: accelerator).info.id != "generic",
                "\(accelerator.id) is answered by its vendor's adapter")
        }
    }

    @Test func unknownFiguresAreNamed() throws {
        let mi300x = try #require(HostTestSupport.registry.accelerator("amd/mi300x"))
        let report = try #require(CapabilityCatalog.report(for: mi300x))
        #expect(report.unknownFields.contains("usableMemoryBytes"))
        #expect(!report.unknownFields.contains("sustainedComputeFraction"))
    }

    @Test func vendorsWithoutAdapterFallBackToTheGenericOne() throws {
        var accelerator = try #require(HostTestSupport.registry.accelerator("amd/mi300x"))
        accelerator.vendor = "acme"
        accelerator.id = "acme/x1"
        let report = try #require(CapabilityCatalog.report(for: accelerator, stack: "AcmeSDK 1.0"))
        #expect(report.usableMemoryBytes == nil)
        #expect(report.frameworks.isEmpty)
        #expect(report.support(for: .fp8)?.level == .native, "descriptor peaks still count")
        #expect(report.notes.contains { $0.contains("No vendor adapter") })
    }

    @Test func stackGateUsesTheMinimum() throws {
        let h100 = try #require(HostTestSupport.registry.accelerator("nvidia/h100-sxm"))
        #expect(CapabilityCatalog.report(for: h100, stack: "CUDA 11.7")?.support(for: .fp8)?.level == .unsupported)
        #expect(CapabilityCatalog.report(for: h100, stack: "CUDA 11.8")?.support(for: .fp8)?.level == .native)
        #expect(CapabilityCatalog.report(for: h100, stack: "CUDA 12.4")?.stack == "CUDA 12.4")
    }
}
