import Foundation
import OAMTestSupport
import Testing

/// Hostile files through the real binary: each is reported with its position and rule,
/// the run exits 1, and nothing hangs. The bound is a guard against a hang, not a
/// benchmark: the reader refuses each of these in well under 100 ms (see `oam-bench` and
/// the reader's own tests).
@Suite struct HostileFileEndToEndTests {
    func validate(_ name: String, _ bytes: [UInt8]) throws -> OAMProcess.Result {
        let folder = try TemporaryRegistry()
        try folder.write("accelerators/acme/\(name).yaml", bytes: bytes)
        return try OAMProcess.run(["validate", "--registry", folder.path])
    }

    @Test func aliasBomb() throws {
        var text = "kind: accelerator\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1..<12 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]\n"
        }
        let result = try validate("bomb", Array(text.utf8))
        #expect(result.status == 1)
        #expect(result.stdout.contains("bomb.yaml:2:5: error: anchors (&a0) are not allowed in descriptors"))
        #expect(result.stdout.contains("[no-anchors]"))
        #expect(result.seconds < 10)
    }

    @Test func hundredMegabyteFile() throws {
        let result = try validate("huge", [UInt8](repeating: UInt8(ascii: "#"), count: 100 << 20))
        #expect(result.status == 1)
        #expect(result.stdout.contains("huge.yaml:1:1: error: file is 104857600 bytes; the limit is 1048576 bytes [file-limits]"))
        #expect(result.seconds < 10)
    }

    @Test func tenThousandNestedBrackets() throws {
        let result = try validate("deep", Array(("kind: " + String(repeating: "[", count: 10_000)).utf8))
        #expect(result.status == 1)
        #expect(result.stdout.contains("deep.yaml:1:70: error: nesting deeper than 64 levels [file-limits]"))
    }

    @Test func randomBinary() throws {
        var state: UInt64 = 7
        let bytes = (0..<65_536).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let result = try validate("noise", bytes)
        #expect(result.status == 1)
        #expect(result.stdout.contains("noise.yaml:1:"))
        #expect(result.stdout.contains("[yaml-encoding]") || result.stdout.contains("[yaml-syntax]"))
    }

    @Test func truncatedFile() throws {
        let full = try String(contentsOfFile: Fixtures.path("registries/good/accelerators/acme/x1.yaml"), encoding: .utf8)
        let cut = String(full.prefix(while: { $0 != "[" })) + "[\"abcd:00"
        let result = try validate("cut", Array(cut.utf8))
        #expect(result.status == 1)
        #expect(result.stdout.contains("[yaml-syntax]"))
    }

    /// A FIFO would block a plain open() until someone writes to it: CI would hang.
    @Test func fifoIsRefusedNotWaitedOn() throws {
        let folder = try TemporaryRegistry()
        try folder.write("accelerators/acme/x1.yaml", contents: "kind: accelerator\n")
        let fifo = folder.path + "/accelerators/acme/pipe.yaml"
        #expect(mkfifo(fifo, 0o644) == 0)
        let result = try OAMProcess.run(["validate", "--registry", folder.path])
        #expect(result.stdout.contains("pipe.yaml:1:1: error: not a regular file [file-limits]"))
        #expect(result.seconds < 10)
    }

    @Test func oversizedConfigJSONIsRefusedBeforeReading() throws {
        let folder = try TemporaryRegistry()
        try folder.write("config.json", bytes: [UInt8](repeating: UInt8(ascii: " "), count: 5 << 20))
        let result = try OAMProcess.run(["import-hf", folder.path + "/config.json", "--output", "-"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("file is 5242880 bytes; a config.json is at most 4194304 bytes"))
    }
}
