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

    /// An object, or the component its `$ref` (`#/components/KIND/NAME`) points at.
    static func resolved(_ object: [String: Any], in document: [String: Any]) throws -> [String: Any] {
        guard let reference = object["$ref"] as? String else { return object }
        let parts = reference.split(separator: "/").map(String.init)
        try #require(parts.count == 4 && parts[0] == "#" && parts[1] == "components", "\(reference)")
        let components = try #require(document["components"] as? [String: Any])
        let kind = try #require(components[parts[2]] as? [String: Any], "\(reference)")
        return try #require(kind[parts[3]] as? [String: Any], "\(reference)")
    }

    /// The query parameter names an operation documents, `$ref`s resolved: its own and
    /// those its path item declares for every operation (OpenAPI's path-level parameters).
    static func queryParameterNames(path: String, method: String) throws -> [String] {
        let document = try Self.document()
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let item = try #require(paths[path], "\(path)")
        let operation = try #require(item[method] as? [String: Any], "\(method) \(path)")
        let shared = item["parameters"] as? [[String: Any]] ?? []
        let parameters = try #require(operation["parameters"] as? [[String: Any]]) + shared
        return try parameters.map { try resolved($0, in: document) }.filter { $0["in"] as? String == "query" }
            .compactMap { $0["name"] as? String }
    }

    /// The documented query parameters are exactly the ones the decoders accept, so a
    /// parameter added to a query type and forgotten in the document (or the reverse) fails.
    @Test func documentedQueryParametersAreTheDecodedOnes() throws {
        #expect(try Set(Self.queryParameterNames(path: "/api/v1/fit", method: "get")) == Set(FitQuery.parameterNames))
        #expect(
            try Set(Self.queryParameterNames(path: "/api/v1/fit", method: "post"))
                == Set(FitRoutes<BasicRequestContext>.postedParameterNames))
        #expect(
            try Set(Self.queryParameterNames(path: "/api/v1/accelerators", method: "get"))
                == Set(CatalogRoutes<BasicRequestContext>.listParameterNames))
        #expect(
            try Set(Self.queryParameterNames(path: "/api/v1/validate", method: "post"))
                == Set(ValidateRoutes<BasicRequestContext>.parameterNames))
        #expect(try Self.queryParameterNames(path: "/api/v1/export", method: "get") == [ExportFormat.parameterName])
        #expect(try Self.queryParameterNames(path: "/api/v1/adapters", method: "get") == [])
    }

    @Test func everyDocumentedErrorStatusUsesTheErrorShape() throws {
        let document = try Self.document()
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        for (path, item) in paths {
            // An item's values are its operations, and its shared `parameters` list.
            for (method, value) in item where method != "parameters" {
                let operation = try #require(value as? [String: Any], "\(method) \(path)")
                let responses = try #require(operation["responses"] as? [String: [String: Any]], "\(method) \(path)")
                for (status, reference) in responses where Int(status).map({ $0 >= 400 }) == true {
                    let response = try Self.resolved(reference, in: document)
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
