import OAMAdapterAPI
import OAMCore
import OAMHost

/// One adapter as `oam adapters --format json` and `GET /api/v1/adapters` list it.
extension AdapterListing {
    public var json: JSONValue {
        let listing = self
        var members: [(String, JSONValue)] = [("kind", .string(listing.kind.rawValue)), ("id", .string(listing.id))]
        if let info = listing.info {
            members += [
                ("name", .string(info.name)), ("version", .string(info.version)),
                ("protocolVersions", .array(info.protocolVersions.map { .integer($0) })),
                ("vendors", .array(info.vendors.map(JSONValue.string))),
                ("pciVendorIDs", .array(info.pciVendorIDs.map(JSONValue.string))),
                ("stack", .string(info.stack)),
                ("tools", .array(info.tools.map { .string($0.commandLine) })),
            ]
        }
        members += [
            ("modules", .array(listing.modules.map(JSONValue.string))), ("examples", .integer(listing.examples)),
            ("path", .string(listing.path)), ("shadowed", .array(listing.shadowed.map(JSONValue.string))),
        ]
        members.append(
            (
                "problem",
                listing.problem.map { .object([("kind", .string($0.kind.rawValue)), ("message", .string($0.description))]) }
                    ?? .null
            ))
        return .object(members)
    }
}
