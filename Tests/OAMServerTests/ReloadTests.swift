import Foundation
import Hummingbird
import HummingbirdTesting
import OAMServer
import OAMTestSupport
import Testing

@Suite struct ReloadTests {
    @Test func aBrokenRegistryIsRefusedAndTheOldOneKeepsServing() async throws {
        let folder = try TemporaryRegistry(copying: Fixtures.registry)
        let store = try RegistryStore(path: folder.path)
        let first = store.revision

        // A bandwidth where a power belongs: an error, so the reload is refused.
        try folder.write("accelerators/amd/mi300x.yaml", replacing: "tdp: 750 W", with: "tdp: 750 TB/s")
        #expect(throws: RegistryStore.LoadFailure.self) { try store.reload() }
        #expect(store.revision == first)
        try await ServerHarness.withClient(store: store) { client in
            try await client.execute(uri: "/api/v1/accelerators/amd/mi300x", method: .get) { response in
                let body = try ServerHarness.object(response.body)
                #expect(body["tdp_watts"] as? Double == 750)
            }
        }

        // A valid change is swapped in: new revision, new figure.
        try folder.write("accelerators/amd/mi300x.yaml", replacing: "tdp: 750 TB/s", with: "tdp: 760 W")
        try store.reload()
        #expect(store.revision != first)
        try await ServerHarness.withClient(store: store) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                let body = try ServerHarness.object(response.body)
                #expect(body["revision"] as? String == store.revision)
            }
            try await client.execute(uri: "/api/v1/accelerators/amd/mi300x", method: .get) { response in
                let body = try ServerHarness.object(response.body)
                #expect(body["tdp_watts"] as? Double == 760)
            }
        }
    }
}
