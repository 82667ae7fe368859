// Benchmark: load + validate of N generated descriptors against libyaml's raw event parse
// of the same files, measured in the same run.
//
//   swift run -c release oam-bench [--count N] [--repeat R] [--template FILE]
//
// The template defaults to the shipped amd/mi300x descriptor; each copy gets its own id
// and path so registry-wide rules see N distinct modules. Times are medians of R runs.
import CYAML
import Foundation
import OAMCore
import OAMRegistry
import YAMLReader

struct Options {
    var count = 10_000
    var repeats = 5
    var template: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--count": count = Int(iterator.next() ?? "") ?? count
            case "--repeat": repeats = Int(iterator.next() ?? "") ?? repeats
            case "--template": template = iterator.next()
            default:
                FileHandle.standardError.write(Data("usage: oam-bench [--count N] [--repeat R] [--template FILE]\n".utf8))
                exit(64)
            }
        }
    }
}

/// Seconds taken by `body`.
func time(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// Counts libyaml events in `bytes`; the baseline does nothing else.
func rawEventCount(_ bytes: [UInt8]) -> Int {
    var parser = yaml_parser_t()
    yaml_parser_initialize(&parser)
    defer { yaml_parser_delete(&parser) }
    var count = 0
    bytes.withUnsafeBufferPointer { buffer in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            count += 1
            if done { break }
        }
    }
    return count
}

let options = Options(CommandLine.arguments)
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let templatePath = options.template ?? repositoryRoot.appendingPathComponent("Registry/accelerators/amd/mi300x.yaml").path
guard let template = try? String(contentsOfFile: templatePath, encoding: .utf8) else {
    FileHandle.standardError.write(Data("oam-bench: cannot read template \(templatePath)\n".utf8))
    exit(2)
}

// Generate N descriptors in a temporary registry.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oam-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: folder) }
let vendorFolder = folder.appendingPathComponent("accelerators/amd")
try FileManager.default.createDirectory(at: vendorFolder, withIntermediateDirectories: true)
// The module specs, so conformance rules resolve `conforms_to` as in the real registry.
try FileManager.default.copyItem(
    at: repositoryRoot.appendingPathComponent("Registry/specs"), to: folder.appendingPathComponent("specs"))
var paths: [String] = []
var totalBytes = 0
for index in 0..<options.count {
    let product = "bench-\(index)"
    var text = template.replacingOccurrences(of: "id: amd/mi300x", with: "id: amd/\(product)")
    text = text.replacingOccurrences(of: "aliases: [mi300x]", with: "aliases: [\(product)-alias]")
    let path = vendorFolder.appendingPathComponent("\(product).yaml").path
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    paths.append(path)
    totalBytes += text.utf8.count
}

print("oam-bench: \(options.count) descriptors, \(totalBytes) bytes, template \(templatePath), median of \(options.repeats) runs")

var baseline: [Double] = []
var parseOnly: [Double] = []
var full: [Double] = []
var loadOnly: [Double] = []
var validateOnly: [Double] = []
var findings = 0
var findingsByRule: [String: Int] = [:]
var events = 0
for _ in 0..<options.repeats {
    baseline.append(
        time {
            events = 0
            for path in paths {
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))).map(Array.init) ?? []
                events += rawEventCount(bytes)
            }
        })
    parseOnly.append(
        time {
            for path in paths { _ = RegistryLoader.loadFile(path) }
        })
    full.append(
        time {
            var registry = Registry(files: [])
            loadOnly.append(time { registry = RegistryLoader().load(paths: [folder.path]) })
            var diagnostics: [Diagnostic] = []
            validateOnly.append(time { diagnostics = Validator().validate(registry) })
            findings = diagnostics.count
            findingsByRule = Dictionary(diagnostics.map { ($0.ruleID, 1) }, uniquingKeysWith: +)
        })
}
let b = median(baseline)
let p = median(parseOnly)
let f = median(full)
print(
    String(
        format: "baseline  libyaml read + raw event parse (1 thread): %.3f s  (%d events, %.1f MB/s)", b, events,
        Double(totalBytes) / b / 1e6))
print(String(format: "oam       read + parse + schema + decode (1 thread): %.3f s  (%.2f× baseline)", p, p / b))
print(
    String(
        format: "oam       load + validate, all rules (%d cores):     %.3f s  (%.2f× baseline), %d findings",
        ProcessInfo.processInfo.activeProcessorCount, f, f / b, findings))
if !findingsByRule.isEmpty {
    print(
        "findings by rule: " + findingsByRule.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
}
print(String(format: "          of which load %.3f s, validate %.3f s", median(loadOnly), median(validateOnly)))
print(
    String(
        format: "per descriptor: baseline %.1f µs, oam load + validate %.1f µs", b / Double(options.count) * 1e6,
        f / Double(options.count) * 1e6))
