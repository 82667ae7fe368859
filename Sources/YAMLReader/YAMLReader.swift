internal import CYAML

/// Reads YAML text into a `YAMLNode` tree with libyaml's event parser.
///
/// Descriptors are data written by people, so the reader refuses everything that makes a
/// file mean something other than what it shows, or cost more than its size: anchors,
/// aliases and merge keys, duplicate keys, explicit tags, complex keys, several
/// documents, and input beyond `YAMLLimits`. Each refusal is a `YAMLError` with the
/// position of the offending token. No type guessing happens here.
public enum YAMLReader {
    /// Parses `bytes` as one YAML document.
    ///
    /// - Throws: `YAMLError` for the first problem found; parsing stops there, so a
    ///   hostile input costs at most `limits` worth of work.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> YAMLDocument {
        if bytes.count > limits.maxBytes {
            throw YAMLError(.tooLarge, "file is \(bytes.count) bytes; the limit is \(limits.maxBytes) bytes", at: .start)
        }
        if let encoding = TextEncoding.foreignEncoding(of: bytes) {
            throw YAMLError(
                .encoding,
                "the file is \(encoding); descriptors are UTF-8: convert it (iconv -t UTF-8) and save it without a BOM",
                at: .start)
        }
        var builder = TreeBuilder(limits: limits)
        let result: Result<YAMLDocument, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(YAMLError) {
                return .success(try builder.run(buffer))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses a Swift string; see `parse(_:limits:)`.
    public static func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLDocument {
        try parse(Array(text.utf8), limits: limits)
    }
}

/// Turns libyaml events into nodes, enforcing the reader's rules as events arrive.
private struct TreeBuilder {
    let limits: YAMLLimits
    private var stack: [Frame] = []
    private var root: YAMLNode?
    private var nodeCount = 0
    /// Whether a key or scalar read so far holds a control character (`ControlScan`).
    private var holdsControlCharacter = false
    private var documents = 0

    /// The entries of every open mapping, outermost first: a mapping's own run from its
    /// frame's `first` to the end while it is the innermost one. Children collect here and
    /// move into an array of their exact count when their mapping closes, so a node's
    /// arrays never grow by doubling (nor keep the spare capacity).
    private var openEntries: [YAMLEntry] = []
    /// The items of every open sequence, in the same way.
    private var openItems: [YAMLNode] = []

    /// An open mapping or sequence, kept in `stack` and changed in place there.
    private struct Frame {
        let isMapping: Bool
        let start: YAMLMark
        /// Where this node's children begin in `openEntries` (a mapping) or `openItems`.
        let first: Int
        /// The key read but not yet paired with its value.
        var pendingKey: (scalar: YAMLScalar, start: YAMLMark, end: YAMLMark)?
        /// Key text → position, built once a mapping passes 32 keys.
        var keyIndex: [String: YAMLMark]?

        init(isMapping: Bool, start: YAMLMark, first: Int) {
            self.isMapping = isMapping
            self.start = start
            self.first = first
        }

        /// True when the next node in this frame is a mapping key.
        var expectsKey: Bool { isMapping && pendingKey == nil }
    }

    init(limits: YAMLLimits) {
        self.limits = limits
        // Room for a descriptor's open runs from the start, so they grow by doubling rarely
        // or never (a descriptor nests a few levels and its largest mapping holds a few
        // dozen entries).
        stack.reserveCapacity(16)
        openEntries.reserveCapacity(64)
        openItems.reserveCapacity(16)
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) throws(YAMLError) -> YAMLDocument {
        // libyaml keeps pointers into the parser and event between calls, so both live at
        // fixed heap addresses rather than in Swift locals that the compiler may move.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer {
            parser.deallocate()
            event.deallocate()
        }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLError(.syntax, "libyaml could not initialise a parser (out of memory)", at: .start)
        }
        defer { yaml_parser_delete(parser) }
        // libyaml reads the buffer in place; an empty input still needs a valid pointer,
        // and a static one outlives the parser.
        yaml_parser_set_input_string(parser, buffer.baseAddress ?? Self.emptyInput, buffer.count)

