import OAMCore

/// A new descriptor to fill in, generated from the kind's schema: the modeline, every
/// required field with an empty value and a comment saying what goes there, and the
/// optional fields commented out.
///
/// An empty value is YAML null, which the schema refuses everywhere, so a scaffold fails
/// `oam validate` at each placeholder until someone fills it in; nothing is guessed.
public struct DescriptorScaffold: Sendable {
    /// One empty value to fill in: its dotted path and its 1-based line.
    public struct Placeholder: Sendable, Hashable {
        public var path: String
        public var line: Int
    }

    public var kind: DescriptorKind
    public var id: String
    /// The file text.
    public private(set) var text: String
    /// Every empty value, in file order.
    public private(set) var placeholders: [Placeholder] = []

    /// Optional fields that most descriptors need, written out to fill in like required
    /// ones: a dense model's feed-forward block (an MoE model replaces it with `moe`).
    static let scaffoldedAsRequired: Set<String> = ["architecture.mlp"]

    /// The column comments start at, so they line up.
    static let commentColumn = 32

    /// A scaffold for `id` (checked by the caller: `ScalarFormat.qualifiedID`, or `specID`
    /// for module specs). Values that follow from the id are filled in: `kind`, `id`,
    /// `vendor`, and a spec's `family` and `version`.
    public init(kind: DescriptorKind, id: String) {
        self.kind = kind
        self.id = id
        self.text = ""
        var lines = [
            kind.modeline,
            "# A new \(kind.rawValue) descriptor. Fill in every empty value (write unknown where the",
            "# figure is not public), add each figure's path to the covers of its source, uncomment",
            "# the optional fields that apply, then run: oam validate \(kind.folder)/\(id).yaml",
        ]
        var placeholders: [Placeholder] = []
        var writer = Writer(lines: lines, placeholders: placeholders, known: Self.knownValues(kind: kind, id: id))
        writer.fields(of: kind.schema, indent: 0, path: "", commented: false)
        if kind.schema.allowsVendorBlocks, let vendor = id.split(separator: "/").first {
            writer.lines.append(
                "# x-\(vendor):".scaffoldPadded(to: Self.commentColumn)
                    + "# vendor block, checked by the \(vendor) adapter (gfx target, compute capability…)")
        }
        lines = writer.lines
        placeholders = writer.placeholders
        self.text = lines.joined(separator: "\n") + "\n"
        self.placeholders = placeholders
    }

    /// Values that follow from the id.
    static func knownValues(kind: DescriptorKind, id: String) -> [String: String] {
        var known = ["kind": kind.rawValue, "id": id]
        switch kind {
        case .accelerator:
            if let vendor = id.split(separator: "/").first { known["vendor"] = String(vendor) }
        case .model:
            break
        case .moduleSpec:
            // ocp-oam-1.5 → family ocp-oam, version "1.5".
            var parts = id.split(separator: "-").map(String.init)
            if parts.count > 1, let last = parts.last, last.first?.isNumber == true {
                parts.removeLast()
                known["family"] = parts.joined(separator: "-")
                known["version"] = "\"\(last)\""
            }
        }
        return known
    }

    /// The text with placeholders filled in: `values` maps dotted paths to the YAML text
    /// to write (`192 GiB`, `[memory, peak_dense]`). Placeholders not named stay empty.
    public func filled(_ values: [String: String]) -> String {
        var lines = text.components(separatedBy: "\n")
        for placeholder in placeholders {
            guard let value = values[placeholder.path] else { continue }
            let index = placeholder.line - 1
            let line = lines[index]
            guard let colon = line.firstIndex(of: ":") else { continue }
            lines[index] = String(line[...colon]) + " " + value
        }
        return lines.joined(separator: "\n")
    }

    /// Writes fields line by line.
    struct Writer {
        var lines: [String]
        var placeholders: [Placeholder]
        let known: [String: String]

        mutating func fields(of schema: ObjectSchema, indent: Int, path: String, commented: Bool, firstPrefix: String? = nil) {
            // A list item: the first field carries the dash, the others align with it.
            for (index, field) in schema.fields.enumerated() {
                let childPath = path.isEmpty ? field.name : "\(path).\(field.name)"
                let prefix = index == 0 ? firstPrefix : nil
                let fieldIndent = index == 0 ? indent : indent + (firstPrefix?.count ?? 0)
                let required = field.required || DescriptorScaffold.scaffoldedAsRequired.contains(childPath)
                self.field(field, indent: fieldIndent, path: childPath, commented: commented || !required, listPrefix: prefix)
            }
        }

