import OAMCore
import OAMQuery
import OAMRegistry

/// `/compare?ids=…`: the modules' figures side by side and one bar chart per figure (memory,
/// bandwidth, BF16/FP8/FP4 dense peaks, BF16 dense peak per watt), each bar with its tier.
public enum ComparePage {
    /// With no `ids` or one, the form alone; throws the query's error for more than six names
    /// or a name that is not one accelerator.
    public static func render(_ query: CompareQuery, context: PageContext) throws(QueryError) -> String {
        let t = context.t
        var main: [HTMLNode] = [form(query, context: context)]
        if query.names.count == 1 {
            // One module (the module page's "compare" link): the form, filled, asks for more.
            main.append(.el("p", [HTMLAttribute("role", "status")], text: t(.compareNeedMore)))
        } else if !query.names.isEmpty {
            let modules = try query.resolve(context.registry)
            main.append(table(modules, context: context))
            for (index, metric) in metrics(t: t).enumerated() {
                let bars = modules.map { a -> BarChart.Bar in
                    let (value, text, tier) = metric.measure(a)
                    return BarChart.Bar(label: a.name, value: value, text: text, tier: tier)
                }
                main.append(.el("h2", text: metric.title))
                main.append(BarChart(id: "chart-\(index)", title: metric.title, bars: bars).render(t: t))
            }
        }
        return PageLayout.document(title: t(.compareTitle), context: context, main: main)
    }

    /// One compared figure: its title and, per module, the value in base units, the text shown
    /// and the tier.
    struct Metric {
        var title: String
        var measure: (AcceleratorDescriptor) -> (Double?, String, EvidenceTier?)
    }

    static func metrics(t: Localizer) -> [Metric] {
        let text = FigureText(t: t)
        func figure(_ title: String, _ pick: @escaping (AcceleratorDescriptor) -> Figure<Quantity>?) -> Metric {
            Metric(title: title) { a in
                let f = pick(a)
                return (f?.value?.value, text.value(f), f.flatMap { a.evidence.tier(of: $0.path) })
            }
        }
        return [
            figure(t(.columnMemory)) { $0.memory.capacity },
            figure(t(.columnBandwidth)) { $0.memory.bandwidth },
            figure(t(.peakDense) + " BF16") { $0.peakDense[.bf16] },
            figure(t(.peakDense) + " FP8") { $0.peakDense[.fp8] },
            figure(t(.peakDense) + " FP4") { $0.peakDense[.fp4] },
            Metric(title: t(.peakPerWatt)) { a in
                guard let peak = a.peakDense[.bf16], let flops = peak.value?.value, let tdp = a.power.tdp,
                    let watts = tdp.value?.value, watts > 0
                else { return (nil, t(.unknown), nil) }
                let perWatt = flops / watts
                let tier = a.weakestTier(of: [peak, tdp])
                return (perWatt, Quantity(perWatt, .flops).text + "/W", tier)
            },
        ]
    }

    static func table(_ modules: [AcceleratorDescriptor], context: PageContext) -> HTMLNode {
        let t = context.t
        let text = FigureText(t: t)
        let rows: [[HTMLNode]] = metrics(t: t).map { metric in
            [.text(metric.title)]
                + modules.map { a in
                    let (_, value, tier) = metric.measure(a)
                    return .fragment([.text(value + " "), .text("("), text.tier(tier), .text(")")])
                }
        }
        let header: [String] = [t(.columnFigure)] + modules.map(\.name)
        return .table(caption: t(.compareCaption), headers: header, rows: rows)
    }

    static func form(_ query: CompareQuery, context: PageContext) -> HTMLNode {
        let t = context.t
        var controls: [HTMLNode] = [
            FormField.input(
                "ids", label: t(.compareIDsLabel), value: query.names.joined(separator: ","),
                placeholder: "amd/mi300x,nvidia/h100-sxm")
        ]
        controls += context.links.formFields
        controls.append(.el("button", [HTMLAttribute("type", "submit")], text: t(.compareSubmit)))
        return .el("form", [HTMLAttribute("method", "get"), HTMLAttribute("action", "/compare")], controls)
    }
}
