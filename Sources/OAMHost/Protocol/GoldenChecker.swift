import OAMAdapterAPI
import OAMCore

/// The outcome of one golden example against one adapter.
public struct GoldenResult: Sendable {
    public var example: GoldenExample
    /// What did not match, or why there was no answer; empty when the example passed.
    public var problems: [String]

    public var passed: Bool { problems.isEmpty }
}

/// Runs golden examples against an adapter endpoint, in-tree or out-of-tree alike.
public enum GoldenChecker {
    /// Seconds `oam adapter check` spends on one adapter's examples in all: an adapter
    /// that describes thousands of examples, each answered just inside the per-request
    /// timeout, would otherwise hold a CI job for hours.
    public static let overallLimit = 120.0

    /// Sends each example (modules filled in by `resolver`) and compares the response's
    /// `result` with the example's expectation. Examples not started within `limit`
    /// seconds fail as not run, so the whole check takes at most `limit` plus one
    /// request's timeout.
    public static func run(
        _ examples: [GoldenExample], against endpoint: any AdapterEndpoint, resolver: ModuleResolver, vendors: [String],
        limit: Double = overallLimit
    ) -> [GoldenResult] {
        let deadline = BoundedProcess.now() + limit
        return examples.map { example in
            guard BoundedProcess.now() < deadline else {
                return GoldenResult(
                    example: example,
                    problems: ["not run: the check's overall limit of \(NumberText.plain(limit)) s was reached"])
            }
            let request: AdapterRequest
            do {
                request = try resolver.request(for: example, vendors: vendors)
            } catch {
                return GoldenResult(example: example, problems: ["cannot build the request: \(error)"])
            }
            switch endpoint.send(request) {
            case .failure(let problem):
                return GoldenResult(example: example, problems: ["\(problem)"])
            case .success(let response):
                if let failure = response.error {
                    return GoldenResult(
                        example: example, problems: ["the adapter answered with an error: \(failure.code): \(failure.message)"])
                }
                guard let actual = try? JSONFragment(encoding: response.result) else {
                    return GoldenResult(example: example, problems: ["the result could not be re-encoded"])
                }
                return GoldenResult(
                    example: example,
                    problems: JSONContainment.mismatches(actual: actual, expected: example.expect, path: "result"))
            }
        }
    }
}
