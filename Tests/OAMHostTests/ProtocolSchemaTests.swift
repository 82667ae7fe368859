import Foundation
import OAMAdapterAPI
import OAMHost
import OAMTestSupport
import Testing

/// The protocol's JSON Schema (Plugins/oam-adapter-protocol.schema.json) describes what
/// the Swift types really encode: every golden request and response of every adapter is
/// validated against it, strictly (no member the schema does not declare).
@Suite struct ProtocolSchemaTests {
    nonisolated(unsafe) static let schema: [String: Any] = {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Plugins/oam-adapter-protocol.schema.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:]
    }()

    func validate(_ value: some Encodable, against definition: String) -> [String] {
        let object = try! JSONSerialization.jsonObject(with: Data(ProtocolCodec.encode(value)), options: [.fragmentsAllowed])
        return MiniSchema(root: Self.schema).errors(object, ["$ref": "#/$defs/\(definition)"], path: "$")
    }

    @Test func schemaEnumsMatchTheSwiftTypes() throws {
        let defs = try #require(Self.schema["$defs"] as? [String: Any])
        func enumValues(_ path: [String]) -> [String] {
            var node: Any? = defs
            for key in path { node = (node as? [String: Any])?[key] }
            return (node as? [String: Any])?["enum"] as? [String] ?? []
        }
        #expect(enumValues(["method"]) == AdapterMethod.allCases.map(\.rawValue))
        #expect(enumValues(["precisionSupport", "properties", "precision"]) == Precision.allCases.map(\.rawValue))
        #expect(enumValues(["frameworkSupport", "properties", "features", "items"]) == FrameworkSupport.Feature.allCases.map(\.rawValue))
        #expect(Set(enumValues(["precisionSupport", "properties", "tier"])) == Set(EvidenceTier.allCases.map(\.rawValue)))
    }

    @Test(arguments: BuiltInAdapters.all.map(\.info.id))
    func goldenTrafficMatchesTheSchema(adapterID: String) throws {
        let adapter = try #require(BuiltInAdapters.adapter(id: adapterID))
        let endpoint = InTreeEndpoint(adapter)
        let describe = endpoint.respond(to: AdapterRequest(method: .describe))
        for error in validate(describe, against: "response") { Issue.record("describe: \(error)") }
        for example in adapter.examples {
            let request = try HostTestSupport.resolver.request(for: example, vendors: adapter.info.vendors)
            for error in validate(request, against: "request") { Issue.record("\(example.name) request: \(error)") }
            for error in validate(endpoint.respond(to: request), against: "response") { Issue.record("\(example.name) response: \(error)") }
        }
    }

    @Test func errorResponsesMatchTheSchema() {
        let response = InTreeEndpoint(BuiltInAdapters.generic).respond(to: AdapterRequest(method: .describe, versions: [9]))
        #expect(validate(response, against: "response").isEmpty)
        var both = response
        both.result = AdapterResult()
        #expect(!validate(both, against: "response").isEmpty, "result and error together are refused")
    }
}

/// Enough of JSON Schema 2020-12 for this schema: $ref, const, enum, type, required,
/// properties (strict: undeclared members are errors), items, oneOf, not, minimum,
/// minItems, pattern.
struct MiniSchema {
    let root: [String: Any]

    func errors(_ value: Any, _ schema: [String: Any], path: String) -> [String] {
        var found: [String] = []
        if let ref = schema["$ref"] as? String {
            let name = String(ref.dropFirst("#/$defs/".count))
            guard let target = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else { return ["\(path): unresolved \(ref)"] }
            var merged = target
            for (key, item) in schema where key != "$ref" { merged[key] = item }
            return errors(value, merged, path: path)
        }
        if let constant = schema["const"] as? String, value as? String != constant { found.append("\(path): expected '\(constant)'") }
        if let options = schema["enum"] as? [String], !(value is String && options.contains(value as! String)) { found.append("\(path): \(value) not in \(options)") }
        if let type = schema["type"] as? String, !matches(value, type) { return found + ["\(path): expected \(type), found \(value)"] }
        if let minimum = schema["minimum"] as? Double, let number = value as? Double, number < minimum { found.append("\(path): below \(minimum)") }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
           text.range(of: pattern, options: .regularExpression) == nil { found.append("\(path): '\(text)' does not match \(pattern)") }
        if let object = value as? [String: Any], !(value is [Any]) {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(path): missing '\(key)'") }
            if let properties = schema["properties"] as? [String: Any] {
                for (key, item) in object {
                    guard let sub = properties[key] as? [String: Any] else { found.append("\(path): undeclared member '\(key)'"); continue }
                    found += errors(item, sub, path: "\(path).\(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum { found.append("\(path): fewer than \(minimum) items") }
            for (index, item) in array.enumerated() { found += errors(item, items, path: "\(path)[\(index)]") }
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let passing = options.filter { errors(value, $0, path: path).isEmpty }.count
            if passing != 1 { found.append("\(path): matches \(passing) of the oneOf alternatives, not exactly one") }
        }
        if let negated = schema["not"] as? [String: Any], errors(value, negated, path: path).isEmpty { found.append("\(path): matches a 'not' schema") }
        return found
    }

    /// Types as JSONSerialization returns them (the protocol carries no booleans).
    func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "integer": return !(value is String) && (value as? Double).map { $0 == $0.rounded() } ?? false
        case "number": return !(value is String) && value as? Double != nil
        default: return true
        }
    }
}
