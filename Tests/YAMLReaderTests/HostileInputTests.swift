import Foundation
import Testing
import YAMLReader

/// Hostile inputs are refused quickly and cheaply. The time bound here is a guard against
/// a regression to exponential or quadratic behaviour, set 10× above what a debug build
/// takes on a loaded 2-core CI machine; the benchmark, not this test, measures speed.
@Suite struct HostileInputTests {
    /// Parses and returns the error and the seconds it took.
    func refuse(_ bytes: [UInt8]) -> (YAMLError?, Double) {
        let start = DispatchTime.now()
        var caught: YAMLError?
        do { _ = try YAMLReader.parse(bytes) } catch { caught = error }
        return (caught, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
    }

    @Test func aliasBombIsRefusedAtTheFirstAnchor() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1..<20 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let (error, seconds) = refuse(Array(text.utf8))
        #expect(error?.kind == .anchorOrAlias)
        #expect(error?.mark == YAMLMark(line: 1, column: 5))
        #expect(seconds < 1)
    }

    @Test func hundredMegabyteInputIsRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 100 << 20)
        let (error, seconds) = refuse(bytes)
        #expect(error?.kind == .tooLarge)
        #expect(seconds < 1)
    }

    @Test func tenThousandNestedBracketsStopAtTheDepthLimit() {
        let (error, seconds) = refuse(Array(String(repeating: "[", count: 10_000).utf8))
        #expect(error?.kind == .tooDeep)
        #expect(error?.mark == YAMLMark(line: 1, column: 65))
        #expect(seconds < 1)
    }

    @Test func randomBinaryIsRefused() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<50 {
            let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let (error, seconds) = refuse(bytes)
            #expect(error != nil)
            #expect(seconds < 1)
        }
    }

    @Test func hugeFlatMappingStaysLinear() {
        // 150,000 distinct keys: quadratic duplicate detection would take minutes.
        let text = (0..<150_000).map { "k\($0): 1" }.joined(separator: "\n")
        let start = DispatchTime.now()
        var caught: YAMLError?
        do { _ = try YAMLReader.parse(text, limits: YAMLLimits(maxBytes: 16 << 20)) } catch { caught = error }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        #expect(caught?.kind == .tooManyNodes)
        #expect(seconds < 10)
    }
}

/// A small deterministic generator so the random input is the same every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
