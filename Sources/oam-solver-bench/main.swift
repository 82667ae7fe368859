import Dispatch
import Foundation
import OAMCore
import OAMRegistry
import OAMSolver

/// Benchmark of the compatibility solver: every registry model × every accelerator, with the
/// full plan search (smallest module count, then the fastest plan), serially and on all cores.
///
///     swift run -c release oam-solver-bench [REGISTRY] [--repeat N]

let arguments = Array(CommandLine.arguments.dropFirst())
let repeats = arguments.firstIndex(of: "--repeat").flatMap { Int(arguments[$0 + 1]) } ?? 5
let registryPath =
    arguments.first { !$0.hasPrefix("--") && Int($0) == nil }
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
    let slots = UnsafeMutableBufferPointer<(Double, Bool)>.allocate(capacity: models.count * chips.count)
    slots.initialize(repeating: (0, false))
    defer { slots.deallocate() }
    nonisolated(unsafe) let shared = slots
    let start = now()
    let body: @Sendable (Int) -> Void = { m in
        for (c, chip) in chips.enumerated() {
            let t0 = benchClock()
            let verdict = query(models[m], chip)
            shared[m * chips.count + c] = (benchClock() - t0, verdict.fits)
        }
    }
    if parallel {
        DispatchQueue.concurrentPerform(iterations: models.count, execute: body)
    } else {
        for m in 0..<models.count { body(m) }
    }
    let seconds = now() - start
    return (seconds, slots.map(\.0), slots.filter(\.1).count)
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
