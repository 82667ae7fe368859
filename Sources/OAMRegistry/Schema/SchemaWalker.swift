import OAMCore
import YAMLReader

/// Checks a YAML tree against a descriptor schema and reports every mismatch under the
/// rule that owns it (`required-field`, `unknown-key`, `field-type`, `enum-value`,
/// `unit-kind`, `quantity-value`, `value-range` and the format rules).
///
/// It never stops at the first problem: a contributor sees every mismatch of a file in one
/// run.
public struct SchemaWalker {
    public private(set) var diagnostics: [Diagnostic] = []
    /// The quantities parsed while checking, for decoding to take instead of parsing again.
    private(set) var quantities = ParsedQuantities()
    let file: String
    /// Unknown keys that still get a "did you mean" suggestion. Reports show at most 100
    /// findings per file, so a file with 76,000 unknown keys computes 100 suggestions, not
    /// 76,000, and each further key costs one finding.
    private var suggestionsLeft = 100

    /// The UTF-8 bytes of the dotted path of the node being walked (`memory.capacity`,
    /// `pci_ids.0`). Each level appends its component and takes it off again, so a path
    /// becomes a `String` only when a finding names it, not once per field of every file.
    private var path: [UInt8] = []

    public init(file: String) {
        self.file = file
        path.reserveCapacity(64)
    }

    /// Walks a top-level mapping against `schema`.
    public mutating func walk(_ root: YAMLNode, schema: ObjectSchema) {
        path.removeAll(keepingCapacity: true)
        walkObject(root, schema: schema, anchor: SourceRange(root.start, root.start))
    }

    /// The path being walked, as messages print it.
    private var pathText: String { String(decoding: path, as: UTF8.self) }

    /// Appends a mapping key to `path` (with a dot unless it is the first component) and
    /// returns the length to cut back to.
    private mutating func enter(key: String) -> Int {
        let parentCount = path.count
        if parentCount > 0 { path.append(UInt8(ascii: ".")) }
        path.append(contentsOf: key.utf8)
        return parentCount
    }

    /// Appends a list index to `path` and returns the length to cut back to.
    private mutating func enter(index: Int) -> Int {
        let parentCount = path.count
        path.append(UInt8(ascii: "."))
        path.append(contentsOf: String(index).utf8)
        return parentCount
    }

    private mutating func leave(to parentCount: Int) {
        path.removeSubrange(parentCount...)
    }

    mutating func walk(_ node: YAMLNode, as type: ValueType, anchor: SourceRange) {
        if let scalar = node.scalar, scalar.isNull {
            report(
                "field-type",
                "'\(pathText)' has no value; write a value\(Self.acceptsUnknown(type) ? " or 'unknown'" : ""), or remove the key",
                SourceRange(key: anchor, node))
            return
        }
        switch type {
        case .orUnknown(let inner):
            if let scalar = node.scalar, scalar.style == .plain, scalar.text == "unknown" { return }
            walk(node, as: inner, anchor: anchor)
        case .object(let schema):
            walkObject(node, schema: schema, anchor: anchor)
        case .map(let keys, let values):
            guard let entries = node.entries else { return wrongShape(node, expected: type) }
            for entry in entries {
                switch keys {
                case .oneOf(let allowed) where !allowed.contains(entry.key.text):
                    report(
                        "unknown-key",
                        "'\(entry.key.text)' is not a valid key in '\(pathText)'; expected one of \(allowed.joined(separator: ", "))",
                        SourceRange(key: entry), fix: Suggestions.didYouMean(entry.key.text, in: allowed))
                    continue
                case .formatted(let format) where !format.matches(entry.key.text):
                    report(
                        format.ruleID, "key '\(entry.key.text)' in '\(pathText)' must be \(format.expectation)",
                        SourceRange(key: entry))
                    continue
                default:
                    break
                }
                let parentCount = enter(key: entry.key.text)
                walk(entry.value, as: values, anchor: SourceRange(key: entry))
                leave(to: parentCount)
            }
        case .list(let element):
            guard let items = node.items else { return wrongShape(node, expected: type) }
            for (index, item) in items.enumerated() {
                let parentCount = enter(index: index)
                walk(item, as: element, anchor: SourceRange(item))
                leave(to: parentCount)
            }
        default:
            guard let scalar = node.scalar else { return wrongShape(node, expected: type) }
            walkScalar(scalar, node: node, as: type)
        }
    }

