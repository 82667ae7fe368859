import ArgumentParser
import Foundation
import OAMAdapterAPI
import OAMHost

/// `oam adapter serve VENDOR`: an in-tree adapter as an out-of-tree one — one JSON request
/// on standard input, one JSON response on standard output.
struct AdapterServeCommand: OAMSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Answer one adapter-protocol request from standard input with an in-tree adapter.",
        discussion:
            "Reads one request (Docs/adapters.md), writes one response and exits 0; a request it cannot answer gets an error response. Exit 2 when VENDOR has no in-tree adapter."
    )

    @Argument(help: "The in-tree adapter: a vendor id such as amd, or generic.")
    var vendor: String

    /// Requests larger than this are refused (they carry descriptor texts, not data sets).
    static let requestLimit = 64 << 20

    func execute() throws -> Int32 {
        guard let adapter = BuiltInAdapters.adapter(id: vendor) ?? BuiltInAdapters.adapter(forVendor: vendor) else {
            throw CLIError.couldNotRun(
                "no in-tree adapter '\(vendor)'; in-tree adapters: \(BuiltInAdapters.all.map(\.info.id).joined(separator: ", "))")
        }
        let endpoint = InTreeEndpoint(adapter)
        let input = (try? FileHandle.standardInput.read(upToCount: Self.requestLimit + 1)) ?? nil
        let bytes = Array(input ?? Data())
        let response: AdapterResponse
        if bytes.count > Self.requestLimit {
            response = failure(endpoint, .invalidRequest, "the request is larger than \(Self.requestLimit) bytes")
        } else {
            do {
                response = endpoint.respond(to: try ProtocolCodec.decode(AdapterRequest.self, from: bytes))
            } catch {
                response = failure(
                    endpoint, .invalidRequest, "the request is not a protocol request: \(ProtocolCodec.describe(error))")
            }
        }
        Output.printRaw(ProtocolCodec.encode(response) + [UInt8(ascii: "\n")])
        return 0
    }

    private func failure(_ endpoint: InTreeEndpoint, _ code: AdapterFailureCode, _ message: String) -> AdapterResponse {
        AdapterResponse(
            adapter: .init(id: endpoint.adapter.info.id, version: endpoint.adapter.info.version),
            error: AdapterFailure(code: code, message: message))
    }
}
