import Foundation
import Hummingbird
import HummingbirdTesting
import OAMTestSupport
import Testing

/// `POST /fit`: the fit page's paste form (a HuggingFace config.json, its repo id and the
/// workload, url-encoded as a browser posts a form without script) answers what
/// `POST /api/v1/fit` answers for the same config and parameters, and refuses bad input with
/// the API's status and message on a page that keeps what was pasted.
@Suite struct PastedFitPageTests {
    static let config = Fixtures.path("hf-configs/Qwen__Qwen3-8B.json")

    /// A form body as a browser encodes it (`application/x-www-form-urlencoded`).
    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = fields.map { name, value in
            name + "=" + value.addingPercentEncoding(withAllowedCharacters: allowed)!.replacingOccurrences(of: "%20", with: "+")
        }
        return ByteBuffer(string: encoded.joined(separator: "&"))
    }

    static let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test func pastedConfigAnswersWhatTheAPIAnswers() async throws {
        let config = try String(contentsOfFile: Self.config, encoding: .utf8)
        try await ServerHarness.withClient { client in
            var expected: [String: Any] = [:]
            try await client.execute(
                uri: "/api/v1/fit?id=Qwen/Qwen3-8B&chip=amd/mi300x&chip=nvidia/h100-sxm&batch=8", method: .post,
                headers: [.contentType: "application/json"], body: ByteBuffer(string: config)
            ) { response in
                #expect(response.status == .ok)
                expected = try ServerHarness.object(response.body)
            }
            let results = try #require(expected["results"] as? [[String: Any]])
            #expect(results.count == 2)
            let body = Self.form([
                ("id", "Qwen/Qwen3-8B"), ("config", config), ("batch", "8"), ("chip", "amd/mi300x"), ("chip", "nvidia/h100-sxm"),
            ])
            try await client.execute(uri: "/fit", method: .post, headers: Self.formType, body: body) { response in
                #expect(response.status == .ok)
                PageRouteTests.expectPageHeaders(response)
                #expect(response.headers[.cacheControl] == "no-store")
                let html = String(buffer: response.body)
                #expect(html.contains("<h2>Answer for Qwen/Qwen3-8B</h2>"))
                // The ranking rows in the API's order, each with the API's verdict and module count.
                let rows = html.components(separatedBy: "<tbody>")[1].components(separatedBy: "</tbody>")[0]
                    .components(separatedBy: "<tr>").dropFirst()
                #expect(rows.count == results.count)
                for (row, result) in zip(rows, results) {
                    let chip = try #require(result["chip"] as? String)
                    let fits = try #require(result["fits"] as? Bool)
                    #expect(row.contains("href=\"/accelerators/\(chip)\""))
                    #expect(row.contains("<td>\(fits ? "yes" : "no")</td>"))
                    if let modules = result["modules"] as? Int { #expect(row.contains("<td>\(modules)</td>")) }
                }
                // The paste form is shown open and filled, the registry form empty.
                #expect(html.contains("<details open=\"open\">"))
                #expect(html.contains("name=\"id\" value=\"Qwen/Qwen3-8B\""))
                #expect(html.contains("&quot;num_hidden_layers&quot;: 36"))
                // The answer has no URL: the language switch leads to the empty form.
                #expect(html.contains("href=\"/fit?lang=zh\" hreflang=\"zh-Hans\""))
            }
        }
    }

    /// A browser submits every text field of the GET form, the empty ones as `name=`: on the
    /// page they are not given (the API, asked directly, refuses an empty value).
    @Test func emptyFormFieldsAreNotGiven() async throws {
        try await ServerHarness.withClient { client in
            let query =
                "model=meta-llama%2Fllama-3.1-70b&batch=32&input-tokens=&output-tokens=&weights=&kv=&chip=amd%2Fmi300x&stack="
            try await client.execute(uri: "/fit?" + query, method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("<caption>Modules ranked by the solver</caption>"))
            }
            try await client.execute(uri: "/api/v1/fit?" + query, method: .get) { response in
                #expect(response.status == .badRequest)
            }
            let body = Self.form([("id", ""), ("config", "{}"), ("batch", "")])
            try await client.execute(uri: "/fit", method: .post, headers: Self.formType, body: body) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("id is required"))
            }
        }
    }

    @Test func refusalsKeepThePasteAndSayWhy() async throws {
        try await ServerHarness.withClient { client in
            // Malformed JSON: 400 with its line and column, the paste echoed as text.
            let broken = "{\n  \"architectures\": [\"<script>alert(1)</script>\",]\n}"
            try await client.execute(
                uri: "/fit?lang=zh", method: .post, headers: Self.formType, body: Self.form([("id", "a/b"), ("config", broken)])
            ) { response in
                #expect(response.status == .badRequest)
                PageRouteTests.expectPageHeaders(response)
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"zh-Hans\">"))
                // Line 2, column 49: the `]` after the trailing comma.
                #expect(html.contains("<p role=\"alert\">2:49: not valid JSON"))
                #expect(!html.contains("<script"))
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            }
            // No id, an empty config, an unknown field: 400 with the reason.
            let cases: [([(String, String)], String)] = [
                ([("config", "{}")], "id is required"),
                ([("id", "a/b"), ("config", "  \n")], "config is empty"),
                ([("id", "a/b"), ("config", "{}"), ("model", "x")], "unknown parameter &#39;model&#39;"),
            ]
            for (fields, message) in cases {
                try await client.execute(uri: "/fit", method: .post, headers: Self.formType, body: Self.form(fields)) {
                    response in
                    #expect(response.status == .badRequest, "\(fields)")
                    #expect(String(buffer: response.body).contains(message), "\(fields)")
                }
            }
            // Another media type: 415; over the 1 MiB cap: 413; both as pages.
            try await client.execute(
                uri: "/fit", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")
            ) { response in
                #expect(response.status == .unsupportedMediaType)
                PageRouteTests.expectPageHeaders(response)
                #expect(String(buffer: response.body).contains("this route reads application/x-www-form-urlencoded"))
            }
            try await client.execute(
                uri: "/fit", method: .post, headers: Self.formType,
                body: ByteBuffer(repeating: UInt8(ascii: "a"), count: (1 << 20) + 1)
            ) { response in
                #expect(response.status == .contentTooLarge)
                PageRouteTests.expectPageHeaders(response)
                #expect(String(buffer: response.body).contains("request body is over 1048576 bytes"))
            }
        }
    }
}
