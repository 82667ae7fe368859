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
    /// by name, sequence items by index, compared as Swift strings. An ASCII path is scanned
    /// in place over its bytes rather than split into an array, and its components compared
    /// with the keys' bytes, since decoders and rules look up dozens of paths per file.
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

    /// `node(at:)` for the bytes of an ASCII path, where every `.` byte separates. A
    /// component whose bytes decide equality (`KeyText`) is compared with each key's bytes
    /// in place, with no `String` made for it; any other is compared as a Swift string.
    private func node(atASCII bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        var node = self
        var start = 0
        while true {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
            let componentBytes = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let next =
                KeyText.bytesDecide(componentBytes)
                ? node.child(bytes: componentBytes)
                : node.child(String(decoding: componentBytes, as: UTF8.self))
            guard let next else { return nil }
            node = next
            guard end < bytes.count else { return node }
            start = end + 1
        }
    }

    /// The child named by a path component given as bytes that decide equality: the
    /// mapping entry whose key has exactly these bytes, or the sequence item at this
    /// decimal index.
    private func child(bytes component: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        switch content {
        case .mapping(let entries):
            for index in entries.indices where KeyText.equals(entries[index].key.text, bytes: component) {
                return entries[index].value
            }
            return nil
        case .sequence(let items):
            guard let index = Int(String(decoding: component, as: UTF8.self)), index >= 0, index < items.count else {
                return nil
            }
            return items[index]
        case .scalar:
            return nil
        }
    }

    /// The child named by one path component: a mapping key, or a sequence index.
    public func child(_ component: String) -> YAMLNode? {
        switch content {
        case .mapping(let entries):
            for index in entries.indices where entries[index].key.text == component { return entries[index].value }
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
