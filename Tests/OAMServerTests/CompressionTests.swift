import CompressNIO
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import OAMServer

/// Response compression: every compressed body decompresses to exactly the identity body,
/// each coding has its own entity tag, and 304 works per variant.
@Suite struct CompressionTests {
    /// The identity and the `coding` answers of one GET, the second decompressed.
    private func bothBodies(_ uri: String, coding: ContentCoding, client: some TestClientProtocol) async throws
        -> (identity: String, decoded: String, encoding: String?, vary: String?)
    {
        let identity = try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok)
            #expect(response.headers[.contentEncoding] == nil)
            return String(buffer: response.body)
        }
        return try await client.execute(uri: uri, method: .get, headers: [.acceptEncoding: coding.rawValue]) { response in
            #expect(response.status == .ok)
            var body = response.body
            #expect(body.readableBytes < identity.utf8.count)
            let decoded = try body.decompress(with: coding == .gzip ? .gzip() : .zlib())
            return (identity, String(buffer: decoded), response.headers[.contentEncoding], response.headers[.vary])
        }
    }

    @Test(arguments: [
        "/api/v1/accelerators", "/api/v1/accelerators/amd/mi300x", "/api/v1/models", "/openapi.json",
        "/api/v1/accelerators?vendor=amd", "/api/v1/fit?model=meta-llama/llama-3.1-70b&chip=amd/mi300x&batch=32",
        "/", "/models",
    ])
    func gzipAndDeflateDecompressToTheIdentityBody(uri: String) async throws {
        try await ServerHarness.withClient { client in
            for coding in ContentCoding.allCases {
                let answer = try await bothBodies(uri, coding: coding, client: client)
                #expect(answer.encoding == coding.rawValue, "\(uri)")
                #expect(answer.vary?.contains("Accept-Encoding") == true, "\(uri)")
                #expect(answer.decoded == answer.identity, "\(uri) \(coding)")
            }
        }
    }

    @Test func eachCodingHasItsOwnEntityTagAnd304() async throws {
        try await ServerHarness.withClient { client in
            let identityTag = try await client.execute(uri: "/api/v1/accelerators", method: .get) { response in
                try #require(response.headers[.eTag])
            }
            let gzipTag = try await client.execute(uri: "/api/v1/accelerators", method: .get, headers: [.acceptEncoding: "gzip"])
            {
                response in try #require(response.headers[.eTag])
            }
            #expect(gzipTag == String(identityTag.dropLast()) + "-gzip\"")
            // The gzip variant's tag revalidates the gzip variant.
            try await client.execute(
                uri: "/api/v1/accelerators", method: .get, headers: [.acceptEncoding: "gzip", .ifNoneMatch: gzipTag]
            ) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.eTag] == gzipTag)
                #expect(response.headers[.vary] == "Accept-Encoding")
            }
            // The identity tag does not: the client asking for gzip would get other bytes.
            try await client.execute(
                uri: "/api/v1/accelerators", method: .get, headers: [.acceptEncoding: "gzip", .ifNoneMatch: identityTag]
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentEncoding] == "gzip")
            }
            // And a client without Accept-Encoding revalidates with the identity tag.
            try await client.execute(uri: "/api/v1/accelerators", method: .get, headers: [.ifNoneMatch: identityTag]) {
                response in #expect(response.status == .notModified)
            }
        }
    }

    @Test func smallBodiesAndRefusedCodingsStayIdentity() async throws {
        try await ServerHarness.withClient { client in
            // /healthz is well under BodyCompression.minimumBytes (1,024).
            try await client.execute(uri: "/healthz", method: .get, headers: [.acceptEncoding: "gzip"]) { response in
                #expect(response.body.readableBytes < BodyCompression.minimumBytes)
                #expect(response.headers[.contentEncoding] == nil)
                #expect(response.headers[.vary] == nil)
            }
            for refusal in ["gzip;q=0, deflate;q=0", "identity", "br", "", "gzip;q=0.5, identity;q=1"] {
                try await client.execute(uri: "/api/v1/models", method: .get, headers: [.acceptEncoding: refusal]) { response in
                    #expect(response.headers[.contentEncoding] == nil, "\(refusal)")
                    #expect(response.headers[.vary] == "Accept-Encoding", "\(refusal)")
                    #expect((try? ServerHarness.canonical(String(buffer: response.body))) != nil, "\(refusal)")
                }
            }
        }
    }

    @Test func negotiationFollowsQualityValues() {
        #expect(ContentCoding.negotiate(nil) == nil)
        #expect(ContentCoding.negotiate("") == nil)
        #expect(ContentCoding.negotiate("gzip") == .gzip)
        #expect(ContentCoding.negotiate("GZIP") == .gzip)
        #expect(ContentCoding.negotiate("x-gzip") == .gzip)
        #expect(ContentCoding.negotiate("deflate") == .deflate)
        // Browsers: equal weights, gzip first.
        #expect(ContentCoding.negotiate("deflate, gzip, br, zstd") == .gzip)
        #expect(ContentCoding.negotiate("gzip;q=0.4, deflate;q=0.8") == .deflate)
        #expect(ContentCoding.negotiate("gzip;q=0, deflate") == .deflate)
        #expect(ContentCoding.negotiate("*") == .gzip)
        #expect(ContentCoding.negotiate("*;q=0.5, gzip;q=0") == .deflate)
        // Identity preferred over every coding.
        #expect(ContentCoding.negotiate("gzip;q=0.5, identity") == nil)
        #expect(ContentCoding.negotiate("gzip;q=0.5, *;q=0.1") == .gzip)
        // A malformed q-value makes that element count for nothing, not for 1.
        #expect(ContentCoding.negotiate("gzip;q=2") == nil)
        #expect(ContentCoding.negotiate("gzip;q=abc, deflate;q=0.1") == .deflate)
        #expect(ContentCoding.deflate.entityTag("\"0123456789abcdef\"") == "\"0123456789abcdef-deflate\"")
    }

    @Test func onlyTextTypesAreCompressed() {
        #expect(BodyCompression.isCompressible(contentType: "application/json"))
        #expect(BodyCompression.isCompressible(contentType: "text/html; charset=utf-8"))
        #expect(BodyCompression.isCompressible(contentType: "application/sarif+json"))
        #expect(BodyCompression.isCompressible(contentType: "image/svg+xml"))
        #expect(!BodyCompression.isCompressible(contentType: "image/png"))
        #expect(!BodyCompression.isCompressible(contentType: "application/gzip"))
        #expect(!BodyCompression.isCompressible(contentType: nil))
        #expect(!BodyCompression.applies(contentType: "application/json", length: BodyCompression.minimumBytes - 1))
        #expect(BodyCompression.applies(contentType: "application/json", length: BodyCompression.minimumBytes))
    }
}
