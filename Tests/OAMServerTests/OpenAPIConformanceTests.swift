import Foundation
import Hummingbird
import HummingbirdTesting
import OAMQuery
import Testing

@testable import OAMServer

/// The committed OpenAPI document and the router describe the same API; schemathesis
/// (`.ci/run`) then holds every response to the document's schemas.
@Suite struct OpenAPIConformanceTests {
    static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.text.utf8)) as? [String: Any])
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedRouteIsServed() throws {
        let document = try Self.document()
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var documented: Set<String> = []
        for (path, item) in paths {
            for method in item.keys where ["get", "post", "put", "delete", "patch"].contains(method) {
                documented.insert("\(method.uppercased()) \(path)")
            }
        }
        let served = Set(APIRoute.all.map { "\($0.method.rawValue) \($0.path)" })
        #expect(documented == served)
    }

    @Test func everyDocumentedErrorStatusUsesTheErrorShape() throws {
        let paths = try #require(try Self.document()["paths"] as? [String: [String: [String: Any]]])
        for (path, item) in paths {
            for (method, operation) in item {
                let responses = try #require(operation["responses"] as? [String: [String: Any]], "\(method) \(path)")
                for (status, response) in responses where Int(status).map({ $0 >= 400 }) == true {
                    let content = response["content"] as? [String: [String: [String: String]]]
                    #expect(
                        content?["application/json"]?["schema"]?["$ref"] == "#/components/schemas/Error",
                        "\(method) \(path) \(status)")
                }
            }
        }
    }

    @Test func errorCodesAreTheDocumentedOnes() throws {
        let components = try #require(try Self.document()["components"] as? [String: Any])
        let schemas = try #require(components["schemas"] as? [String: Any])
        let error = try #require(schemas["Error"] as? [String: Any])
        let inner = try #require((error["properties"] as? [String: Any])?["error"] as? [String: Any])
        let code = try #require((inner["properties"] as? [String: Any])?["code"] as? [String: Any])
        #expect(code["enum"] as? [String] == ErrorCode.allCases.map(\.rawValue))
    }

    @Test func servedDocumentIsTheCommittedOne() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == OpenAPIDocument.text)
            }
        }
    }
}
