import Foundation
import OAMCore

/// A horizontal bar chart as inline SVG: one bar per module, its length proportional to the
/// value (linear from zero), with the value and its evidence tier written beside every bar so
/// the tier is visible without colour. `<title>` and `<desc>` carry the same figures as text.
struct BarChart {
    struct Bar {
        var label: String
        /// The value in its base unit; `nil` when unknown (no bar, "unknown" written).
        var value: Double?
        var text: String
        var tier: EvidenceTier?
    }

    var id: String
    var title: String
    var bars: [Bar]

    static let labelWidth = 200.0
    static let barWidth = 300.0
    static let rowHeight = 28.0

    func render(t: Localizer) -> HTMLNode {
        let figures = FigureText(t: t)
        let largest = bars.compactMap(\.value).max() ?? 0
        let c = LogScale.coordinate
        var nodes: [HTMLNode] = [
            .el("title", [HTMLAttribute("id", id + "-title")], text: title),
            .el(
                "desc", [HTMLAttribute("id", id + "-desc")],
                text: bars.map { "\($0.label): \($0.text) (\($0.tier.map(figures.tierName) ?? t(.notStated)))" }.joined(
                    separator: "; ")),
        ]
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * Self.rowHeight
            nodes.append(
                .el(
                    "text",
                    [
                        HTMLAttribute("x", c(Self.labelWidth - 6)), HTMLAttribute("y", c(y + 18)),
                        HTMLAttribute("text-anchor", "end"),
                    ], text: bar.label))
            var length = 0.0
            if let value = bar.value, largest > 0 {
                length = max(1, value / largest * Self.barWidth)
                nodes.append(
                    .el(
                        "rect",
                        [
                            HTMLAttribute("x", c(Self.labelWidth)), HTMLAttribute("y", c(y + 5)),
                            HTMLAttribute("width", c(length)), HTMLAttribute("height", c(Self.rowHeight - 10)),
                            HTMLAttribute("class", "c\(index % 8)"),
                        ]))
            }
            let note = bar.text + " · " + (bar.tier.map(figures.tierName) ?? t(.notStated))
            nodes.append(
                .el("text", [HTMLAttribute("x", c(Self.labelWidth + length + 6)), HTMLAttribute("y", c(y + 18))], text: note))
        }
        let height = Int(Double(bars.count) * Self.rowHeight)
        return .el(
            "figure", [],
            [
                .el(
                    "svg",
                    [
                        HTMLAttribute("xmlns", "http://www.w3.org/2000/svg"), HTMLAttribute("viewBox", "0 0 760 \(height)"),
                        HTMLAttribute("role", "img"),
                        HTMLAttribute("aria-labelledby", id + "-title " + id + "-desc"),
                    ], nodes),
                .el("figcaption", text: title),
            ])
    }
}
