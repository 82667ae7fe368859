import Foundation
import Hummingbird
import HummingbirdTesting
import OAMServer
import Testing

@Suite struct RouteTests {
    @Test func healthReportsRevisionAndCounts() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                let body = try ServerHarness.object(response.body)
                #expect(body["status"] as? String == "ok")
                #expect(body["revision"] as? String == ServerHarness.store.revision)
                #expect((body["accelerators"] as? Int ?? 0) > 10)
                #expect((body["models"] as? Int ?? 0) > 10)
            }
        }
    }

    @Test func showsOneAcceleratorAndRefusesOtherKinds() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/api/v1/accelerators/amd/mi300x", method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServerHarness.object(response.body)
                #expect(body["id"] as? String == "amd/mi300x")
                #expect(response.headers[.eTag]?.hasPrefix("\"") == true)
                #expect(response.headers[.cacheControl] == "no-cache")
            }
            // A model id on the accelerator route is no accelerator.
            try await client.execute(uri: "/api/v1/accelerators/meta-llama/llama-3.1-70b", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func unknownIdIs404WithSuggestions() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/api/v1/accelerators/amd/mi300", method: .get) { response in
                #expect(response.status == .notFound)
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == "not_found")
                #expect((error["suggestions"] as? [String])?.contains("amd/mi300x") == true)
                #expect((error["message"] as? String)?.contains("no descriptor 'amd/mi300'") == true)
            }
        }
    }

    @Test func pathTraversalIdsAreOnlyLookedUp() async throws {
        try await ServerHarness.withClient { client in
            for uri in [
                "/api/v1/specs/..%2F..%2Fetc%2Fpasswd", "/api/v1/specs/%2e%2e", "/api/v1/models/../..",
                "/api/v1/specs/%2Fetc%2Fpasswd",
                "/api/v1/accelerators/..%2F..%2FREADME.md/x",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(!String(buffer: response.body).contains("root:"), "\(uri)")
                }
            }
        }
    }

    @Test func entityTagGives304() async throws {
        try await ServerHarness.withClient { client in
            let etag = try await client.execute(uri: "/api/v1/accelerators", method: .get) { response in
                #expect(response.status == .ok)
                return try #require(response.headers[.eTag])
            }
            try await client.execute(uri: "/api/v1/accelerators", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.eTag] == etag)
            }
            try await client.execute(uri: "/api/v1/accelerators", method: .get, headers: [.ifNoneMatch: "\"stale\""]) {
                response in
                #expect(response.status == .ok)
            }
        }
    }

    /// The security headers on every kind of answer, API and error ones too, each exactly once:
    /// JSON, 304, 404, 405, a preflight and HEAD.
    @Test func everyAnswerCarriesTheSecurityHeadersOnce() async throws {
        let names = [
            HTTPFields.Element.Name.contentSecurityPolicy, .xContentTypeOptions, HTTPFields.Element.Name("Referrer-Policy")!,
        ]
        try await ServerHarness.withClient { client in
            let etag = try await client.execute(uri: "/api/v1/accelerators", method: .get) { try #require($0.headers[.eTag]) }
            let requests: [(String, HTTPRequest.Method, HTTPFields, HTTPResponse.Status)] = [
                ("/healthz", .get, [:], .ok), ("/api/v1/accelerators", .get, [.ifNoneMatch: etag], .notModified),
                ("/api/v1/accelerators/amd/mi30", .get, [:], .notFound), ("/api/v1/fit", .delete, [:], .methodNotAllowed),
                ("/api/v1/fit", .options, [.origin: "https://example.org", .accessControlRequestMethod: "POST"], .noContent),
                ("/api/v1/models", .head, [:], .ok),
            ]
            for (uri, method, headers, status) in requests {
                try await client.execute(uri: uri, method: method, headers: headers) { response in
                    #expect(response.status == status, "\(method) \(uri)")
                    #expect(response.headers[.contentSecurityPolicy] == PageRouteTests.csp, "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                    for name in names { #expect(response.headers[values: name].count == 1, "\(method) \(uri) \(name)") }
                }
            }
        }
    }

    /// HEAD wherever GET is answered (RFC 9110 §9.3.2): GET's status and headers, the
    /// Content-Length of GET's body included, and no body; on an API route, a page and an
    /// unknown id alike.
    @Test func headAnswersWhatGetWouldWithoutTheBody() async throws {
        try await ServerHarness.withClient { client in
            for uri in ["/api/v1/accelerators", "/api/v1/accelerators/amd/mi300x", "/healthz", "/models"] {
                let get = try await client.execute(uri: uri, method: .get)
                try await client.execute(uri: uri, method: .head) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.body.readableBytes == 0, "\(uri)")
                    #expect(response.headers[.eTag] == get.headers[.eTag], "\(uri)")
                    #expect(response.headers[.contentType] == get.headers[.contentType], "\(uri)")
                }
            }
            try await client.execute(uri: "/api/v1/accelerators/amd/mi30", method: .head) { response in
                #expect(response.status == .notFound)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test func wrongMethodIs405WithAllow() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/api/v1/accelerators", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD, OPTIONS")
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == "method_not_allowed")
            }
            try await client.execute(uri: "/no/such/route", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func corsForAnyOriginAndPreflight() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/api/v1/specs", method: .get, headers: [.origin: "https://example.org"]) { response in
                #expect(response.headers[.accessControlAllowOrigin] == "*")
                #expect(response.headers[.accessControlAllowCredentials] == nil)
            }
            try await client.execute(
                uri: "/api/v1/fit", method: .options,
                headers: [.origin: "https://example.org", .accessControlRequestMethod: "POST"]
            ) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.accessControlAllowOrigin] == "*")
                #expect(response.headers[.accessControlAllowMethods]?.contains("POST") == true)
            }
        }
    }

    @Test func unknownAndBadParametersAre400() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/api/v1/accelerators?form_factor=oam", method: .get) { response in
                #expect(response.status == .badRequest)
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["parameter"] as? String == "form_factor")
                #expect((error["message"] as? String)?.contains("form-factor") == true)
            }
            try await client.execute(uri: "/api/v1/fit?model=meta-llama/llama-3.1-70b&batch=zero", method: .get) { response in
                #expect(response.status == .badRequest)
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == "invalid_parameter")
                #expect(error["parameter"] as? String == "batch")
                #expect(
                    error["message"] as? String
                        == "--batch: 'zero' is not a count; it must be between 1 and 2,147,483,647 sequences, or max")
            }
            try await client.execute(uri: "/api/v1/fit?model=meta-llama/llama-3.1-70b&modules=two", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/fit?batch=1", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func acceleratorFiltersAndSearch() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/api/v1/accelerators?vendor=amd&form-factor=oam", method: .get) { response in
                #expect(response.status == .ok)
                let list = try #require(
                    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [[String: Any]])
                #expect(!list.isEmpty)
                #expect(list.allSatisfy { ($0["id"] as? String)?.hasPrefix("amd/") == true })
            }
            try await client.execute(uri: "/api/v1/accelerators?q=MI%20300", method: .get) { response in
                let list = try #require(
                    try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [[String: Any]])
                let ids = list.compactMap { $0["id"] as? String }
                #expect(ids.contains("amd/mi300x"))
                #expect(ids.allSatisfy { $0.contains("mi300") })
            }
            try await client.execute(uri: "/api/v1/accelerators?spec=ocp-oam-2.1", method: .get) { response in
                #expect(response.status == .notFound)
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect((error["suggestions"] as? [String])?.contains("ocp-oam-2.0") == true)
            }
        }
    }

    @Test func concurrencyBoundAnswers503WithRetryAfterButNotHealth() async throws {
        var limits = ServerLimits()
        limits.maxConcurrentRequests = 0
        try await ServerHarness.withClient(limits: limits) { client in
            try await client.execute(uri: "/api/v1/specs", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "1")
                let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                #expect(error["code"] as? String == "overloaded")
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
