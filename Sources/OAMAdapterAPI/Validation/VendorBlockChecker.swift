import OAMCore
import YAMLReader

/// Reads an accelerator's `x-<vendor>` block and collects findings about it, each with the
/// position of the offending key or value and a rule id `<vendor>-<check>`.
///
/// A missing block is not a finding: vendor blocks are optional.
public struct VendorBlockChecker {
    /// The block's name without `x-` (`amd`, `moore-threads`).
    public let vendor: String
    /// The descriptor's file and tree, for the positions of diagnostics.
    public let location: DescriptorLocation
    /// The block's value, when present.
    public let block: YAMLNode?
    public private(set) var diagnostics: [Diagnostic] = []

    public init(vendor: String, accelerator: AcceleratorDescriptor, location: DescriptorLocation) {
        self.vendor = vendor
        self.location = location
        self.block = accelerator.vendorBlocks[vendor]
    }

    /// The dotted path of a key inside the block.
    public func path(_ key: String) -> String { "x-\(vendor).\(key)" }

    /// Adds a finding under rule `<vendor>-<check>`.
    public mutating func report(
        _ severity: Severity, _ check: String, _ message: String, at range: SourceRange, fix: String? = nil
    ) {
        diagnostics.append(location.diagnostic(severity, "\(vendor)-\(check)", message, at: range, fix: fix))
    }

    /// True when the block is a mapping; reports `<vendor>-block` otherwise.
    public mutating func requireMapping() -> Bool {
        guard let block else { return false }
        if block.entries != nil { return true }
        report(
            .error, "block",
            "'x-\(vendor)' is \(block.shapeName), but the vendor block is a mapping of keys the \(vendor) adapter reads",
            at: SourceRange(block))
        return false
    }

    /// Warns about keys the adapter does not read, suggesting the closest known key.
    public mutating func checkKeys(_ known: [String]) {
        for entry in block?.entries ?? [] where !known.contains(entry.key.text) {
            let hint = Suggestions.didYouMean(entry.key.text, in: known)
            report(
                .warning, "unknown-key",
                "'x-\(vendor).\(entry.key.text)' is not read by the \(vendor) adapter (it reads \(known.joined(separator: ", ")))",
                at: SourceRange(key: entry), fix: hint)
        }
    }

    /// The key's scalar text and the range of its value; reports `<vendor>-field-type`
    /// when the value is not a single value.
    public mutating func text(_ key: String) -> (text: String, range: SourceRange)? {
        guard let node = block?[key] else { return nil }
        guard let scalar = node.scalar else {
            report(
                .error, "field-type", "'\(path(key))' is \(node.shapeName), but it takes a single value", at: SourceRange(node))
            return nil
        }
        return (scalar.text, SourceRange(node))
    }

    /// The key's list of scalars with their ranges; a single value counts as a list of one.
    public mutating func texts(_ key: String) -> [(text: String, range: SourceRange)] {
        guard let node = block?[key] else { return [] }
        if let scalar = node.scalar { return [(scalar.text, SourceRange(node))] }
        guard let items = node.items else {
            report(.error, "field-type", "'\(path(key))' is \(node.shapeName), but it takes a list", at: SourceRange(node))
            return []
        }
        var result: [(text: String, range: SourceRange)] = []
        for item in items {
            if let scalar = item.scalar {
                result.append((scalar.text, SourceRange(item)))
            } else {
                report(
                    .error, "field-type", "an item of '\(path(key))' is \(item.shapeName), but items are single values",
                    at: SourceRange(item))
            }
        }
        return result
    }

    /// The key's mapping entries with scalar values (`{"1e36:c035": S60}`).
    public mutating func pairs(_ key: String) -> [(key: String, keyRange: SourceRange, value: String, valueRange: SourceRange)] {
        guard let node = block?[key] else { return [] }
        guard let entries = node.entries else {
            report(.error, "field-type", "'\(path(key))' is \(node.shapeName), but it takes a mapping", at: SourceRange(node))
            return []
        }
        return entries.compactMap { entry in
            guard let scalar = entry.value.scalar else {
                report(
                    .error, "field-type",
                    "'\(path(key)).\(entry.key.text)' is \(entry.value.shapeName), but it takes a single value",
                    at: SourceRange(entry.value))
                return nil
            }
            return (entry.key.text, SourceRange(key: entry), scalar.text, SourceRange(entry.value))
        }
    }

    /// The key's value as a positive whole number; reports `<vendor>-field-type` otherwise.
    public mutating func positiveInteger(_ key: String) -> (value: Int, range: SourceRange)? {
        guard let (text, range) = text(key) else { return nil }
        guard let value = Int(text), value > 0 else {
            report(.error, "field-type", "'\(path(key))' is '\(text)', but it takes a positive whole number", at: range)
            return nil
        }
        return (value, range)
    }

    /// The key's value as a quantity of one of `dimensions` (`32768 MiB`, `256 TFLOPS`).
    public mutating func quantity(_ key: String, _ dimensions: [Dimension]) -> (value: Quantity, range: SourceRange)? {
        guard let (text, range) = text(key) else { return nil }
        switch QuantityParser.parse(text, expecting: dimensions) {
        case .success(let quantity): return (quantity, range)
        case .failure(let failure):
            report(.error, "field-type", "'\(path(key))': \(failure.message)", at: range)
            return nil
        }
    }
}
