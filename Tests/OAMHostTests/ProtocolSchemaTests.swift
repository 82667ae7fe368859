import Foundation
import OAMAdapterAPI
import OAMCore
import OAMHost
import OAMTestSupport
import Testing

/// The protocol's only JSON Schema (Registry/schema/adapter-protocol.schema.json, generated
/// by `oam schema adapter-protocol` from the OAMAdapterAPI types; SchemaFreshnessTests keeps
/// the committed file equal to the generator's output) describes what the Swift types
/// really encode: every golden request and response of every adapter is validated against
/// it, strictly (no member the schema does not declare), and it carries the documentation
/// adapter authors need (a description of every message and member, units, patterns).
@Suite struct ProtocolSchemaTests {
    static let path = "Registry/schema/adapter-protocol.schema.json"

    nonisolated(unsafe) static let schema: [String: Any] = {
        let url = Fixtures.repositoryRoot.appendingPathComponent(path)
        let data = (try? Data(contentsOf: url)) ?? Data()
        return ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:]
    }()

    static var definitions: [String: Any] { schema["definitions"] as? [String: Any] ?? [:] }

    func validate(_ value: some Encodable, against definition: String) -> [String] {
        let object = try! JSONSerialization.jsonObject(with: Data(ProtocolCodec.encode(value)), options: [.fragmentsAllowed])
        return validate(json: object, against: definition)
    }

    func validate(json object: Any, against definition: String) -> [String] {
        MiniSchema(root: Self.schema).errors(object, ["$ref": "#/definitions/\(definition)"], path: "$")
    }

    /// A member's schema: `path` through `properties` (and `items` for "[]"), following refs.
    func member(_ definition: String, _ path: String...) -> [String: Any] {
        let mini = MiniSchema(root: Self.schema)
        var node = mini.resolved(Self.definitions[definition] as? [String: Any] ?? [:])
        for key in path {
            let next = key == "[]" ? node["items"] : (node["properties"] as? [String: Any])?[key]
            node = mini.resolved(next as? [String: Any] ?? [:])
        }
        return node
    }

    @Test func theSchemaIsTheGeneratedDraft07One() throws {
        #expect(Self.schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(Self.definitions.count > 20, "\(Self.path) is missing or nearly empty")
        #expect(
            !FileManager.default.fileExists(
                atPath: Fixtures.repositoryRoot.appendingPathComponent("Plugins/oam-adapter-protocol.schema.json").path),
            "a second, hand-written protocol schema is back; the generated one is the only source of truth")
    }

    @Test func schemaEnumsMatchTheSwiftTypes() throws {
        func enumValues(_ schema: [String: Any]) -> [String] { schema["enum"] as? [String] ?? [] }
        #expect(enumValues(member("AdapterRequest", "method")) == AdapterMethod.allCases.map(\.rawValue))
        #expect(enumValues(member("GoldenExample", "method")) == AdapterMethod.allCases.map(\.rawValue))
        #expect(enumValues(member("PrecisionSupport", "precision")) == Precision.allCases.map(\.rawValue))
        #expect(enumValues(member("PrecisionSupport", "level")) == PrecisionSupport.Level.allCases.map(\.rawValue))
        #expect(enumValues(member("SustainedCompute", "precision")) == Precision.allCases.map(\.rawValue))
        #expect(enumValues(member("FrameworkSupport", "features", "[]")) == FrameworkSupport.Feature.allCases.map(\.rawValue))
        #expect(enumValues(member("Diagnostic", "severity")) == Severity.allCases.map(\.rawValue))
        for definition in ["PrecisionSupport", "SustainedCompute", "FrameworkSupport", "Reported_Double", "Reported_Int"] {
            #expect(enumValues(member(definition, "tier")) == EvidenceTier.allCases.map(\.rawValue), "\(definition).tier")
        }
    }

    /// Every message type and every member says what it is, so the schema is the reference
    /// adapter authors read (descriptions live in OAMAdapterAPI/Protocol/ProtocolDocumentation.swift).
    @Test func everyDefinitionAndMemberIsDescribed() throws {
        var undescribed: [String] = []
        var members = 0
        for (name, value) in Self.definitions {
            let definition = try #require(value as? [String: Any])
            if (definition["description"] as? String ?? "").isEmpty { undescribed.append(name) }
            for (key, schema) in definition["properties"] as? [String: Any] ?? [:] {
                members += 1
                if ((schema as? [String: Any])?["description"] as? String ?? "").isEmpty { undescribed.append("\(name).\(key)") }
            }
        }
        #expect(members > 90, "only \(members) members")
        #expect(undescribed.isEmpty, "add to ProtocolDocumentation.swift: \(undescribed.sorted().joined(separator: ", "))")
    }

    /// What the hand-written schema used to say beyond the shape: units, patterns, minimums.
    @Test func unitsAndConstraintsAreStated() {
        func description(_ schema: [String: Any]) -> String { schema["description"] as? String ?? "" }
        func raw(_ definition: String, _ key: String) -> [String: Any] {
            ((Self.definitions[definition] as? [String: Any])?["properties"] as? [String: Any])?[key] as? [String: Any] ?? [:]
        }
        #expect(description(raw("CapabilityReport", "usableMemoryBytes")).contains("Bytes per logical device"))
        #expect(description(raw("CapabilityReport", "sustainedComputeFraction")).contains("0..1"))
        #expect(description(raw("CapabilityReport", "sustainedComputeFraction")).contains("BF16 dense peak"))
        #expect(description(raw("CapabilityReport", "sustainedComputeByPrecision")).contains("that precision's dense peak"))
        #expect(description(raw("CapabilityReport", "sustainedBandwidthFraction")).contains("0..1"))
        #expect(description(raw("CapabilityReport", "scaleOutBytesPerSecond")).contains("B/s"))
        #expect(description(raw("ScaleUpReport", "perPeerBytesPerSecond")).contains("B/s"))
        #expect(description(raw("ScaleUpReport", "allReduceBytesPerSecond")).contains("busbw"))
        #expect(description(raw("SustainedCompute", "fraction")).contains("0..1"))
        #expect(description(raw("DeviceReport", "memoryTotalBytes")).contains("bytes"))
        #expect(description(raw("AdapterFailure", "code")).contains("unsupported-version"))
        #expect(description(raw("PrecisionSupport", "level")).contains("emulated"))
        #expect(description(raw("Reported_Double", "tier")).contains("who published"))
        #expect(member("PCIDevice", "vendor")["pattern"] as? String == "^[0-9a-f]{4}$")
        #expect(member("AdapterInfo", "pciVendorIDs", "[]")["pattern"] as? String == "^[0-9a-f]{4}$")
        #expect(member("Reported_Double", "source")["format"] as? String == "uri")
        #expect(member("AdapterRequest", "versions")["minItems"] as? Int == 1)
        #expect(member("SourceRange", "start", "line")["minimum"] as? Int == 1)
    }

    @Test(arguments: BuiltInAdapters.all.map(\.info.id))
    func goldenTrafficMatchesTheSchema(adapterID: String) throws {
        let adapter = try #require(BuiltInAdapters.adapter(id: adapterID))
        let endpoint = InTreeEndpoint(adapter)
        let root = MiniSchema(root: Self.schema)
        func check(_ value: some Encodable, as definition: String, _ label: String) {
            for error in validate(value, against: definition) { Issue.record("\(label): \(error)") }
            // The top-level oneOf: a request is not also a response, and the other way round.
            let object = try! JSONSerialization.jsonObject(with: Data(ProtocolCodec.encode(value)))
            for error in root.errors(object, Self.schema, path: "$") { Issue.record("\(label) (as a message): \(error)") }
        }
        let describe = endpoint.respond(to: AdapterRequest(method: .describe))
        #expect(describe.result?.info != nil)
        check(describe, as: "AdapterResponse", "describe")
        #expect(!adapter.examples.isEmpty)
        for example in adapter.examples {
            let request = try HostTestSupport.resolver.request(for: example, vendors: adapter.info.vendors)
            check(request, as: "AdapterRequest", "\(example.name) request")
            check(endpoint.respond(to: request), as: "AdapterResponse", "\(example.name) response")
        }
    }

    @Test func errorResponsesMatchTheSchema() {
        let response = InTreeEndpoint(BuiltInAdapters.generic).respond(to: AdapterRequest(method: .describe, versions: [9]))
        #expect(response.error != nil)
        #expect(validate(response, against: "AdapterResponse").isEmpty)
        var both = response
        both.result = AdapterResult()
        #expect(!validate(both, against: "AdapterResponse").isEmpty, "result and error together are refused")
        var neither = response
        neither.error = nil
        #expect(!validate(neither, against: "AdapterResponse").isEmpty, "a response without result or error is refused")
    }

    /// The schema is not vacuous: what the protocol forbids, it refuses, member by member.
    @Test func schemaRefusesWhatTheProtocolForbids() throws {
        let request: [String: Any] = [
            "protocol": "oam-adapter", "versions": [1], "method": "discover",
            "params": ["devices": [["address": "0000:c1:00.0", "vendor": "1002", "device": "74a1", "class": "120000"]]],
        ]
        #expect(validate(json: request, against: "AdapterRequest").isEmpty, "the valid original must pass")
        func edited(_ change: (inout [String: Any]) -> Void) -> [String: Any] {
            var copy = request
            change(&copy)
            return copy
        }
        func device(_ member: String, _ value: String) -> [String: Any] {
            var device: [String: Any] = ["address": "0000:c1:00.0", "vendor": "1002", "device": "74a1", "class": "120000"]
            device[member] = value
            return edited { $0["params"] = ["devices": [device]] }
        }
        let wrong: [(String, [String: Any])] = [
            ("another protocol", edited { $0["protocol"] = "acme" }),
            ("no versions", edited { $0["versions"] = [Int]() }),
            ("version 0", edited { $0["versions"] = [0] }),
            ("unknown method", edited { $0["method"] = "reboot" }),
            ("undeclared member", edited { $0["priority"] = "high" }),
            ("missing params", edited { $0["params"] = nil }),
            ("uppercase vendor id", device("vendor", "10DE")),
            ("short device id", device("device", "74a")),
            ("address without function", device("address", "0000:c1:00")),
            ("five-digit class", device("class", "12000")),
        ]
        for (what, message) in wrong {
            #expect(!validate(json: message, against: "AdapterRequest").isEmpty, "\(what) is accepted")
        }

        let report: [String: Any] = [
            "module": "amd/mi300x",
            "precisions": [["precision": "fp8", "level": "native", "source": "https://rocm.docs.amd.com/", "tier": "vendor"]],
            "sustainedComputeByPrecision": [
                ["precision": "fp8", "fraction": 0.7, "source": "https://example.org/mamf", "tier": "measured"]
            ],
            "frameworks": [Any](), "notes": [Any](),
        ]
        #expect(validate(json: report, against: "CapabilityReport").isEmpty, "the valid original must pass")
        func precision(_ member: String, _ value: String) -> [String: Any] {
            var support: [String: Any] = [
                "precision": "fp8", "level": "native", "source": "https://rocm.docs.amd.com/", "tier": "vendor",
            ]
            support[member] = value
            var copy = report
            copy["precisions"] = [support]
            return copy
        }
        let wrongReports: [(String, [String: Any])] = [
            ("unknown level", precision("level", "partial")),
            ("unknown precision", precision("precision", "fp12")),
            ("unknown tier", precision("tier", "rumour")),
            ("source that is not a URL", precision("source", "the datasheet")),
            (
                "fraction as text",
                {
                    var copy = report
                    copy["sustainedComputeByPrecision"] = [
                        ["precision": "fp8", "fraction": "70 %", "source": "https://example.org/mamf", "tier": "measured"]
                    ]
                    return copy
                }()
            ),
            (
                "missing notes",
                {
                    var copy = report
                    copy["notes"] = nil
                    return copy
                }()
            ),
        ]
        for (what, message) in wrongReports {
            #expect(!validate(json: message, against: "CapabilityReport").isEmpty, "\(what) is accepted")
        }
        let position: [String: Any] = [
            "severity": "error", "ruleID": "x", "message": "m", "file": "f",
            "range": ["start": ["line": 0, "column": 1], "end": ["line": 1, "column": 1]],
        ]
        #expect(!validate(json: position, against: "Diagnostic").isEmpty, "line 0 is accepted")
    }
}

