import Foundation
import OAMCore

/// One module's memory as a stacked bar against its capacity: weights, KV cache,
/// activations, what stays free of the usable memory, and the reserve (capacity the engine
/// may not use: runtime, driver, the memory-utilization margin). All figures in bytes per
/// module. The same figures are listed in `<desc>` and in a table beside the bar.
struct MemoryBar {
    struct Segment {
        var label: String
        var bytes: Double
        var style: String
    }

    var id: String
    var title: String
    var segments: [Segment]

    /// The segments of a plan's memory on a module of `capacity` bytes; `usable` and the parts
    /// are per module. A plan that overflows has no free segment (the parts exceed `usable`).
    static func segments(weights: Double, kvCache: Double, activations: Double, usable: Double, capacity: Double?, t: Localizer)
        -> [Segment]
    {
        var segments = [
            Segment(label: t(.memoryWeights), bytes: weights, style: "c0"),
            Segment(label: t(.memoryKVCache), bytes: kvCache, style: "c1"),
            Segment(label: t(.memoryActivations), bytes: activations, style: "c2"),
            Segment(label: t(.memoryFree), bytes: max(0, usable - weights - kvCache - activations), style: "free"),
        ]
        if let capacity, capacity > usable {
            segments.append(Segment(label: t(.memoryReserve), bytes: capacity - usable, style: "c7"))
        }
        return segments
    }

    static let width = 600.0
    static let height = 28.0

    func render(t: Localizer) -> HTMLNode {
        let total = segments.map(\.bytes).reduce(0, +)
        let c = LogScale.coordinate
        var nodes: [HTMLNode] = [
            .el("title", [HTMLAttribute("id", id + "-title")], text: title),
            .el(
                "desc", [HTMLAttribute("id", id + "-desc")],
                text: segments.map { $0.label + ": " + Quantity($0.bytes, .bytes).text }.joined(separator: "; ")),
        ]
        var x = 0.0
        for segment in segments where segment.bytes > 0 && total > 0 {
            let w = segment.bytes / total * Self.width
            nodes.append(
                .el(
                    "rect",
                    [
                        HTMLAttribute("x", c(x)), HTMLAttribute("y", "0"), HTMLAttribute("width", c(w)),
                        HTMLAttribute("height", c(Self.height)), HTMLAttribute("class", segment.style),
                    ]))
            x += w
        }
        let rows: [[HTMLNode]] = segments.map {
            [
                .text($0.label), .text(Quantity($0.bytes, .bytes).text),
                .text(total > 0 ? String(format: "%.1f %%", $0.bytes / total * 100) : ""),
            ]
        }
        return .fragment([
            .el(
                "svg",
                [
                    HTMLAttribute("xmlns", "http://www.w3.org/2000/svg"),
                    HTMLAttribute("viewBox", "0 0 \(Int(Self.width)) \(Int(Self.height))"),
                    HTMLAttribute("role", "img"), HTMLAttribute("aria-labelledby", id + "-title " + id + "-desc"),
                    HTMLAttribute("class", "memory-bar"),
                ], nodes),
            .table(caption: title, headers: [t(.columnPart), t(.columnBytes), t(.columnShare)], rows: rows),
        ])
    }
}
