import OAMCore
import OAMQuery
import OAMRegistry

/// `/models` and `/models/{org}/{name}`: exact parameter counts (computed from the
/// architecture), the architecture, and KV-cache bytes per token.
public enum ModelPages {
    public static func list(context: PageContext) -> String {
        let t = context.t
        let rows: [[HTMLNode]] = context.registry.models.sorted { $0.id < $1.id }.map { m in
            let a = m.architecture
            return [
                .link(m.name, href: context.links.model(m.id)), .text(String(a.parameters.total)),
                .text(String(a.activeParameters)),
                .text(a.attention.kind.rawValue), .text(String(a.layers)), .text(String(a.maxContext)), .text(m.checkpoint.dtype),
            ]
        }
        let main: [HTMLNode] = [
            .table(
                caption: t(.modelsCaption),
                headers: [
                    t(.columnModel), t(.columnParameters), t(.columnActiveParameters), t(.columnAttention), t(.columnLayers),
                    t(.columnContext), t(.columnCheckpoint),
                ],
                rows: rows)
        ]
        return PageLayout.document(title: t(.modelsTitle), context: context, main: main)
    }

    /// Throws `notFound` (with did-you-mean) when `id` names no model.
    public static func model(id: String, context: PageContext) throws(QueryError) -> String {
        let m = try DescriptorLookup.model(id, in: context.registry)
        let t = context.t
        let a = m.architecture
        var rows: [[HTMLNode]] = [
            [.text(t(.fieldID)), .el("code", text: m.id)],
            [.text(t(.fieldArchitecture)), .text(a.hfArchitecture)],
            [.text(t(.columnLayers)), .text("\(a.layers) × \(a.hiddenSize)")],
            [
                .text(t(.columnAttention)),
                .text(
                    "\(a.attention.kind.rawValue): \(a.attention.heads) / \(a.attention.kvHeads) KV, head_dim \(a.attention.headDim)"
                ),
            ],
            [.text(t(.fieldLayerKinds)), .text(a.layerKindSummary)],
            [.text(t(.columnParameters)), .text(String(a.parameters.total))],
            [.text(t(.columnActiveParameters)), .text(String(a.activeParameters))],
        ]
        if let moe = a.moe {
            rows.append([
                .text(t(.fieldExperts)),
                .text(
                    t(
                        .expertsValue,
                        [
                            "routed": String(moe.experts), "perToken": String(moe.expertsPerToken),
                            "shared": String(moe.sharedExperts),
                        ])),
            ])
        }
        if let stated = m.statedTotal?.value {
            rows.append([.text(t(.fieldStatedParameters)), .text(String(format: "%.0f", stated))])
        }
        rows.append([.text(t(.fieldKVElements)), .text(String(a.kvElementsPerToken))])
        for precision in [Precision.bf16, .fp8] {
            let bytes = Double(a.kvElementsPerToken) * precision.bytesWithScales
            rows.append([
                .text(t(.fieldKVBytes, ["precision": precision.rawValue.uppercased()])), .text(String(format: "%.0f B", bytes)),
            ])
        }
        rows.append([.text(t(.columnContext)), .text(String(a.maxContext))])
        rows.append([
            .text(t(.columnCheckpoint)),
            .text(m.checkpoint.quantization.map { "\(m.checkpoint.dtype) (\($0.method))" } ?? m.checkpoint.dtype),
        ])
        if let bytes = m.checkpoint.bytes { rows.append([.text(t(.fieldCheckpointBytes)), .text(String(bytes))]) }
        var main: [HTMLNode] = [
            .table(caption: t(.modelFactsCaption), headers: [t(.columnField), t(.columnValue)], rows: rows),
            .el("h2", text: t(.sourcesHeading)), SourceList.render(m.evidence, t: t),
        ]
        if let notes = m.notes {
            main += [.el("h2", text: t(.notesHeading)), .el("p", [HTMLAttribute("class", "notes")], text: notes)]
        }
        return PageLayout.document(title: m.name, context: context, main: main)
    }
}
