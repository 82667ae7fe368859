/// Claims one element, so `Array.init(from:)` probes the element type once.
struct ProbeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: ProbeDecoder
    let element: ProbeNode
    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { 1 }
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= 1 }

    init(decoder: ProbeDecoder, element: ProbeNode) {
        self.decoder = decoder
        self.element = element
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        return try decoder.decode(type, into: element)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey>
    {
        currentIndex += 1
        element.shape = .keyed([])
        return KeyedDecodingContainer(ProbeKeyedContainer<NestedKey>(decoder: decoder, node: element))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        let inner = ProbeNode()
        element.shape = .unkeyed(inner)
        return ProbeUnkeyedContainer(decoder: decoder, element: inner)
    }

    mutating func superDecoder() throws -> any Decoder { decoder }
}
