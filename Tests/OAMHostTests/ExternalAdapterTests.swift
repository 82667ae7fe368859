import Dispatch
import Foundation
import OAMAdapterAPI
import OAMHost
import Testing

/// Out-of-tree adapters that misbehave are reported by name, and none stalls the run past
/// its timeout.
@Suite struct ExternalAdapterTests {
    /// A short timeout keeps the suite fast; the sleepy adapter must be killed at it.
    static let limits = BoundedProcess.Limits(timeout: 1, stdoutLimit: 1 << 20)

    func describe(_ name: String) -> Result<AdapterResponse, AdapterProblem> {
        ExternalAdapter(executable: HostTestSupport.adapter(name), limits: Self.limits)
            .send(AdapterRequest(method: .describe, host: HostIdentity.description))
    }

    func problem(_ name: String) -> AdapterProblem? {
        if case .failure(let problem) = describe(name) { return problem }
        return nil
    }

    @Test func sleepingAdapterIsKilledAtTheTimeout() throws {
        let start = DispatchTime.now()
        let found = try #require(problem("sleepy"))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        #expect(found.kind == .timedOut)
        #expect(found.description.contains("oam-adapter-sleepy"))
        #expect(found.description.contains("within 1 s"))
        #expect(seconds < 4, "took \(seconds) s (timeout 1 s)")
        #expect(found.detail.contains("thinking very hard"), "stderr tail is kept")
    }

    @Test func nonZeroExitIsReported() throws {
        let found = try #require(problem("crashy"))
        #expect(found.kind == .exitedNonZero)
        #expect(found.detail.contains("status 3"))
        #expect(found.detail.contains("cannot find my configuration"))
    }

    @Test func floodIsCutAtTheOutputCap() throws {
        let start = DispatchTime.now()
        let found = try #require(problem("flood"))
        #expect(found.kind == .outputTooLarge)
        #expect(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 < 4)
    }

    @Test func garbageIsNotAResponse() throws {
        let found = try #require(problem("garbage"))
        #expect(found.kind == .invalidResponse)
        #expect(found.detail.contains("Hello! I am an adapter"))
    }

    @Test func anotherProtocolVersionIsRefused() throws {
        let found = try #require(problem("future"))
        #expect(found.kind == .protocolVersion)
        #expect(found.detail.contains("version 2"))
    }

    @Test func missingExecutableCannotStart() throws {
        let found = try #require(problem("does-not-exist"))
        #expect(found.kind == .couldNotStart)
    }

    @Test func wellBehavedAdapterAnswers() throws {
        let response = try describe("acme").get()
        #expect(response.result?.info?.id == "acme")
        #expect(response.result?.info?.pciVendorIDs == ["abcd"])
        #expect(response.result?.examples?.count == 1)
    }

    @Test func aLargeRequestToAnAdapterThatDoesNotReadIsSurvived() throws {
        // Several MiB of descriptor text against an adapter that exits without reading:
        // the write fails with EPIPE instead of killing the host or blocking.
        let text = String(repeating: "# padding\n", count: 400_000)
        let request = AdapterRequest(
            method: .validate, params: AdapterParams(module: ModuleSource(id: "x", path: "x.yaml", source: text)))
        let result = ExternalAdapter(executable: HostTestSupport.adapter("crashy"), limits: Self.limits).send(request)
        guard case .failure(let found) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(found.kind == .exitedNonZero)
    }

    @Test func inventoryListsEveryAdapterAndGoesOnPastFailures() throws {
        let start = DispatchTime.now()
        let locator = ExecutableLocator(adapterPaths: [HostTestSupport.adapterFixtures], environment: ["PATH": ""])
        let listings = AdapterInventory.list(locator: locator, limits: Self.limits, registry: HostTestSupport.registry)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        #expect(seconds < 6, "describing six adapters concurrently took \(seconds) s (timeout 1 s each)")
        let external = Dictionary(uniqueKeysWithValues: listings.filter { $0.kind == .outOfTree }.map { ($0.id, $0) })
        #expect(Set(external.keys) == ["acme", "crashy", "flood", "future", "garbage", "sleepy"])
        #expect(external["acme"]?.problem == nil)
        #expect(external["acme"]?.info?.version == "0.1.0")
        for name in ["crashy", "flood", "future", "garbage", "sleepy"] {
            #expect(external[name]?.problem != nil, "\(name) is reported as failed")
        }
        #expect(listings.filter { $0.kind == .inTree }.count == BuiltInAdapters.all.count)
    }

    @Test func earlierFoldersShadowLaterOnes() {
        let locator = ExecutableLocator(
            adapterPaths: [HostTestSupport.adapterFixtures, HostTestSupport.adapterFixtures + "/."], environment: ["PATH": ""])
        let acme = locator.adapters().first { $0.vendor == "acme" }
        #expect(acme?.path == HostTestSupport.adapter("acme"))
        #expect(acme?.shadowed.count == 1)
    }

    @Test func outOfTreeGoldenExamplesRunThroughTheChecker() {
        let endpoint = ExternalAdapter(executable: HostTestSupport.adapter("acme"), limits: Self.limits)
        guard case .success(let described) = endpoint.send(AdapterRequest(method: .describe)) else {
            Issue.record("describe failed")
            return
        }
        let results = GoldenChecker.run(
            described.result?.examples ?? [], against: endpoint, resolver: HostTestSupport.resolver, vendors: ["acme"])
        #expect(results.count == 1)
        let problems = results.flatMap(\.problems)
        #expect(problems.isEmpty, "\(problems)")
    }
}
