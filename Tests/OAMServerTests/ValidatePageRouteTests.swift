import Foundation
import Hummingbird
import HummingbirdTesting
import OAMServer
import Testing

/// `/validate` through the router: the form (GET), and a posted form (as a browser without
/// script sends it) answered with the findings of the API's check, the offending lines
/// marked in the escaped source.
@Suite struct ValidatePageRouteTests {
    /// `application/x-www-form-urlencoded` as a browser writes it.
    static func form(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return fields.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }

    static func post(
        _ client: some TestClientProtocol, uri: String = "/validate", _ fields: [(String, String)],
        _ check: @escaping @Sendable (TestResponse) async throws -> Void
    ) async throws {
        try await client.execute(
            uri: uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: form(fields)), testCallback: check)
    }

    @Test func formAndFindings() async throws {
        let source = "kind: accelerator\nid: acme/x1\nname: X1 <script>alert(1)</script>\nvendor: acme\npower:\n  tdp: 5 TB\n"
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/validate", method: .get) { response in
                #expect(response.status == .ok)
                PageRouteTests.expectPageHeaders(response)
                let body = String(buffer: response.body)
                #expect(body.contains("<form method=\"post\" action=\"/validate\""))
                #expect(body.contains("<textarea name=\"descriptor\""))
                #expect(!body.contains("<table"))
            }
            try await Self.post(client, [("path", "accelerators/acme/x1.yaml"), ("descriptor", source)]) { response in
                #expect(response.status == .ok)
                PageRouteTests.expectPageHeaders(response)
                let body = String(buffer: response.body)
                #expect(body.contains("<a href=\"#L6\">accelerators/acme/x1.yaml:6:"))
                #expect(body.contains("<span id=\"L6\">6</span></th><td><mark><code>  tdp: 5 TB</code></mark>"))
                #expect(body.contains("X1 &lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!body.contains("<script>alert"))
                #expect(body.contains("value=\"accelerators/acme/x1.yaml\""))
            }
        }
    }

    @Test func chineseWithoutPathNamesTheSkippedRules() async throws {
        try await ServerHarness.withClient { client in
            try await Self.post(client, uri: "/validate?lang=zh", [("descriptor", "kind: model\nid: acme/tiny\n"), ("path", "")])
            {
                response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(body.contains("<html lang=\"zh"))
                #expect(body.contains("跳过了检查文件位置的规则：path-matches-id"))
                #expect(body.contains("action=\"/validate?lang=zh\""))
            }
        }
    }

    @Test func refusedInputKeepsTheForm() async throws {
        try await ServerHarness.withClient { client in
            // A path outside the registry: 400, the message, the pasted text kept.
            try await Self.post(client, [("path", "../x1.yaml"), ("descriptor", "kind: model\n")]) { response in
                #expect(response.status == .badRequest)
                let body = String(buffer: response.body)
                #expect(body.contains("<p role=\"alert\">path &#39;../x1.yaml&#39; leaves the registry folder"))
                #expect(body.contains(">\nkind: model\n</textarea>"))
            }
            // A text the YAML reader refuses: 400, the refusal on its marked line.
            try await Self.post(client, [("descriptor", "kind: model\nid: &x acme/tiny\n")]) { response in
                #expect(response.status == .badRequest)
                let body = String(buffer: response.body)
                #expect(body.contains("cannot be read as YAML"))
                #expect(body.contains("<a href=\"#L2\">descriptor.yaml:2:"))
                #expect(body.contains("[no-anchors]"))
            }
            try await Self.post(client, [("descriptor", "kind: model\n"), ("extra", "1")]) { response in
                #expect(response.status == .badRequest)
            }
        }
    }
}
