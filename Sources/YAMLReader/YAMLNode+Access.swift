extension YAMLNode {
    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The mapping's entries, if this node is a mapping.
    public var entries: [YAMLEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The sequence's items, if this node is a sequence.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entry for `key` in a mapping, compared on the key text.
    public func entry(_ key: String) -> YAMLEntry? {
        entries?.first { $0.key.text == key }
    }

    /// The value for `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        entry(key)?.value
    }

    /// The node at a dotted path such as `memory.capacity` or `pci_ids.0`: mapping keys
    /// by name, sequence items by index. Components are compared as Swift strings (short
    /// keys are stored inline); the path is scanned in place rather than split into an
    /// array, since decoders look up dozens of paths per file.
    public func node(at path: String) -> YAMLNode? {
        var node = self
        let utf8 = path.utf8
        if !utf8.allSatisfy({ $0 < 0x80 }) {
            // A dot followed by a combining mark is one character, not a separator.
            for component in path.split(separator: ".", omittingEmptySubsequences: false) {
                guard let next = node.child(String(component)) else { return nil }
                node = next
            }
            return node
        }
        var start = utf8.startIndex
        while true {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: ".")) ?? utf8.endIndex
            guard let next = node.child(String(path[start..<end])) else { return nil }
            node = next
            guard end < utf8.endIndex else { return node }
            start = utf8.index(after: end)
        }
    }

    /// The child named by one path component: a mapping key, or a sequence index.
    public func child(_ component: String) -> YAMLNode? {
        switch content {
        case .mapping(let entries):
            for entry in entries where entry.key.text == component { return entry.value }
            return nil
        case .sequence(let items):
            guard let index = Int(component), index >= 0, index < items.count else { return nil }
            return items[index]
        case .scalar:
            return nil
        }
    }

    /// A short name of the node's shape for messages: "a mapping", "a list", "text".
    public var shapeName: String {
        switch content {
        case .scalar: return "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}
