import OAMAdapterAPI

/// Checks an out-of-tree adapter's `discover` answer against the question: an adapter
/// runs outside oam and may be wrong or hostile, and a match it makes up would be counted
/// as an installed module.
enum DiscoverAnswer {
    /// The matches to keep, by address, and a problem for each part of the answer dropped:
    /// an address the adapter was not asked about, a second answer for one address, and a
    /// module id that is not among the registry modules it was sent.
    static func checked(_ matches: [DeviceMatch], asked devices: [PCIDevice], modules: [ModuleSource], adapter: String)
        -> (matches: [String: DeviceMatch], problems: [AdapterProblem])
    {
        let addresses = Set(devices.map(\.address))
        let known = Set(modules.map(\.id))
        var kept: [String: DeviceMatch] = [:]
        var problems: [AdapterProblem] = []
        func drop(_ detail: String) {
            problems.append(AdapterProblem(adapter: adapter, kind: .invalidResponse, detail: "discover answer: \(detail)"))
        }
        for match in matches {
            guard addresses.contains(match.address) else {
                drop("'\(match.address)' is not a device it was asked about; ignored")
                continue
            }
            guard kept[match.address] == nil else {
                drop("'\(match.address)' is answered twice; the first answer is kept")
                continue
            }
            var match = match
            let unknown = match.modules.filter { !known.contains($0) }
            if !unknown.isEmpty {
                drop(
                    "\(unknown.map { "'\($0)'" }.joined(separator: ", ")) for '\(match.address)' \(unknown.count == 1 ? "is not a registry module" : "are not registry modules") of its vendors; left out"
                )
                match.modules.removeAll { !known.contains($0) }
            }
            kept[match.address] = match
        }
        return (kept, problems)
    }
}
