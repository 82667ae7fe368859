import Foundation
import OAMTestSupport
import Testing

/// `oam fit` refuses flags it would otherwise accept and ignore: training options without
/// `--train`, serving options with it, and targets that are not finite positive numbers.
@Suite struct FitFlagsEndToEndTests {
    static let base = ["fit", "llama-3.1-8b", "--chip", "mi300x"]

    static func run(_ extra: [String]) throws -> OAMProcess.Result {
        try OAMProcess.run(base + extra)
    }

    @Test(arguments: [
        ["--tokens", "1T"], ["--days", "30"], ["--zero", "2"], ["--optimizer", "sgd"], ["--recompute", "full"],
        ["--mfu", "0.4"], ["--mixed-precision", "fp8"], ["--sequence-length", "8k"], ["--micro-batch", "2"],
    ])
    func trainingFlagsNeedTrain(_ flag: [String]) throws {
        let result = try Self.run(flag)
        #expect(result.status == 64, "\(flag): \(result.stderr)")
        #expect(result.stderr.contains(flag[0]), "\(result.stderr)")
        #expect(result.stderr.contains("--train"), "\(result.stderr)")
    }

    @Test func invalidZeroIsAUsageErrorEvenWithoutTrain() throws {
        for stage in ["4", "9"] {
            let result = try Self.run(["--zero", stage])
            #expect(result.status == 64)
            #expect(result.stderr.contains("--zero must be 0, 1, 2 or 3"), "\(result.stderr)")
        }
        let negative = try Self.run(["--zero=-1", "--train", "--tokens", "1T"])
        #expect(negative.status == 64)
        #expect(negative.stderr.contains("--zero must be"), "\(negative.stderr)")
    }

    @Test(arguments: [
        ["--batch", "8"], ["--max-ttft", "2s"], ["--min-tokens-per-second-per-user", "20"], ["--input-tokens", "2k"],
        ["--output-tokens", "512"], ["--context", "8k"], ["--kv", "fp8"], ["--memory-utilization", "0.8"],
        ["--max-sequences", "64"], ["--weights", "fp8"],
    ])
    func servingFlagsAreRefusedWithTrain(_ flag: [String]) throws {
        let result = try Self.run(["--train", "--tokens", "1T"] + flag)
        #expect(result.status == 64, "\(flag): \(result.stderr)")
        #expect(result.stderr.contains(flag[0]), "\(result.stderr)")
        #expect(result.stderr.contains("--train"), "\(result.stderr)")
    }

    @Test func trainingWithTrainingFlagsRuns() throws {
        let result = try Self.run([
            "--train", "--tokens", "1T", "--zero", "3", "--optimizer", "sgd", "--days", "30", "--mfu", "0.4",
        ])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
    }

    @Test func servingWithServingFlagsRuns() throws {
        let result = try Self.run(["--batch", "4", "--kv", "fp8", "--max-ttft", "2s", "--min-tokens-per-second-per-user", "5"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
    }

    @Test(arguments: ["fp32", "fp4", "int4", "tf32", "fp64", "bogus"])
    func kvAcceptsOnlyWhatItSays(_ precision: String) throws {
        let result = try Self.run(["--kv", precision])
        #expect(result.status == 64, "\(precision): \(result.stderr)")
        #expect(result.stderr.contains("--kv must be checkpoint, bf16, fp16, fp8 or int8"), "\(result.stderr)")
    }

    @Test(arguments: [
        "--max-ttft=0", "--max-ttft=0ms", "--max-ttft=inf", "--max-ttft=nan", "--max-ttft=-1",
        "--min-tokens-per-second-per-user=0", "--min-tokens-per-second-per-user=-5",
        "--min-tokens-per-second-per-user=inf", "--min-tokens-per-second-per-user=nan",
        "--memory-utilization=nan", "--memory-utilization=0",
    ])
    func targetsMustBeFinitePositive(_ flag: String) throws {
        let result = try Self.run([flag])
        #expect(result.status == 64, "\(flag): \(result.stderr)")
        #expect(result.stderr.contains(String(flag.prefix { $0 != "=" })), "\(result.stderr)")
    }

    @Test(arguments: ["--days=nan", "--days=inf", "--days=0", "--mfu=nan", "--mfu=inf"])
    func trainingNumbersMustBeFinitePositive(_ flag: String) throws {
        let result = try Self.run(["--train", "--tokens", "1T", flag])
        #expect(result.status == 64, "\(flag): \(result.stderr)")
    }

    @Test func unknownModelSuggestsIgnoringPunctuationAndOrg() throws {
        let result = try OAMProcess.run(["fit", "llama70b"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean"), "\(result.stderr)")
        #expect(result.stderr.contains("'meta-llama/llama-3.1-70b'"), "\(result.stderr)")
        let contained = try OAMProcess.run(["fit", "qwen3235b"])
        #expect(contained.stderr.contains("'qwen/qwen3-235b-a22b'"), "\(contained.stderr)")
        let nothing = try OAMProcess.run(["fit", "zzzzqqqq"])
        #expect(nothing.status == 2)
        #expect(!nothing.stderr.contains("did you mean"), "\(nothing.stderr)")
    }
}
