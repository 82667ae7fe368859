import ArgumentParser
import OAMCore
import OAMHost
import OAMQuery
import OAMRegistry

/// `oam adapters`: in-tree and out-of-tree adapters, their versions, the modules they
/// cover, and any that failed.
struct AdaptersCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "adapters",
        abstract: "List in-tree and out-of-tree adapters with versions, covered modules and failures.",
        discussion:
            "Out-of-tree adapters are oam-adapter-<vendor> executables on --adapter-path or PATH; each is asked to describe itself within --adapter-timeout. Exit 0, or 1 when an out-of-tree adapter failed."
    )

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var adapterOptions: AdapterOptions

    @Option(help: "Output format: table or json.")
    var format: DataFormat = .table

    func execute() throws -> Int32 {
        let registry = try? registryOptions.load()
        let listings = AdapterInventory.list(locator: adapterOptions.locator, limits: adapterOptions.limits, registry: registry)
        if format == .json {
            Output.print(JSONValue.array(listings.map(\.json)).serialized(pretty: true))
        } else {
            Output.print(Self.table(listings))
        }
        return listings.contains { $0.problem != nil } ? 1 : 0
    }

    static func table(_ listings: [AdapterListing]) -> String {
        var table = TextTable(
            ["KIND", "ID", "VERSION", "PROTOCOL", "VENDORS", "PCI VENDORS", "MODULES", "EXAMPLES", "STATUS"],
            rightAligned: [6, 7])
        for listing in listings {
            let info = listing.info
            table.add([
                listing.kind.rawValue, listing.id, info?.version ?? "-",
                info.map { $0.protocolVersions.map(String.init).joined(separator: ",") } ?? "-",
                info.map { $0.vendors.isEmpty ? "(any)" : $0.vendors.joined(separator: ",") } ?? "-",
                info.map { $0.pciVendorIDs.isEmpty ? "-" : $0.pciVendorIDs.joined(separator: ",") } ?? "-",
                String(listing.modules.count), String(listing.examples),
                listing.problem.map { "FAILED: \($0.detail)" }
                    ?? (listing.shadowed.isEmpty ? "ok" : "ok (shadows \(listing.shadowed.joined(separator: ", ")))"),
            ])
        }
        let failed = listings.filter { $0.problem != nil }.count
        let outOfTree = listings.filter { $0.kind == .outOfTree }.count
        return table.render()
            + "\n\(listings.count - outOfTree) in-tree, \(outOfTree) out-of-tree adapter\(outOfTree == 1 ? "" : "s")"
            + (failed > 0 ? ", \(failed) failed" : "")
    }
}
