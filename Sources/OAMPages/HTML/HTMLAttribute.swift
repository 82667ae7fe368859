/// One attribute of an element: a name fixed in source code and a value escaped on output.
public struct HTMLAttribute: Sendable {
    public var name: StaticString
    public var value: String

    public init(_ name: StaticString, _ value: String) {
        self.name = name
        self.value = value
    }
}
