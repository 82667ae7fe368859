import OAMCore
import OAMQuery
import OAMRegistry

/// `/specs` and `/specs/{id}`: the open module specs and their envelopes, with the modules
/// that claim each.
public enum SpecPages {
    public static func list(context: PageContext) -> String {
        let t = context.t
        let rows: [[HTMLNode]] = context.registry.moduleSpecs.sorted { $0.id < $1.id }.map { s in
            [
                .link(s.name + " " + s.version, href: context.links.spec(s.id)), .text(s.family), .text(s.formFactor.rawValue),
                .text(s.maxPower.map { Quantity($0, .power).text } ?? t(.unknown)),
            ]
        }
        let main: [HTMLNode] = [
            .table(
                caption: t(.specsCaption), headers: [t(.columnSpec), t(.columnFamily), t(.columnFormFactor), t(.columnMaxPower)],
                rows: rows)
        ]
        return PageLayout.document(title: t(.specsTitle), context: context, main: main)
    }

    /// Throws `notFound` (with did-you-mean) when `id` names no module spec.
    public static func spec(id: String, context: PageContext) throws(QueryError) -> String {
        guard case .moduleSpec(let s) = try DescriptorLookup.descriptor(id, in: context.registry) else {
            throw .notFound(name: id, kind: .moduleSpec, suggestions: context.registry.suggestions(for: id, kind: .moduleSpec))
        }
        let t = context.t
        var rows: [[HTMLNode]] = [
            [.text(t(.fieldID)), .el("code", text: s.id)],
            [.text(t(.columnFamily)), .text(s.family)],
            [.text(t(.fieldPublished)), .text(s.published?.description ?? t(.unknown))],
        ]
        for profile in s.powerProfiles ?? [] {
            rows.append([
                .text(t(.fieldMaxPowerAt, ["supply": Quantity(profile.supply, .voltage).text])),
                .text(profile.maxPower.map { Quantity($0, .power).text } ?? t(.unknown)),
            ])
        }
        rows.append([.text(t(.fieldInterModuleLinks)), .text(s.maxInterModuleLinks.map(String.init) ?? t(.unknown))])
        rows.append([.text(t(.fieldHostLinks)), .text(s.hostLinks.map(String.init) ?? t(.unknown))])
        rows.append([
            .text(t(.fieldTopologies)), .text(s.topologies.isEmpty ? t(.unknown) : s.topologies.joined(separator: ", ")),
        ])
        let claimants = context.registry.accelerators.filter { $0.conformsTo?.value == s.id || $0.conformsTo?.value == s.family }
        var main: [HTMLNode] = [
            .table(caption: t(.specFactsCaption), headers: [t(.columnField), t(.columnValue)], rows: rows),
            .el("h2", text: t(.claimantsHeading)),
            claimants.isEmpty
                ? .el("p", text: t(.noClaimants))
                : .el("ul", [], claimants.map { .el("li", [.link($0.name, href: context.links.accelerator($0.id))]) }),
            .el("h2", text: t(.sourcesHeading)), SourceList.render(s.evidence, t: t),
        ]
        if let notes = s.notes {
            main += [.el("h2", text: t(.notesHeading)), .el("p", [HTMLAttribute("class", "notes")], text: notes)]
        }
        return PageLayout.document(title: s.name + " " + s.version, context: context, main: main)
    }
}
