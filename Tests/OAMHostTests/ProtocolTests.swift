import OAMAdapterAPI
import OAMHost
import Testing

/// The JSON protocol itself: encoding, version negotiation, errors, containment, versions.
@Suite struct ProtocolTests {
    let amd = InTreeEndpoint(BuiltInAdapters.adapter(id: "amd")!)

    @Test func requestEncodesAsDocumented() throws {
        let request = AdapterRequest(
            method: .capabilities, params: AdapterParams(module: ModuleSource(id: "amd/mi300x"), stack: "ROCm 6.2"),
            host: "oam 0.1.0")
        let json = String(decoding: ProtocolCodec.encode(request), as: UTF8.self)
        #expect(
            json
                == #"{"host":"oam 0.1.0","method":"capabilities","params":{"module":{"id":"amd/mi300x"},"stack":"ROCm 6.2"},"protocol":"oam-adapter","versions":[1]}"#
        )
        #expect(try ProtocolCodec.decode(AdapterRequest.self, from: Array(json.utf8)) == request)
    }

    @Test func unsupportedVersionIsAnErrorResponse() {
        let response = amd.respond(to: AdapterRequest(method: .describe, versions: [2, 3]))
        #expect(response.error?.code == .unsupportedVersion)
        #expect(response.version == 1)
    }

    @Test func newestCommonVersionIsChosen() {
        let response = amd.respond(to: AdapterRequest(method: .describe, versions: [1, 7]))
        #expect(response.version == 1)
        #expect(response.result?.info?.id == "amd")
    }

    @Test func missingModuleIsAnInvalidRequest() {
        let response = amd.respond(to: AdapterRequest(method: .capabilities))
        #expect(response.error?.code == .invalidRequest)
    }

    @Test func brokenDescriptorIsReported() {
        let response = amd.respond(
            to: AdapterRequest(
                method: .validate, params: AdapterParams(module: ModuleSource(path: "x.yaml", source: "kind: model\nid: a/b\n"))))
        #expect(response.error?.code == .invalidDescriptor)
    }

    /// Failure codes decode into `AdapterFailureCode`; a code a newer adapter invents is kept
    /// as sent and encodes back to the same JSON.
    @Test func failureCodesRoundTripIncludingUnknownOnes() throws {
        for (json, code) in [
            (#"{"code":"unknown-module","message":"m"}"#, AdapterFailureCode.unknownModule),
            (#"{"code":"rate-limited","message":"m"}"#, .other("rate-limited")),
        ] {
            let failure = try ProtocolCodec.decode(AdapterFailure.self, from: Array(json.utf8))
            #expect(failure.code == code)
            #expect(String(decoding: ProtocolCodec.encode(failure), as: UTF8.self) == json)
        }
        #expect(AdapterFailureCode(rawValue: "internal") == .internal)
    }

    @Test func containmentSemantics() throws {
        let actual = try JSONFragment(json: #"{"a": [{"x": 1, "y": 2}, {"x": 3}], "b": "t", "c": []}"#)
        #expect(JSONContainment.mismatches(actual: actual, expected: try JSONFragment(json: #"{"a": [{"x": 3}]}"#)).isEmpty)
        #expect(
            JSONContainment.mismatches(actual: actual, expected: try JSONFragment(json: #"{"missing": null, "c": []}"#)).isEmpty)
        #expect(
            !JSONContainment.mismatches(actual: actual, expected: try JSONFragment(json: #"{"a": []}"#)).isEmpty,
            "an empty expected array matches only an empty array")
        #expect(!JSONContainment.mismatches(actual: actual, expected: try JSONFragment(json: #"{"b": "u"}"#)).isEmpty)
        #expect(!JSONContainment.mismatches(actual: actual, expected: try JSONFragment(json: #"{"a": [{"x": 2}]}"#)).isEmpty)
    }

    @Test func stackVersionsOrder() throws {
        func v(_ text: String) throws -> StackVersion { try #require(StackVersion(text)) }
        #expect(try v("ROCm 6.1.0") < v("ROCm 6.2"))
        #expect(try v("ROCm 7.0") == v("ROCm 7.0.0"))
        #expect(try v("CANN 8.0.RC1") < v("CANN 8.0.0"))
        #expect(try v("CANN 8.0.RC2") > v("CANN 8.0.RC1"))
        #expect(try v("vLLM 0.8.4rc1") < v("vLLM 0.8.4"))
        #expect(try v("Intel Gaudi software 1.14.0").name == "Intel Gaudi software")
        #expect(try !v("CUDA 12.4").isSameStack(as: v("ROCm 6.2")))
        #expect(StackVersion("ROCm") == nil)
    }
}
