/// A piece of an HTML document built from typed values, escaped when rendered.
///
/// Why a builder of our own rather than templates: tag and attribute names are `StaticString`s,
/// so only the source code can name them, and every `String` that enters a node — registry data,
/// query parameters, catalogue text — is escaped on output; there is no raw-HTML case, so
/// nothing can bypass escaping. It adds no dependency and compiles in seconds, and pages stay
/// ordinary Swift that calls the same typed queries the API uses.
public indirect enum HTMLNode: Sendable {
    /// An element with its attributes (in order) and children.
    case element(StaticString, [HTMLAttribute], [HTMLNode])
    /// Text content, escaped when rendered.
    case text(String)
    /// Several nodes without a wrapper.
    case fragment([HTMLNode])

    /// Elements that have no end tag.
    static let voidElements: Set<String> = ["meta", "link", "input", "br", "img", "hr", "col"]

    /// The markup of this node appended to `output`.
    public func render(into output: inout String) {
        switch self {
        case .text(let text):
            HTMLEscape.append(text, to: &output)
        case .fragment(let nodes):
            for node in nodes { node.render(into: &output) }
        case .element(let tag, let attributes, let children):
            let name = tag.description
            output += "<" + name
            for attribute in attributes {
                output += " " + attribute.name.description + "=\""
                HTMLEscape.append(attribute.value, to: &output)
                output += "\""
            }
            output += ">"
            if Self.voidElements.contains(name) { return }
            for child in children { child.render(into: &output) }
            output += "</" + name + ">"
        }
    }

    /// The markup of this node.
    public var rendered: String {
        var output = ""
        render(into: &output)
        return output
    }
}