        while true {
            guard yaml_parser_parse(parser, event) == 1 else {
                throw Self.parserError(parser.pointee, buffer)
            }
            defer { yaml_event_delete(event) }
            if event.pointee.type == YAML_STREAM_END_EVENT { break }
            try handle(event.pointee)
        }
        return YAMLDocument(root: root, nodeCount: nodeCount, holdsControlCharacter: holdsControlCharacter)
    }

    /// One byte that stays valid for the whole process, for empty inputs.
    nonisolated(unsafe) private static let emptyInput: UnsafePointer<UInt8> = {
        let byte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        byte.initialize(to: 0)
        return UnsafePointer(byte)
    }()

    private mutating func handle(_ event: yaml_event_t) throws(YAMLError) {
        let start = Self.mark(event.start_mark)
        let end = Self.mark(event.end_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLError(
                    .multipleDocuments, "a descriptor file holds one document; split this one into its own file", at: start)
            }
        case YAML_ALIAS_EVENT:
            throw YAMLError(.anchorOrAlias, "aliases (*name) are not allowed in descriptors; write the value out", at: start)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            try refuseAnchorAndTag(
                anchor: data.anchor, tag: data.tag, plainImplicit: data.plain_implicit, quotedImplicit: data.quoted_implicit,
                at: start)
            let text = Self.string(data.value, Int(data.length))
            let scalar = YAMLScalar(text, style: Self.style(data.style))
            if !holdsControlCharacter, let value = data.value {
                let block = scalar.style == .literal || scalar.style == .folded
                holdsControlCharacter =
                    ControlScan.firstControl(in: UnsafeBufferPointer(start: value, count: Int(data.length)), block: block) != nil
            }
            try countNode(at: start)
            try attach(scalar: scalar, start: start, end: end)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            try refuseAnchorAndTag(
                anchor: data.anchor, tag: data.tag, plainImplicit: data.implicit, quotedImplicit: data.implicit, at: start)
            try open(Frame(isMapping: false, start: start, first: openItems.count), at: start)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            try refuseAnchorAndTag(
                anchor: data.anchor, tag: data.tag, plainImplicit: data.implicit, quotedImplicit: data.implicit, at: start)
            try open(Frame(isMapping: true, start: start, first: openEntries.count), at: start)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try close(end: end)
        default:
            break  // stream start, document end
        }
    }

    private func refuseAnchorAndTag(
        anchor: UnsafeMutablePointer<UInt8>?, tag: UnsafeMutablePointer<UInt8>?, plainImplicit: Int32, quotedImplicit: Int32,
        at mark: YAMLMark
    ) throws(YAMLError) {
        if let anchor {
            let name = Self.string(anchor, strlen(anchor))
            throw YAMLError(
                .anchorOrAlias, "anchors (&\(Self.clip(name))) are not allowed in descriptors; write each value out", at: mark)
        }
        if let tag {
            let name = Self.string(tag, strlen(tag))
            throw YAMLError(
                .tag, "explicit tags (\(Self.clip(name))) are not used in descriptors; quote the value if it must stay text",
                at: mark)
        }
    }

    private mutating func countNode(at mark: YAMLMark) throws(YAMLError) {
        nodeCount += 1
        if nodeCount > limits.maxNodes {
            throw YAMLError(.tooManyNodes, "more than \(limits.maxNodes) nodes in one document", at: mark)
        }
    }

    private mutating func open(_ frame: Frame, at mark: YAMLMark) throws(YAMLError) {
        if innermostExpectsKey {
            throw YAMLError(.complexKey, "a key must be a single value, not a mapping or a list", at: mark)
        }
        if stack.count >= limits.maxDepth {
            throw YAMLError(.tooDeep, "nesting deeper than \(limits.maxDepth) levels", at: mark)
        }
        try countNode(at: mark)
        stack.append(frame)
    }

    /// True when the next node in the innermost frame is a mapping key (read in place, not
    /// through a copy of the frame).
    private var innermostExpectsKey: Bool {
        !stack.isEmpty && stack[stack.count - 1].expectsKey
    }

    private mutating func close(end: YAMLMark) throws(YAMLError) {
        guard let frame = stack.popLast() else { return }
        let content: YAMLNode.Content
        if frame.isMapping {
            content = .mapping(Self.exactCopy(openEntries[frame.first...]))
            openEntries.removeSubrange(frame.first...)
        } else {
            content = .sequence(Self.exactCopy(openItems[frame.first...]))
            openItems.removeSubrange(frame.first...)
        }
        try attach(node: YAMLNode(content, start: frame.start, end: end))
    }

    /// The elements of `slice` in a new array of their count. `Array(slice)` would share
    /// the run's buffer, and its spare capacity, when the slice is all of it.
    private static func exactCopy<Element>(_ slice: ArraySlice<Element>) -> [Element] {
        var copy: [Element] = []
        copy.reserveCapacity(slice.count)
        copy.append(contentsOf: slice)
        return copy
    }

    private mutating func attach(scalar: YAMLScalar, start: YAMLMark, end: YAMLMark) throws(YAMLError) {
        if innermostExpectsKey {
            if scalar.style == .plain && scalar.text == "<<" {
                throw YAMLError(.anchorOrAlias, "merge keys (<<) are not allowed in descriptors; write the keys out", at: start)
            }
            if let first = firstOccurrence(of: scalar.text) {
                throw YAMLError(
                    .duplicateKey,
                    "duplicate key '\(Self.clip(scalar.text))'; it first appears at line \(first.line), column \(first.column)",
                    at: start)
            }
            stack[stack.count - 1].pendingKey = (scalar, start, end)
            return
        }
        try attach(node: YAMLNode(.scalar(scalar), start: start, end: end))
    }

    private mutating func attach(node: YAMLNode) throws(YAMLError) {
        let innermost = stack.count - 1
        guard innermost >= 0 else {
            root = node
            return
        }
        guard stack[innermost].isMapping else {
            openItems.append(node)
            return
        }
        guard let key = stack[innermost].pendingKey else {
            throw YAMLError(.complexKey, "a key must be a single value, not a mapping or a list", at: node.start)
        }
        openEntries.append(YAMLEntry(key: key.scalar, keyStart: key.start, keyEnd: key.end, value: node))
        stack[innermost].keyIndex?[key.scalar.text] = key.start
        stack[innermost].pendingKey = nil
    }

    /// Where `key` already occurs in the innermost mapping. Small mappings are scanned, keys
    /// of another length passed over when the bytes of `key` decide equality (`KeyText`);
    /// once a mapping grows past 32 keys an index keeps a hostile 100,000-key mapping linear.
    private mutating func firstOccurrence(of key: String) -> YAMLMark? {
        let innermost = stack.count - 1
        let first = stack[innermost].first
        if stack[innermost].keyIndex == nil && openEntries.count - first >= 32 {
            var built: [String: YAMLMark] = [:]
            for entry in openEntries[first...] where built[entry.key.text] == nil { built[entry.key.text] = entry.keyStart }
            stack[innermost].keyIndex = built
        }
        if let index = stack[innermost].keyIndex { return index[key] }
        let length = KeyText.bytesDecide(key) ? key.utf8.count : nil
        for index in first..<openEntries.count {
            if let length, openEntries[index].key.text.utf8.count != length { continue }
            if openEntries[index].key.text == key { return openEntries[index].keyStart }
        }
        return nil
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<UInt8>?, _ length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    /// Keeps user text in messages short.
    static func clip(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }

    /// Converts libyaml's error state to a positioned `YAMLError`.
    private static func parserError(_ parser: yaml_parser_t, _ buffer: UnsafeBufferPointer<UInt8>) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset, not a mark.
            let mark = markForOffset(Int(parser.problem_offset), in: buffer)
            let byte = parser.problem_value >= 0 ? String(format2hex(Int(parser.problem_value))) : ""
            let what =
                problem.contains("UTF-8") || problem.contains("control")
                ? "the file is not valid UTF-8 text" : "the file cannot be read as text"
            return YAMLError(.encoding, "\(what): \(problem)\(byte.isEmpty ? "" : " (byte \(byte))")", at: mark)
        }
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message = "\(problem) \(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1)"
        }
        if problem.contains("tab") || problem.contains("cannot start any token") {
            message += " (tabs cannot indent YAML; use spaces)"
        }
        return YAMLError(.syntax, message, at: mark(parser.problem_mark))
    }

    private static func format2hex(_ value: Int) -> String {
        let digits = Array("0123456789abcdef")
        return "0x" + String(digits[(value >> 4) & 15]) + String(digits[value & 15])
    }

    /// Line and column of a byte offset, counting columns in Unicode scalars.
    private static func markForOffset(_ offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> YAMLMark {
        var line = 1
        var column = 1
        for byte in buffer.prefix(min(offset, buffer.count)) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return YAMLMark(line: line, column: column)
    }
}
