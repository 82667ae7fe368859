import Foundation
import OAMCore
import OAMRegistry

/// Load + validate of N generated descriptors against the libyaml event floor of the same
/// files, measured in one process and one run; times are medians of R runs. The load and
/// validate phases are timed apart, and against `Validator.loadAndValidate`, the one pass per
/// file that `oam validate` runs.
struct InProcessBenchmark {
    let options: BenchOptions
    let registry: String

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oam-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generator = try DescriptorGenerator(registry: registry)
        let (paths, totalBytes) = try generator.write(count: options.count, to: folder)
        print(
            "oam-bench: \(options.count) descriptors from \(generator.templates.count) shipped ones, \(totalBytes) bytes, median of \(options.repeats) runs"
        )
        var floor: [Double] = []
        var parseOnly: [Double] = []
        var full: [Double] = []
        var loadOnly: [Double] = []
        var validateOnly: [Double] = []
        var onePass: [Double] = []
        var findingsByRule: [String: Int] = [:]
        var events = 0
        for round in 0..<options.repeats {
            floor.append(Self.time { events = EventFloor.run(paths).events })
            parseOnly.append(Self.time { for path in paths { _ = RegistryLoader.loadFile(path) } })
            let timeFull = {
                full.append(
                    Self.time {
                        var loaded = Registry(files: [])
                        loadOnly.append(Self.time { loaded = RegistryLoader().load(paths: [folder]) })
                        var diagnostics: [Diagnostic] = []
                        validateOnly.append(Self.time { diagnostics = Validator().validate(loaded) })
                        findingsByRule = Dictionary(diagnostics.map { ($0.ruleID, 1) }, uniquingKeysWith: +)
                    })
            }
            let timeOnePass = { onePass.append(Self.time { _ = Validator().loadAndValidate(paths: [folder]) }) }
            // Each goes first in every other round, so neither always finds the caches warm.
            if round.isMultiple(of: 2) {
                timeFull()
                timeOnePass()
            } else {
                timeOnePass()
                timeFull()
            }
        }
        let f = Self.median(floor)
        let p = Self.median(parseOnly)
        let all = Self.median(full)
        print(String(format: "floor     libyaml read + event parse (1 thread):      %.3f s  (%d events)", f, events))
        print(String(format: "oam       read + parse + schema + decode (1 thread): %.3f s  (%.2f× floor)", p, p / f))
        print(
            String(
                format: "oam       load + validate, all rules (%d cores):     %.3f s  (%.2f× floor), %d findings",
                ProcessInfo.processInfo.activeProcessorCount, all, all / f, findingsByRule.values.reduce(0, +)))
        if !findingsByRule.isEmpty {
            print(
                "findings by rule: "
                    + findingsByRule.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        print(String(format: "          of which load %.3f s, validate %.3f s", Self.median(loadOnly), Self.median(validateOnly)))
        let one = Self.median(onePass)
        print(
            String(
                format: "oam       one pass per file, trees dropped (oam validate): %.3f s  (%.2f× floor, %.2f× load + validate)",
                one,
                one / f, one / all))
    }

    /// Seconds taken by `body`.
    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}
