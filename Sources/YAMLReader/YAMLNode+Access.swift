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
    /// keys are stored inline); an ASCII path is scanned in place over its bytes rather than
    /// split into an array, since decoders and rules look up dozens of paths per file.
    public func node(at path: String) -> YAMLNode? {
        let isASCII = path.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } } ?? false
        if isASCII, let found = path.utf8.withContiguousStorageIfAvailable({ self.node(atASCII: $0) }) { return found }
        // A dot followed by a combining mark is one character, not a separator.
        var node = self
        for component in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let next = node.child(String(component)) else { return nil }
            node = next
        }
        return node
    }

    /// `node(at:)` for the bytes of an ASCII path, where every `.` byte separates.
    private func node(atASCII bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        var node = self
        var start = 0
        while true {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
            let componentBytes = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let component = String(decoding: componentBytes, as: UTF8.self)
            // A key of another length in bytes cannot equal a component whose bytes decide.
            let lengthDecides = KeyText.bytesDecide(componentBytes)
            guard let next = node.child(component, lengthDecides: lengthDecides) else { return nil }
            node = next
            guard end < bytes.count else { return node }
            start = end + 1
        }
    }

    /// The child named by one path component: a mapping key, or a sequence index.
    public func child(_ component: String) -> YAMLNode? {
        child(component, lengthDecides: false)
    }

    /// `child(_:)`; with `lengthDecides`, keys of another length in UTF-8 bytes are passed
    /// over without comparing their characters (most keys of a mapping, for the cost of
    /// one comparison each).
    private func child(_ component: String, lengthDecides: Bool) -> YAMLNode? {
        switch content {
        case .mapping(let entries):
            let length = component.utf8.count
            for index in entries.indices {
                if lengthDecides && entries[index].key.text.utf8.count != length { continue }
                if entries[index].key.text == component { return entries[index].value }
            }
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
