import OAMAdapterAPI
import OAMCore
import OAMRegistry

/// An in-tree adapter answering protocol requests in process: what `oam adapter serve`
/// puts on stdin/stdout, and what `oam adapter check` calls directly.
public struct InTreeEndpoint: AdapterEndpoint {
    public let adapter: any AcceleratorAdapter

    public init(_ adapter: any AcceleratorAdapter) {
        self.adapter = adapter
    }

    public var name: String { adapter.info.id }

    public func send(_ request: AdapterRequest) -> Result<AdapterResponse, AdapterProblem> {
        .success(respond(to: request))
    }

    var identity: AdapterResponse.Identity { .init(id: adapter.info.id, version: adapter.info.version) }

    /// The response to `request`; problems with the request are protocol errors.
    public func respond(to request: AdapterRequest) -> AdapterResponse {
        let spoken = adapter.info.protocolVersions
        guard request.protocol == AdapterProtocol.name else {
            return AdapterResponse(
                version: spoken.max() ?? AdapterProtocol.version, adapter: identity,
                error: AdapterFailure(
                    code: .invalidRequest, message: "'protocol' is '\(request.protocol)', expected '\(AdapterProtocol.name)'"))
        }
        guard let version = request.versions.filter(spoken.contains).max() else {
            return AdapterResponse(
                version: spoken.max() ?? AdapterProtocol.version, adapter: identity,
                error: AdapterFailure(
                    code: .unsupportedVersion,
                    message: "the host offers protocol versions \(request.versions), this adapter speaks \(spoken)"))
        }
        do {
            return AdapterResponse(version: version, adapter: identity, result: try result(for: request))
        } catch let failure as AdapterFailure {
            return AdapterResponse(version: version, adapter: identity, error: failure)
        } catch {
            return AdapterResponse(
                version: version, adapter: identity, error: AdapterFailure(code: .internal, message: "\(error)"))
        }
    }

    func result(for request: AdapterRequest) throws -> AdapterResult {
        let params = request.params
        switch request.method {
        case .describe:
            return AdapterResult(info: adapter.info, modules: adapter.modules, examples: adapter.examples)
        case .validate:
            let (file, accelerator) = try Self.parse(try Self.require(params.module, "params.module"))
            return AdapterResult(
                diagnostics: adapter.validate(accelerator, file: DescriptorLocation(path: file.path, root: file.root)).sorted())
        case .capabilities:
            let (_, accelerator) = try Self.parse(try Self.require(params.module, "params.module"))
            return AdapterResult(report: adapter.capabilities(for: accelerator, stack: params.stack))
        case .discover:
            let accelerators = try (params.modules ?? []).map { try Self.parse($0).1 }
            let matches = (params.devices ?? []).compactMap { adapter.match($0, among: accelerators) }
            let reports = (params.tools ?? []).flatMap { adapter.enrich($0, among: accelerators) }
            return AdapterResult(matches: matches, reports: reports)
        }
    }

    static func require<T>(_ value: T?, _ name: String) throws -> T {
        guard let value else { throw AdapterFailure(code: .invalidRequest, message: "'\(name)' is required for this method") }
        return value
    }

    /// Parses a module's YAML text into an accelerator descriptor.
    static func parse(_ module: ModuleSource) throws -> (DescriptorFile, AcceleratorDescriptor) {
        guard let source = module.source else {
            throw AdapterFailure(
                code: .invalidRequest,
                message: "module \(module.id ?? "?") has no 'source' (the host fills it in from the registry)")
        }
        let file = DescriptorParser.parse(bytes: Array(source.utf8), path: module.path ?? module.id ?? "<request>")
        guard case .accelerator(let accelerator)? = file.descriptor else {
            let reason = file.loadDiagnostics.first.map { ": \($0.message)" } ?? ""
            throw AdapterFailure(code: .invalidDescriptor, message: "\(file.path) is not an accelerator descriptor\(reason)")
        }
        return (file, accelerator)
    }
}
