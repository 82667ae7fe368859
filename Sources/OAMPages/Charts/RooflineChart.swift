import Foundation
import OAMCore

/// The roofline as inline SVG on log–log axes, with a `<title>` and `<desc>` and, beside it,
/// the same figures as a table (the text alternative screen readers and copy-paste use).
enum RooflineChart {
    static let width = 640.0
    static let height = 360.0
    static let left = 80.0
    static let right = 70.0
    static let top = 16.0
    static let bottom = 44.0

    static func render(_ roofline: Roofline, name: String, t: Localizer) -> HTMLNode {
        let ridges = roofline.roofs.map(\.ridge)
        let lowX = pow(2, floor(log2(ridges.min()!)) - 4)
        let highX = pow(2, ceil(log2(ridges.max()!)) + 2)
        let highY = pow(10, ceil(log10(roofline.roofs.map(\.peak).max()! * 1.01)))
        let lowY = pow(10, floor(log10(lowX * roofline.bandwidth)))
        let x = LogScale(lower: lowX, upper: highX, start: left, end: width - right)
        let y = LogScale(lower: lowY, upper: highY, start: height - bottom, end: top)
        let nodes: [HTMLNode] =
            [
                .el("title", [HTMLAttribute("id", "roofline-title")], text: t(.rooflineTitle, ["name": name])),
                .el("desc", [HTMLAttribute("id", "roofline-desc")], text: description(roofline, t: t)),
            ] + grid(x: x, y: y) + axes(t: t) + roofs(roofline, x: x, y: y)
        let svg: HTMLNode = .el(
            "svg",
            [
                HTMLAttribute("xmlns", "http://www.w3.org/2000/svg"),
                HTMLAttribute("viewBox", "0 0 \(Int(width)) \(Int(height))"),
                HTMLAttribute("role", "img"), HTMLAttribute("aria-labelledby", "roofline-title roofline-desc"),
                HTMLAttribute("class", "roofline"),
            ], nodes)
        let rows: [[HTMLNode]] = roofline.roofs.map { roof in
            [
                .text(roof.precision.rawValue.uppercased()), .text(Quantity(roof.peak, roof.precision.throughputDimension).text),
                .text(intensityLabel(roof.ridge)),
            ]
        }
        return .fragment([
            .el(
                "figure", [],
                [svg, .el("figcaption", text: t(.rooflineCaption, ["bandwidth": Quantity(roofline.bandwidth, .bandwidth).text]))]),
            .table(
                caption: t(.rooflineTableCaption), headers: [t(.precisionLabel), t(.columnPeak), t(.columnRidge)], rows: rows),
        ])
    }

    /// Grid lines with their labels: every second power of two of intensity (FLOP/B) across,
    /// every power of ten of throughput up.
    static func grid(x: LogScale, y: LogScale) -> [HTMLNode] {
        let c = LogScale.coordinate
        var nodes: [HTMLNode] = []
        var exponent = log2(x.lower)
        while pow(2, exponent) <= x.upper {
            let px = c(x.position(pow(2, exponent)))
            nodes.append(line(px, c(top), px, c(height - bottom), "grid"))
            nodes.append(
                .el(
                    "text",
                    [
                        HTMLAttribute("x", px), HTMLAttribute("y", c(height - bottom + 16)),
                        HTMLAttribute("text-anchor", "middle"),
                    ], text: intensityLabel(pow(2, exponent))))
            exponent += 2
        }
        var decade = log10(y.lower)
        while pow(10, decade) <= y.upper {
            let py = c(y.position(pow(10, decade)))
            nodes.append(line(c(left), py, c(width - right), py, "grid"))
            nodes.append(
                .el(
                    "text", [HTMLAttribute("x", c(left - 6)), HTMLAttribute("y", py), HTMLAttribute("text-anchor", "end")],
                    text: Quantity(pow(10, decade), .flops).text))
            decade += 1
        }
        return nodes
    }

    /// The two axes and their titles (the vertical one rotated).
    static func axes(t: Localizer) -> [HTMLNode] {
        let c = LogScale.coordinate
        let middle = c(-(top + height - bottom) / 2)
        return [
            line(c(left), c(height - bottom), c(width - right), c(height - bottom), "axis"),
            line(c(left), c(top), c(left), c(height - bottom), "axis"),
            .el(
                "text",
                [
                    HTMLAttribute("x", c((left + width - right) / 2)), HTMLAttribute("y", c(height - 6)),
                    HTMLAttribute("text-anchor", "middle"),
                ], text: t(.rooflineXAxis)),
            .el(
                "text",
                [
                    HTMLAttribute("x", middle), HTMLAttribute("y", "14"), HTMLAttribute("transform", "rotate(-90)"),
                    HTMLAttribute("text-anchor", "middle"),
                ], text: t(.rooflineYAxis)),
        ]
    }

    /// One roof per precision: the bandwidth slope up to the ridge, then the flat peak,
    /// labelled at the right edge.
    static func roofs(_ roofline: Roofline, x: LogScale, y: LogScale) -> [HTMLNode] {
        let c = LogScale.coordinate
        return roofline.roofs.enumerated().flatMap { index, roof -> [HTMLNode] in
            let points = [
                (x.lower, roofline.attainable(roof, intensity: x.lower)), (roof.ridge, roof.peak), (x.upper, roof.peak),
            ]
            .map { c(x.position($0.0)) + "," + c(y.position($0.1)) }.joined(separator: " ")
            let colour = "c\(index % 8)"
            return [
                .el("polyline", [HTMLAttribute("class", "line " + colour), HTMLAttribute("points", points)]),
                .el(
                    "text", [HTMLAttribute("x", c(width - right + 4)), HTMLAttribute("y", c(y.position(roof.peak) + 4))],
                    text: roof.precision.rawValue.uppercased()),
            ]
        }
    }

    /// The figures in one sentence per roof, for `<desc>`.
    static func description(_ roofline: Roofline, t: Localizer) -> String {
        roofline.roofs.map {
            t(
                .rooflineDescription,
                [
                    "precision": $0.precision.rawValue.uppercased(),
                    "peak": Quantity($0.peak, $0.precision.throughputDimension).text,
                    "ridge": intensityLabel($0.ridge), "bandwidth": Quantity(roofline.bandwidth, .bandwidth).text,
                ])
        }.joined(separator: " ")
    }

    /// An intensity in FLOP/B with up to four significant digits.
    static func intensityLabel(_ value: Double) -> String {
        let text =
            value >= 100
            ? String(format: "%.0f", value) : value >= 1 ? String(format: "%.3g", value) : String(format: "%.2g", value)
        return text + " FLOP/B"
    }

    static func line(_ x1: String, _ y1: String, _ x2: String, _ y2: String, _ kind: String) -> HTMLNode {
        .el(
            "line",
            [
                HTMLAttribute("x1", x1), HTMLAttribute("y1", y1), HTMLAttribute("x2", x2), HTMLAttribute("y2", y2),
                HTMLAttribute("class", kind),
            ])
    }
}
