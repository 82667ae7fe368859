// Fuzz target for the YAML reader, the schema walker and decoders, every rule (run both as
// `oam validate DIR` runs them and on the registry loaded whole, which must agree), and the
// quantity parser. Built two ways:
//
// - `Scripts/fuzz.sh`: with `-sanitize=fuzzer,address -DFUZZING`, libFuzzer supplies
//   `main` and calls `LLVMFuzzerTestOneInput` with mutated inputs.
// - plain `swift build`: a replayer that runs the same checks on files named on the
//   command line, so a crashing input found by the fuzzer can be replayed and debugged.
import Foundation
import OAMCore
import OAMRegistry
import YAMLReader

/// Runs every stage that reads untrusted bytes; returns normally for any input. Also checks
/// that `oam validate`'s one pass per file (each tree dropped once the rules that read it
/// alone have run) finds what validating the registry whole finds, and traps if not, so a
/// rule that reads what that order does not give it is a finding of the fuzzer.
func exercise(_ bytes: [UInt8]) {
    let file = DescriptorParser.parse(bytes: bytes, path: "fuzz/accelerators/acme/x.yaml", limits: YAMLLimits(maxBytes: 1 << 16))
    let registry = Registry(files: [file])
    let findings = Validator().validate(registry)
    precondition(
        Validator().validateDroppingTrees(registry) == findings, "the one pass per file and the whole check disagree")
    if case .model(let model)? = file.descriptor, model.architecture.shapeProblem == nil {
        _ = model.architecture.parameters
        _ = model.architecture.kvElements(tokens: 4096)
    }
    let text = String(decoding: bytes.prefix(256), as: UTF8.self)
    let expectations: [[OAMCore.Dimension]] = [[], [.bytes], [.flops, .ops]]
    for dimensions in expectations {
        _ = QuantityParser.parse(text, expecting: dimensions)
    }
}

#if FUZZING
    /// libFuzzer's driver for programs that have their own entry point. SwiftPM names an
    /// executable's entry point `<module>_main` and aliases `main` to it, so the fuzzer's
    /// own `main` is not used; this entry point hands control to the driver instead.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// The input callback; libFuzzer's own `main` calls it when the linker picks that one.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        exercise(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }

    @_cdecl("oam_fuzz_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
    }
#else
    @main
    struct Replay {
        static func main() {
            let paths = CommandLine.arguments.dropFirst()
            if paths.isEmpty {
                FileHandle.standardError.write(
                    Data("usage: oam-fuzz FILE… (replays inputs; build with Scripts/fuzz.sh to fuzz)\n".utf8))
                exit(64)
            }
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("oam-fuzz: cannot read \(path)\n".utf8))
                    exit(2)
                }
                exercise(Array(data))
                print("ok \(path)")
            }
        }
    }
#endif
