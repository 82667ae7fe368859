import Foundation
import OAMTestSupport
import Testing

/// Counts outside what the solver handles are usage errors that state the allowed range,
/// not a clamped answer to a question the user did not ask.
@Suite struct FitRangeEndToEndTests {
    static let base = ["fit", "llama-3.1-8b", "--chip", "mi300x"]

    @Test(arguments: [
        (["--batch", "99999999999"], "--batch must be between 1 and 2,147,483,647 sequences, or max; found 99999999999"),
        (["--batch", "0"], "--batch must be between 1 and 2,147,483,647 sequences, or max; found 0"),
        (["--batch", "lots"], "--batch: 'lots' is not a count; it must be between 1 and 2,147,483,647 sequences, or max"),
        (["--max-sequences", "3000000000", "--batch", "max"], "--max-sequences must be between 1 and 2,147,483,647 sequences"),
        (
            ["--train", "--tokens", "1T", "--sequence-length", "500000000"],
            "--sequence-length must be between 1 and 100,000,000 tokens; found 500000000"
        ),
        (["--train", "--tokens", "1T", "--micro-batch", "2000000"], "--micro-batch must be between 1 and 1,048,576 sequences"),
    ])
    func outOfRangeCountsAreUsageErrors(flags: [String], message: String) throws {
        let result = try OAMProcess.run(Self.base + flags)
        #expect(result.status == 64, "\(flags): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func theBoundsThemselvesAreAccepted() throws {
        let batch = try OAMProcess.run(Self.base + ["--batch", "2147483647"])
        #expect(batch.status == 0 || batch.status == 1, "\(batch.stderr)")
        let training = try OAMProcess.run(Self.base + ["--train", "--tokens", "1T", "--sequence-length", "100M"])
        #expect(training.status == 0 || training.status == 1, "\(training.stderr)")
    }
}
