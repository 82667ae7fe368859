import OAMCore
import YAMLReader

/// Builds a `ModuleSpecDescriptor` from a tree the schema walker has seen.
enum ModuleSpecDecoder {
    static func decode(_ root: YAMLNode, quantities: ParsedQuantities) -> ModuleSpecDescriptor {
        let r = FieldReader(root: root, quantities: quantities)
        var s = ModuleSpecDescriptor(
            id: r.text("id") ?? "", family: r.text("family") ?? "", name: r.text("name") ?? "", version: r.text("version") ?? "",
            formFactor: r.text("form_factor").flatMap(FormFactor.init(rawValue:)) ?? .oam)
        s.published = r.knownText("published").flatMap(PartialDate.init)
        if let profiles = r.node("power_profiles")?.items {
            s.powerProfiles = profiles.indices.compactMap { i in
                guard let supply = r.quantity("power_profiles.\(i).supply", [.voltage])?.value?.value else { return nil }
                return ModuleSpecDescriptor.PowerProfile(
                    supply: supply, maxPower: r.quantity("power_profiles.\(i).max_power", [.power])?.value?.value)
            }
        }
        s.hostLinks = r.int("host_interface.links")
        s.maxHostInterface = r.knownText("host_interface.max").flatMap(HostInterface.init)
        s.maxInterModuleLinks = r.int("inter_module_links.max")
        s.topologies = r.texts("topologies")
        s.baseboardModules = r.int("baseboard.modules")
        s.evidence = r.evidence()
        s.notes = r.text("notes")
        return s
    }
}