/// Enough of JSON Schema draft-07 for this schema: $ref (local), allOf, const, enum, type,
/// required, properties (strict: undeclared members are errors, as every object of the
/// schema says additionalProperties: false), items, oneOf, not, minimum, minItems,
/// pattern, format uri.
struct MiniSchema {
    let root: [String: Any]

    /// The target of a local `$ref` ("#/definitions/Name"), or `nil`.
    func target(_ ref: String) -> [String: Any]? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: Any? = root
        for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] }
        return node as? [String: Any]
    }

    /// `schema` with a lone `$ref` or `allOf` of one `$ref` replaced by its target (for
    /// looking members up, not for validating).
    func resolved(_ schema: [String: Any]) -> [String: Any] {
        if let ref = schema["$ref"] as? String, let found = target(ref) { return resolved(found) }
        if let all = schema["allOf"] as? [[String: Any]], all.count == 1 { return resolved(all[0]) }
        return schema
    }

    func errors(_ value: Any, _ schema: [String: Any], path: String) -> [String] {
        if let ref = schema["$ref"] as? String {
            // Draft-07: the siblings of a $ref are ignored.
            guard let found = target(ref) else { return ["\(path): unresolved \(ref)"] }
            return errors(value, found, path: path)
        }
        var found: [String] = []
        for part in schema["allOf"] as? [[String: Any]] ?? [] { found += errors(value, part, path: path) }
        if let constant = schema["const"] as? String, value as? String != constant {
            found.append("\(path): expected '\(constant)'")
        }
        if let options = schema["enum"] as? [String], !(value is String && options.contains(value as! String)) {
            found.append("\(path): \(value) not in \(options)")
        }
        if let type = schema["type"] as? String, !matches(value, type) {
            return found + ["\(path): expected \(type), found \(value)"]
        }
        if let minimum = Self.number(schema["minimum"]), let number = Self.number(value), number < minimum {
            found.append("\(path): \(number) below \(minimum)")
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            found.append("\(path): '\(text)' does not match \(pattern)")
        }
        if schema["format"] as? String == "uri", let text = value as? String,
            URLComponents(string: text)?.scheme == nil || text.contains(" ")
        {
            found.append("\(path): '\(text)' is not a URI")
        }
        if let object = value as? [String: Any], !(value is [Any]) {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(path): missing '\(key)'")
            }
            if let properties = schema["properties"] as? [String: Any] {
                for (key, item) in object {
                    guard let sub = properties[key] as? [String: Any] else {
                        found.append("\(path): undeclared member '\(key)'")
                        continue
                    }
                    found += errors(item, sub, path: "\(path).\(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { found += errors(item, items, path: "\(path)[\(index)]") }
        }
        if let array = value as? [Any], let minimum = schema["minItems"] as? Int, array.count < minimum {
            found.append("\(path): fewer than \(minimum) items")
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let passing = options.filter { errors(value, $0, path: path).isEmpty }.count
            if passing != 1 { found.append("\(path): matches \(passing) of the oneOf alternatives, not exactly one") }
        }
        if let negated = schema["not"] as? [String: Any], errors(value, negated, path: path).isEmpty {
            found.append("\(path): matches a 'not' schema")
        }
        return found
    }

    /// A JSON number as a Double (JSONSerialization gives NSNumber); `nil` for text.
    static func number(_ value: Any?) -> Double? {
        guard let value, !(value is String) else { return nil }
        return (value as? NSNumber)?.doubleValue ?? (value as? Int).map(Double.init) ?? value as? Double
    }

    /// Types as JSONSerialization returns them (the protocol carries no booleans).
    func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "integer": return Self.number(value).map { $0 == $0.rounded() } ?? false
        case "number": return Self.number(value) != nil
        default: return true
        }
    }
}
