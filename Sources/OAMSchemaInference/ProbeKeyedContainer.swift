struct ProbeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: ProbeDecoder
    let node: ProbeNode
    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }

    /// Only `decodeIfPresent` asks whether a value is null: the key is optional.
    func decodeNil(forKey key: Key) throws -> Bool {
        node.markOptional(key.stringValue)
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.decode(type, into: node.property(key.stringValue))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<
        NestedKey
    > {
        let child = node.property(key.stringValue)
        child.shape = .keyed([])
        return KeyedDecodingContainer(ProbeKeyedContainer<NestedKey>(decoder: decoder, node: child))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let element = ProbeNode()
        node.property(key.stringValue).shape = .unkeyed(element)
        return ProbeUnkeyedContainer(decoder: decoder, element: element)
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        ProbeDecoder(node: node.property(key.stringValue), inference: decoder.inference)
    }
}
