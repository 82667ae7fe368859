import Foundation
import Hummingbird
import HummingbirdTesting
import OAMServer
import Testing

/// The pages through the router: status, content type, key elements, security headers,
/// language choice and escaping of what the request echoes.
@Suite struct PageRouteTests {
    static let csp =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"

    static func expectPageHeaders(_ response: TestResponse) {
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        #expect(response.headers[.contentSecurityPolicy] == csp)
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
        #expect(response.headers[HTTPFields.Element.Name("Referrer-Policy")!] == "no-referrer")
        // Appended once per response, never twice (a handler setting one would duplicate it).
        for name in [
            HTTPFields.Element.Name.contentSecurityPolicy, .xContentTypeOptions, HTTPFields.Element.Name("Referrer-Policy")!,
        ] {
            #expect(response.headers[values: name].count == 1, "\(name)")
        }
    }

    @Test func everyPageAnswersHTMLWithSecurityHeaders() async throws {
        let pages: [(String, String)] = [
            ("/", "<h1>Accelerator catalog</h1>"),
            ("/?vendor=huawei&precision=fp16&sort=memory", "<option value=\"huawei\" selected=\"selected\">"),
            ("/accelerators/amd/mi300x", "<title id=\"roofline-title\">Roofline of AMD Instinct MI300X</title>"),
            ("/models", "<h1>Models</h1>"),
            ("/models/meta-llama/llama-3.1-70b", "<td>163840</td>"),
            ("/specs", "<h1>Module specs</h1>"),
            ("/specs/ocp-oam-1.5", "<code>ocp-oam-1.5</code>"),
            ("/compare?ids=amd/mi300x,h100", "<title id=\"chart-0-title\">Memory</title>"),
            ("/fit", "<form method=\"get\" action=\"/fit\">"),
            (
                "/fit?model=meta-llama/llama-3.1-70b&batch=32&chip=amd/mi300x&chip=h100",
                "<caption>Modules ranked by the solver</caption>"
            ),
        ]
        try await ServerHarness.withClient { client in
            for (uri, element) in pages {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    Self.expectPageHeaders(response)
                    #expect(String(buffer: response.body).contains(element), "\(uri)")
                }
            }
        }
    }

    @Test func languageFromQueryThenAcceptLanguage() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/?lang=zh", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("<html lang=\"zh-Hans\">"))
                #expect(body.contains("href=\"/accelerators/amd/mi300x?lang=zh\""))
            }
            try await client.execute(uri: "/models", method: .get, headers: [.acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8"]) {
                response in
                #expect(String(buffer: response.body).contains("<html lang=\"zh-Hans\">"))
            }
            try await client.execute(uri: "/models?lang=en", method: .get, headers: [.acceptLanguage: "zh-CN"]) { response in
                #expect(String(buffer: response.body).contains("<html lang=\"en\">"))
            }
        }
    }

    /// A failed question is an HTML page with the API's status and message.
    @Test func errorsArePagesWithTheAPIStatus() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/accelerators/amd/mi300", method: .get) { response in
                #expect(response.status == .notFound)
                Self.expectPageHeaders(response)
                #expect(String(buffer: response.body).contains("<a href=\"/accelerators/amd/mi300x\">amd/mi300x</a>"))
            }
            try await client.execute(uri: "/?precision=fp7", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("--precision must be one of"))
            }
            try await client.execute(uri: "/compare?ids=amd/mi300x,amd/nope", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/fit?model=nope/none", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
            try await client.execute(uri: "/?vendr=amd", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("unknown parameter &#39;vendr&#39;"))
            }
        }
    }

    @Test func echoedQueryValuesAreEscaped() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(!body.contains("<script"))
                #expect(body.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""))
            }
            try await client.execute(uri: "/accelerators/%3Cscript%3E/x", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(!String(buffer: response.body).contains("<script"))
            }
        }
    }

    /// The favicon and stylesheet come from the binary, so a page loads nothing from elsewhere.
    @Test func assetsAreServed() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/favicon.svg", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/svg+xml")
                #expect(String(buffer: response.body).hasPrefix("<svg"))
            }
            try await client.execute(uri: "/assets/oam.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(response.headers[.contentSecurityPolicy] != nil)
            }
        }
    }
}
