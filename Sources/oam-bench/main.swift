// Loader benchmark: `oam validate`'s load against libyaml's raw event parse of the same files.
//
//   oam-bench [--count N] [--repeat R]     in-process: floor, parse, load + validate, one pass (medians)
//   oam-bench generate --count N --out DIR  writes N descriptors derived from every shipped one
//   oam-bench floor DIR                     whole-process floor: read + libyaml events, 1 thread
//   oam-bench validate DIR [--list] [PATH…]  load + validate with the built-in rules, once (to
//                                           profile; --list prints every finding, to compare builds)
//
// Scripts/bench-loader.sh runs the whole-process comparison (`oam validate --registry DIR`
// against `oam-bench floor DIR`) and the 10,000-descriptor time and memory.
import Foundation
import OAMCore
import OAMRegistry

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let shippedRegistry = repositoryRoot.appendingPathComponent("Registry").path

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("oam-bench: \(message)\n".utf8))
    exit(status)
}

let usage =
    "usage: oam-bench [--count N] [--repeat R] | oam-bench generate --count N --out DIR [--registry DIR] | oam-bench floor DIR | oam-bench validate DIR [--list] [PATH…]"
guard let options = BenchOptions(CommandLine.arguments) else { fail(usage, status: 64) }
do {
    switch options.mode {
    case .generate:
        guard let out = options.out else { fail(usage, status: 64) }
        let generator = try DescriptorGenerator(registry: options.registry ?? shippedRegistry)
        let written = try generator.write(count: options.count, to: out)
        print(
            "oam-bench: \(written.paths.count) descriptors (\(written.bytes) bytes) from \(generator.templates.count) shipped ones in \(out)"
        )
    case .floor:
        guard let folder = options.out else { fail(usage, status: 64) }
        let start = DispatchTime.now().uptimeNanoseconds
        let result = EventFloor.run(RegistryLoader.descriptorFiles(in: folder).sorted())
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "floor: %d events, %d bytes, %.3f s", result.events, result.bytes, seconds))
    case .validate:
        guard let folder = options.out else { fail(usage, status: 64) }
        let diagnostics = Validator().validate(RegistryLoader().load(paths: [folder] + options.more))
        print("validate: \(diagnostics.count) findings")
        // Every finding with its whole range and fix, to compare two builds' output.
        if options.list {
            for d in diagnostics {
                print(
                    "\(d.file):\(d.range.start.line):\(d.range.start.column)-\(d.range.end.line):\(d.range.end.column): \(d.severity) \(d.ruleID): \(d.message) [\(d.fix ?? "")]"
                )
            }
        }
    case .inProcess:
        try InProcessBenchmark(options: options, registry: options.registry ?? shippedRegistry).run()
    }
} catch {
    fail("\(error)", status: 2)
}