    private mutating func walkObject(_ node: YAMLNode, schema: ObjectSchema, anchor: SourceRange) {
        guard let entries = node.entries else { return wrongShape(node, expected: .object(schema)) }
        for field in schema.fields where field.required && !entries.contains(where: { $0.key.text == field.name }) {
            let parentCount = enter(key: field.name)
            report("required-field", "missing required field '\(pathText)': \(field.summary)", anchor)
            leave(to: parentCount)
        }
        // Where this object's unknown keys are, for their messages: made at the first one, so
        // an object with 76,000 of them formats it once.
        var place: String?
        for entry in entries {
            let name = entry.key.text
            if let field = schema.field(name) {
                let parentCount = enter(key: name)
                walk(entry.value, as: field.type, anchor: SourceRange(key: entry))
                leave(to: parentCount)
            } else if schema.allowsVendorBlocks && name.hasPrefix("x-") && name.count > 2 {
                continue  // left to the vendor's adapter
            } else {
                let here = place ?? (path.isEmpty ? Self.describe(schema) : "'\(pathText)'")
                place = here
                suggestionsLeft -= 1
                report(
                    "unknown-key", "unknown key '\(name)' in \(here)", SourceRange(key: entry),
                    fix: suggestionsLeft >= 0 ? Suggestions.didYouMean(name, in: schema.fields.map(\.name)) : nil)
            }
        }
    }

    /// "an accelerator descriptor", "a model descriptor": a top-level schema as messages name it.
    static func describe(_ schema: ObjectSchema) -> String {
        let article = schema.name.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        return "\(article) \(schema.name) descriptor"
    }

    private mutating func walkScalar(_ scalar: YAMLScalar, node: YAMLNode, as type: ValueType) {
        let range = SourceRange(node)
        let text = scalar.text
        switch type {
        case .text:
            break
        case .formatted(let format):
            if !format.matches(text) {
                report(format.ruleID, "'\(Self.clip(text))' in '\(pathText)' is not \(format.expectation)", range)
            }
        case .integer(let bounds):
            guard scalar.style == .plain, let value = Int(text) else {
                return report("field-type", "'\(pathText)' must be a whole number, found '\(Self.clip(text))'", range)
            }
            if !bounds.contains(value) {
                report(
                    "value-range", "'\(pathText)' must be between \(bounds.lowerBound) and \(bounds.upperBound), found \(value)",
                    range)
            }
        case .number(let bounds):
            guard scalar.style == .plain, let value = Double(text), value.isFinite else {
                return report("field-type", "'\(pathText)' must be a number such as 8.03e9, found '\(Self.clip(text))'", range)
            }
            if !bounds.contains(value) {
                report(
                    "value-range", "'\(pathText)' must be between \(bounds.lowerBound) and \(bounds.upperBound), found \(text)",
                    range
                )
            }
        case .boolean:
            if scalar.style != .plain || (text != "true" && text != "false") {
                report(
                    "field-type", "'\(pathText)' must be true or false, found '\(Self.clip(text))'", range,
                    fix: ["yes", "on", "y", "True", "TRUE"].contains(text)
                        ? "write true" : ["no", "off", "n", "False", "FALSE", "NO"].contains(text) ? "write false" : nil)
            }
        case .quantity(let dimensions):
            switch QuantityParser.parse(text, expecting: dimensions) {
            case .success(let quantity):
                quantities.record(quantity, at: node.start)
                if !PhysicalLimits.isPossible(quantity.value, quantity.dimension) {
                    report(
                        ImpossibleFigureRule.description.id, ImpossibleFigureRule.message(path: pathText, quantity), range,
                        fix: "check the unit prefix and that the figure is for one module")
                }
            case .failure(let failure):
                switch failure {
                case .notANumber, .notFinite, .negative:
                    report("quantity-value", "'\(pathText)': \(failure.message)", range)
                case .missingUnit, .unknownUnit, .wrongDimension:
                    report("unit-kind", "'\(pathText)': \(failure.message)", range)
                }
            }
        case .oneOf(let allowed):
            if !allowed.contains(text) {
                report(
                    "enum-value",
                    "'\(Self.clip(text))' is not a valid value for '\(pathText)'; expected one of \(allowed.joined(separator: ", "))",
                    range, fix: Suggestions.didYouMean(text, in: allowed))
            }
        case .orUnknown, .object, .map, .list:
            break  // handled by walk
        }
    }

    private mutating func wrongShape(_ node: YAMLNode, expected: ValueType) {
        report("field-type", "'\(pathText)' must be \(expected.phrase), found \(node.shapeName)", SourceRange(node))
    }

    private mutating func report(_ rule: String, _ message: String, _ range: SourceRange, fix: String? = nil) {
        diagnostics.append(Diagnostic(severity: .error, ruleID: rule, message: message, file: file, range: range, fix: fix))
    }

    private static func acceptsUnknown(_ type: ValueType) -> Bool {
        if case .orUnknown = type { return true }
        return false
    }

    static func clip(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }
}

extension SourceRange {
    /// The value of an entry, falling back to its key when the value is empty.
    init(key: SourceRange, _ value: YAMLNode) {
        if value.start == value.end { self = key } else { self.init(value) }
    }
}
