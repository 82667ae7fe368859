import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import OAMServer

/// Pages are cached as the API's bodies are (entity tag, `Cache-Control: no-cache`, 304 on
/// `If-None-Match`), and a path no page answers is an HTML page in the request's language
/// with did-you-mean links, while the API's paths keep answering JSON.
@Suite struct PageCachingAndNotFoundTests {
    @Test func pagesHaveEntityTagsAndAnswer304() async throws {
        try await ServerHarness.withClient { client in
            var tags: [String: String] = [:]
            for uri in [
                "/accelerators/amd/mi300x", "/accelerators/amd/mi300x?lang=zh", "/?vendor=amd", "/?vendor=nvidia", "/models",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.cacheControl] == "no-cache", "\(uri)")
                    tags[uri] = try #require(response.headers[.eTag], "\(uri)")
                }
            }
            // The language and the question are part of the tag.
            #expect(Set(tags.values).count == tags.count)
            for (uri, tag) in tags {
                try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: tag]) { response in
                    #expect(response.status == .notModified, "\(uri)")
                    #expect(response.body.readableBytes == 0)
                    #expect(response.headers[.eTag] == tag)
                }
                // Asked again without the condition: the same bytes, so the same tag.
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.headers[.eTag] == tag, "\(uri)")
                }
            }
            try await client.execute(uri: "/models", method: .get, headers: [.ifNoneMatch: "\"0000000000000000\""]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    /// A page is rendered once per revision; a new revision empties the cache; a render that
    /// fails keeps nothing; when full, the least recently asked page makes room.
    @Test func pageCacheKeepsRenderedPagesPerRevision() {
        enum Refused: Error { case refused }
        let cache = PageCache(limit: 2)
        var renders = 0
        func render(_ text: String) -> RenderedBody {
            renders += 1
            return RenderedBody(text, contentType: "text/html; charset=utf-8")
        }
        #expect(cache.page(revision: "r1", key: "en /a") { render("a") }.etag == RenderedBody("a").etag)
        #expect(cache.page(revision: "r1", key: "en /a") { render("a2") }.etag == RenderedBody("a").etag)
        #expect(renders == 1)
        #expect(throws: Refused.self) {
            try cache.page(revision: "r1", key: "en /b") { () throws(Refused) -> RenderedBody in throw .refused }
        }
        #expect(cache.count == 1)
        _ = cache.page(revision: "r1", key: "zh /a") { render("a-zh") }
        // "en /a" was asked for after "zh /a" was kept: "zh /a" is the one to go.
        _ = cache.page(revision: "r1", key: "en /a") { render("unused") }
        _ = cache.page(revision: "r1", key: "en /c") { render("c") }
        #expect(cache.count == 2)
        #expect(cache.contains("en /a") && cache.contains("en /c") && !cache.contains("zh /a"))
        #expect(renders == 3)
        #expect(cache.page(revision: "r2", key: "en /a") { render("a-new") }.etag == RenderedBody("a-new").etag)
        #expect(cache.count == 1)
        #expect(renders == 4)
    }

    /// Cache keys spell each part with its length: requests whose parts join to the same
    /// text still have different keys.
    @Test func cacheKeysOfDifferentQuestionsDiffer() {
        typealias Routes = PageRoutes<BasicRequestContext>
        #expect(Routes.cacheKey(["en", "/", "vendor", "amd"]) == "2:en1:/6:vendor3:amd")
        #expect(Routes.cacheKey(["en", "/", "a", "1\nb=2"]) != Routes.cacheKey(["en", "/", "a", "1", "b", "2"]))
        #expect(Routes.cacheKey(["en", "/", "ab", "c"]) != Routes.cacheKey(["en", "/", "a", "bc"]))
    }

    /// A catalog filter or a comparison is rendered once and then answered from the question
    /// cache: the same bytes and tag each time, one page kept per question (and per
    /// language), none for a page named by its path alone, and a different question is a
    /// different page.
    @Test func questionsWithoutTheSolverAreKept() async throws {
        let cache = PageCache(limit: 1024)
        let questions = PageCache(limit: 256)
        let router = Router()
        PageRoutes(
            store: ServerHarness.store, timeBound: TimeBound(seconds: 30), body: BodyReader(seconds: 30), cache: cache,
            questionCache: questions
        )
        .register(on: router)
        try await Application(router: router).test(.router) { client in
            for uri in ["/?vendor=amd&sort=memory", "/compare?ids=amd/mi300x,nvidia/h100-sxm&lang=zh"] {
                var first: (tag: String?, body: String)?
                for _ in 0..<3 {
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect(response.status == .ok, "\(uri)")
                        let answer = (response.headers[.eTag], String(buffer: response.body))
                        if let first { #expect(answer.0 == first.tag && answer.1 == first.body, "\(uri)") }
                        first = first ?? answer
                    }
                }
            }
            #expect(questions.count == 2 && cache.count == 0)
            try await client.execute(uri: "/?vendor=nvidia&sort=memory", method: .get) { response in
                #expect(String(buffer: response.body).contains("/accelerators/nvidia/"))
                #expect(!String(buffer: response.body).contains("href=\"/accelerators/amd/"))
            }
            _ = try await client.execute(uri: "/?vendor=nvidia&sort=memory&lang=zh", method: .get)
            _ = try await client.execute(uri: "/accelerators/amd/mi300x", method: .get)
            #expect(questions.count == 4 && cache.count == 1)
        }
    }

    @Test func unknownPathsArePagesInTheirLanguage() async throws {
        try await ServerHarness.withClient { client in
            try await client.execute(uri: "/nope", method: .get) { response in
                #expect(response.status == .notFound)
                PageRouteTests.expectPageHeaders(response)
                #expect(response.headers[.cacheControl] == "no-store")
                let html = String(buffer: response.body)
                #expect(html.contains("<h1>Page not found</h1>"))
                #expect(html.contains("There is no page at /nope."))
            }
            try await client.execute(uri: "/nope?lang=zh", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("/nope 处没有页面。"))
            }
            try await client.execute(uri: "/nope", method: .get, headers: [.acceptLanguage: "zh-CN"]) { response in
                #expect(String(buffer: response.body).contains("<html lang=\"zh-Hans\">"))
            }
            // A page path mistyped, and a name one segment short of a module page.
            try await client.execute(uri: "/model", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("<li><a href=\"/models\">/models</a></li>"))
            }
            try await client.execute(uri: "/accelerators/mi300x?lang=zh", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(
                    String(buffer: response.body).contains(
                        "<li><a href=\"/accelerators/amd/mi300x?lang=zh\">amd/mi300x</a></li>"))
            }
            try await client.execute(uri: "/models/llama-3.1-70b/x/y", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
            // An unknown module under the module route: the API's did-you-mean, as a page.
            try await client.execute(uri: "/accelerators/amd/mi300", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("<a href=\"/accelerators/amd/mi300x\">amd/mi300x</a>"))
            }
            // A page path with a method it does not take: 405 with Allow, as a page.
            try await client.execute(uri: "/models", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD")
                PageRouteTests.expectPageHeaders(response)
                #expect(String(buffer: response.body).contains("POST is not allowed on /models; allowed: GET, HEAD"))
            }
        }
    }

    @Test func apiPathsKeepJSONErrors() async throws {
        try await ServerHarness.withClient { client in
            for uri in ["/api/v1/nope", "/api/nope", "/api"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.headers[.contentType] == "application/json", "\(uri)")
                    let error = try #require(try ServerHarness.object(response.body)["error"] as? [String: Any])
                    #expect(error["code"] as? String == "not_found")
                }
            }
            try await client.execute(uri: "/api/v1/models", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.contentType] == "application/json")
            }
        }
    }
}
