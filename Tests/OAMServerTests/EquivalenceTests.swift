import Foundation
import Hummingbird
import HummingbirdTesting
import OAMTestSupport
import Testing

/// Same question, same answer: each API response equals, as a JSON value, what the `oam`
/// binary prints for the same question with `--format json`, errors included.
@Suite struct EquivalenceTests {
    /// (CLI arguments after `oam fit`, API query string, expected HTTP status, CLI exit code).
    static let fitQueries: [(cli: [String], query: String, status: HTTPResponse.Status, exit: Int32)] = [
        (["meta-llama/llama-3.1-70b", "--batch", "32"], "model=meta-llama/llama-3.1-70b&batch=32", .ok, 0),
        (["meta-llama/llama-3.1-8b", "--batch", "max"], "model=meta-llama/llama-3.1-8b&batch=max", .ok, 0),
        (
            ["meta-llama/llama-3.1-70b", "--chip", "amd/mi300x", "--chip", "nvidia/h100-sxm", "--weights", "fp8"],
            "model=meta-llama/llama-3.1-70b&chip=amd/mi300x&chip=nvidia/h100-sxm&weights=fp8", .ok, 0
        ),
        (
            ["meta-llama/llama-3.1-70b", "--train", "--tokens", "15T", "--chip", "amd/mi300x"],
            "model=meta-llama/llama-3.1-70b&train=true&tokens=15T&chip=amd/mi300x", .ok, 0
        ),
        (
            ["meta-llama/llama-3.1-405b", "--input-tokens", "8k", "--output-tokens", "512", "--chip", "amd/mi325x"],
            "model=meta-llama/llama-3.1-405b&input-tokens=8k&output-tokens=512&chip=amd/mi325x", .ok, 0
        ),
        (
            ["meta-llama/llama-3.1-70b", "--modules", "8", "--explain", "--chip", "nvidia/h100-sxm", "--alternatives", "2"],
            "model=meta-llama/llama-3.1-70b&modules=8&explain=true&chip=nvidia/h100-sxm&alternatives=2", .ok, 0
        ),
        (
            ["meta-llama/llama-3.1-70b", "--no-adapters", "--strict-precision", "--kv", "fp8", "--chip", "huawei/ascend-910c"],
            "model=meta-llama/llama-3.1-70b&no-adapters=true&strict-precision=true&kv=fp8&chip=huawei/ascend-910c", .ok, 0
        ),
        (
            [
                "meta-llama/llama-3.1-8b", "--chip", "iluvatar/mr-v100", "--chip", "nvidia/h100-sxm", "--assume",
                "bf16=2x:fp16,bandwidth=1.5 TB/s", "--assume", "tdp=150 W", "--explain",
            ],
            "model=meta-llama/llama-3.1-8b&chip=iluvatar/mr-v100&chip=nvidia/h100-sxm&assume=bf16%3D2x%3Afp16%2Cbandwidth%3D1.5%20TB%2Fs&assume=tdp%3D150%20W&explain=true",
            .ok, 0
        ),
        (["no-such-model"], "model=no-such-model", .notFound, 2),
        (["llama-3.1-7b"], "model=llama-3.1-7b", .notFound, 2),
        (["meta-llama/llama-3.1-70b", "--chip", "amd/mi301x"], "model=meta-llama/llama-3.1-70b&chip=amd/mi301x", .notFound, 2),
        (["meta-llama/llama-3.1-70b", "--batch", "zero"], "model=meta-llama/llama-3.1-70b&batch=zero", .badRequest, 64),
        (
            ["meta-llama/llama-3.1-70b", "--train", "--tokens", "1T", "--batch", "4"],
            "model=meta-llama/llama-3.1-70b&train=true&tokens=1T&batch=4", .badRequest, 64
        ),
        (["meta-llama/llama-3.1-70b", "--tokens", "1T"], "model=meta-llama/llama-3.1-70b&tokens=1T", .badRequest, 64),
        (
            ["meta-llama/llama-3.1-70b", "--assume", "int8=2x:fp16,int8=1 POPS"],
            "model=meta-llama/llama-3.1-70b&assume=int8%3D2x%3Afp16%2Cint8%3D1%20POPS", .badRequest, 64
        ),
    ]

    @Test func fitAnswersEqualTheCommandLine() async throws {
        try await ServerHarness.withClient { client in
            for (cli, query, status, exit) in Self.fitQueries {
                let run = try OAMProcess.run(["fit"] + cli + ["--format", "json", "--registry", Fixtures.registry])
                let fitsSomewhere = run.status == 1
                #expect(
                    run.status == exit || (exit == 0 && fitsSomewhere), "oam fit \(cli.joined(separator: " ")): \(run.stderr)")
                try await client.execute(uri: "/api/v1/fit?\(query)", method: .get) { response in
                    #expect(response.status == status, "\(query)")
                    let api = try ServerHarness.canonical(String(buffer: response.body))
                    let cli = try ServerHarness.canonical(run.stdout)
                    #expect(api == cli, "\(query)")
                }
            }
        }
    }

    @Test func listAndShowAnswersEqualTheCommandLine() async throws {
        var pairs: [(cli: [String], uri: String)] = [
            (["list", "accelerators"], "/api/v1/accelerators"),
            (["list", "models"], "/api/v1/models"),
            (["list", "specs"], "/api/v1/specs"),
            (["list", "accelerators", "--vendor", "amd", "--precision", "fp8"], "/api/v1/accelerators?vendor=amd&precision=fp8"),
            (["list", "accelerators", "--min-memory", "192GB"], "/api/v1/accelerators?min-memory=192GB"),
            (["list", "accelerators", "--spec", "ocp-oam-2.0"], "/api/v1/accelerators?spec=ocp-oam-2.0"),
            (["list", "accelerators", "--search", "ascend"], "/api/v1/accelerators?q=ascend"),
        ]
        let accelerators = try Self.ids("accelerators")
        #expect(accelerators.count > 10)
        for id in accelerators { pairs.append((["show", id], "/api/v1/accelerators/\(id)")) }
        for id in try Self.ids("models") { pairs.append((["show", id], "/api/v1/models/\(id)")) }
        for id in try Self.ids("specs") { pairs.append((["show", id], "/api/v1/specs/\(id)")) }
        let expected = try pairs.map { pair in
            let run = try OAMProcess.run(pair.cli + ["--format", "json", "--registry", Fixtures.registry])
            #expect(run.status == 0, "oam \(pair.cli.joined(separator: " ")): \(run.stderr)")
            return try ServerHarness.canonical(run.stdout)
        }
        let checks = Array(zip(pairs.map(\.uri), expected))
        try await ServerHarness.withClient { client in
            for (uri, cli) in checks {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let api = try ServerHarness.canonical(String(buffer: response.body))
                    #expect(api == cli, "\(uri)")
                }
            }
        }
    }

    /// Every id of one kind, from the CLI's own list.
    static func ids(_ kind: String) throws -> [String] {
        let run = try OAMProcess.run(["list", kind, "--format", "json", "--registry", Fixtures.registry])
        let list = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        return list.compactMap { $0["id"] as? String }
    }

}
