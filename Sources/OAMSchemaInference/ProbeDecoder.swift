/// The decoder handed to `init(from:)`: every container records into its node.
final class ProbeDecoder: Decoder {
    let node: ProbeNode
    var inference: CodableSchemaInference
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(node: ProbeNode, inference: CodableSchemaInference) {
        self.node = node
        self.inference = inference
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        if case .keyed = node.shape {} else { node.shape = .keyed([]) }
        return KeyedDecodingContainer(ProbeKeyedContainer<Key>(decoder: self, node: node))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let element = ProbeNode()
        node.shape = .unkeyed(element)
        return ProbeUnkeyedContainer(decoder: self, element: element)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ProbeSingleValueContainer(decoder: self, node: node)
    }

    func decode<T: Decodable>(_ type: T.Type, into node: ProbeNode) throws -> T {
        try inference.probe(type, into: node)
    }
}