        mutating func field(_ field: ObjectSchema.Field, indent: Int, path: String, commented: Bool, listPrefix: String? = nil) {
            let lead = (commented ? "# " : "") + String(repeating: " ", count: indent)
            let key = lead + (listPrefix ?? "") + field.name + ":"
            let comment = "# " + field.summary
            if let value = known[path] {
                lines.append(key + " " + value)
                return
            }
            let childIndent = indent + 2 + (listPrefix?.count ?? 0)
            switch field.type {
            case .object(let schema):
                lines.append(key.scaffoldPadded(to: DescriptorScaffold.commentColumn) + comment)
                fields(of: schema, indent: childIndent, path: path, commented: commented)
            case .map(.oneOf(let keys), let values) where !commented:
                lines.append(
                    key.scaffoldPadded(to: DescriptorScaffold.commentColumn) + comment + " Delete the keys that do not apply.")
                for name in keys {
                    // A vendor-defined format (MXFP4, NVFP4, HiFloat8…) applies only where a
                    // datasheet names it: offered commented out, not as a placeholder.
                    if Precision(rawValue: name)?.definition != nil {
                        let line = "# " + String(repeating: " ", count: childIndent) + name + ":"
                        lines.append(
                            line.scaffoldPadded(to: DescriptorScaffold.commentColumn)
                                + "# only where the datasheet names this format " + Self.hint(values))
                        continue
                    }
                    placeholder(indent: childIndent, key: name, path: "\(path).\(name)", hint: Self.hint(values))
                }
            case .map(.formatted, .object(let schema)) where !commented:
                lines.append(key.scaffoldPadded(to: DescriptorScaffold.commentColumn) + comment)
                let entry = String(repeating: " ", count: childIndent) + "datasheet:"
                lines.append(entry.scaffoldPadded(to: DescriptorScaffold.commentColumn) + "# a short key of your choice")
                fields(of: schema, indent: childIndent + 2, path: "\(path).datasheet", commented: commented)
            case .list(.object(let schema)), .orUnknown(.list(.object(let schema))):
                lines.append(key.scaffoldPadded(to: DescriptorScaffold.commentColumn) + comment)
                fields(of: schema, indent: childIndent, path: "\(path).0", commented: commented, firstPrefix: "- ")
            default:
                if commented {
                    lines.append(key.scaffoldPadded(to: DescriptorScaffold.commentColumn) + comment + " " + Self.hint(field.type))
                } else {
                    placeholder(
                        indent: indent, key: (listPrefix ?? "") + field.name, path: path,
                        hint: comment + " " + Self.hint(field.type))
                }
            }
        }

        /// An empty value; never commented out (optional fields are not placeholders).
        mutating func placeholder(indent: Int, key: String, path: String, hint: String) {
            let line = String(repeating: " ", count: indent) + key + ":"
            lines.append(line.scaffoldPadded(to: DescriptorScaffold.commentColumn) + (hint.hasPrefix("#") ? hint : "# " + hint))
            placeholders.append(Placeholder(path: path, line: lines.count))
        }

        /// What to write, with an example: "(a size in bytes with its unit or 'unknown', e.g. 192 GiB)".
        static func hint(_ type: ValueType) -> String {
            var text = "(" + type.phrase
            if let example = example(type) { text += ", e.g. " + example }
            return text + ")"
        }

        static func example(_ type: ValueType) -> String? {
            switch type {
            case .quantity(let dimensions): return dimensions.first.map(JSONSchemaExport.example(of:))
            case .orUnknown(let inner): return example(inner)
            case .number: return "8.03e9"
            case .formatted(.date): return "2024-06-12"
            case .formatted(.url): return "https://…"
            case .formatted(.hostInterface): return "pcie-5.0-x16"
            case .formatted(.pciID): return "\"1002:74a1\""
            case .list(let element): return example(element).map { "[\($0)]" } ?? "[…]"
            default: return nil
            }
        }
    }
}

extension String {
    /// The text followed by spaces up to `column` characters, and at least one.
    func scaffoldPadded(to column: Int) -> String {
        self + String(repeating: " ", count: max(1, column - count))
    }
}
