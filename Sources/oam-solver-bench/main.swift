import Dispatch
import Foundation
import OAMCore
import OAMRegistry
import OAMSolver

/// Benchmark of the compatibility solver: every registry model × every accelerator, with the
/// full plan search (smallest module count, then the fastest plan), serially and on all cores.
///
///     swift run -c release oam-solver-bench [REGISTRY] [--repeat N]

let usage = """
    usage: oam-solver-bench [REGISTRY] [--repeat N]

    Times `oam fit` queries: every model in REGISTRY (default: the repository's Registry/)
    on every accelerator, serially and on all cores, N timed rounds (default 5) after one
    warm-up round; prints the best and the median time.

    """

/// Exits with the usage on standard error and status 2.
func usageError(_ message: String) -> Never {
    FileHandle.standardError.write(Data("oam-solver-bench: error: \(message)\n\n\(usage)".utf8))
    exit(2)
}

var repeats = 5
var registryArgument: String? = nil
var rest = Array(CommandLine.arguments.dropFirst())[...]
while let argument = rest.popFirst() {
    switch argument {
    case "--help", "-h":
        print(usage, terminator: "")
        exit(0)
    case "--repeat":
        guard let text = rest.popFirst(), let n = Int(text), n > 0 else { usageError("--repeat needs a positive count") }
        repeats = n
    case let flag where flag.hasPrefix("-"):
        usageError("unknown option \(flag)")
    default:
        guard registryArgument == nil else { usageError("more than one registry given") }
        registryArgument = argument
    }
}
let registryPath =
    registryArgument
    ?? {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Registry").path
    }()

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

let loadStart = now()
let registry = RegistryLoader().load(paths: [registryPath])
let loadTime = now() - loadStart
let models = registry.models.sorted { $0.id < $1.id }
let chips = registry.accelerators.sorted { $0.id < $1.id }
guard !models.isEmpty, !chips.isEmpty else {
    FileHandle.standardError.write(Data("no models or accelerators under \(registryPath)\n".utf8))
    exit(2)
}

/// One query: one model on one chip, default serving workload, full plan search.
@Sendable func query(_ model: ModelDescriptor, _ chip: AcceleratorDescriptor) -> ChipVerdict {
    let request = FitRequest(model: model, workload: .serving(ServingWorkload()), hardware: HardwareQuery(chips: [chip]))
    return CompatibilitySolver.solve(request).results[0]
}

@Sendable func benchClock() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// The whole matrix, one model per task, serially or on every core.
func matrix(models: [ModelDescriptor], chips: [AcceleratorDescriptor], parallel: Bool) -> (
    seconds: Double, perQuery: [Double], fits: Int
) {
    let start = now()
    let row: @Sendable (ModelDescriptor) -> [(seconds: Double, fits: Bool)] = { model in
        chips.map { chip in
            let t0 = benchClock()
            let verdict = query(model, chip)
            return (benchClock() - t0, verdict.fits)
        }
    }
    let cells = (parallel ? models.concurrentMap(row) : models.map(row)).flatMap { $0 }
    let seconds = now() - start
    return (seconds, cells.map(\.seconds), cells.filter(\.fits).count)
}

/// One `oam fit MODEL` equivalent: one model against every chip in one request.
func fitAll(_ model: ModelDescriptor) -> Double {
    let t0 = now()
    _ = CompatibilitySolver.solve(
        FitRequest(model: model, workload: .serving(ServingWorkload()), hardware: HardwareQuery(chips: chips)))
    return now() - t0
}

_ = matrix(models: models, chips: chips, parallel: false)  // warm-up
var serial: [Double] = []
var parallel: [Double] = []
var perQuery: [Double] = []
var fits = 0
for _ in 0..<repeats {
    let s = matrix(models: models, chips: chips, parallel: false)
    serial.append(s.seconds)
    perQuery = s.perQuery
    fits = s.fits
    parallel.append(matrix(models: models, chips: chips, parallel: true).seconds)
}
let fitTimes = models.map(fitAll)
let sorted = perQuery.sorted()
func ms(_ s: Double) -> String { String(format: "%.3f ms", s * 1000) }
let worst = perQuery.enumerated().max { $0.element < $1.element }!
let cores = ProcessInfo.processInfo.activeProcessorCount

print(
    "oam-solver-bench: \(models.count) models × \(chips.count) accelerators = \(models.count * chips.count) queries (serving, 1024 in + 1024 out, batch 1, full plan search up to 128 modules)"
)
print("registry load: \(ms(loadTime))")
print("full matrix, 1 core:   best \(ms(serial.min()!)), median \(ms(serial.sorted()[serial.count / 2])) over \(repeats) runs")
print("full matrix, \(cores) cores: best \(ms(parallel.min()!)), median \(ms(parallel.sorted()[parallel.count / 2]))")
print(
    "per query: mean \(ms(perQuery.reduce(0, +) / Double(perQuery.count))), p50 \(ms(sorted[sorted.count / 2])), p99 \(ms(sorted[Int(Double(sorted.count - 1) * 0.99)])), max \(ms(worst.element)) (\(models[worst.offset / chips.count].id) on \(chips[worst.offset % chips.count].id))"
)
print(
    "one `oam fit MODEL` (all \(chips.count) chips): mean \(ms(fitTimes.reduce(0, +) / Double(fitTimes.count))), max \(ms(fitTimes.max()!))"
)
print("fitting pairs: \(fits) of \(models.count * chips.count)")
