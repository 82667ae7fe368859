/// Cuts a JSON export bundle that arrives in pieces into raw values without holding it
/// whole: each member of the top-level object but `descriptors`, and each element of the
/// `descriptors` array, one at a time. The scanner checks only the structure between the
/// values (braces, brackets, colons, commas, white space, nothing after the end);
/// `JSONTextParser` judges each value once it is whole. A text it cannot cut (anything but
/// `{ "key": value, … "descriptors": [ element, … ] … }`) makes it give up: `isCut` turns
/// false, and the caller reads the file whole, so that a file that is not a well-formed
/// bundle is reported exactly as `ExportBundle(json:)` reports it.
struct JSONBundleScanner {
    enum Event {
        /// A top-level member other than `descriptors`: its key and value as written.
        case member(key: [UInt8], value: [UInt8])
        /// One element of the `descriptors` array as written.
        case descriptor([UInt8])
    }

    /// Where the scanner is; the value being read is in `raw`, the member's key in `key`
    /// (kept out of the cases so that appending a byte never copies them).
    private enum State {
        case start
        case keyOrEnd(first: Bool)
        case key
        case colon
        case value
        case memberValue
        case commaOrEnd
        case elementOrEnd(first: Bool)
        case element
        case elementCommaOrEnd
        case end
        case failed
    }

    /// The key of the member that is cut into elements, as written (quotes included).
    static let descriptorsKey = Array(#""descriptors""#.utf8)

    private var state = State.start
    private var raw = JSONRawValue()
    private var key: [UInt8] = []
    /// Whether the `descriptors` array was seen (once: a second one is a duplicate key).
    private(set) var sawDescriptors = false

    /// False from the first byte the scanner cannot place on.
    var isCut: Bool {
        if case .failed = state { return false }
        return true
    }

    /// JSON's white space (RFC 8259: space, tab, line feed, carriage return).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// A byte that ends a number or literal.
    static func isDelimiter(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
    }

    /// Takes the next bytes, handing each value to `emit` as soon as it is whole.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, emit: (Event) -> Void) {
        for byte in bytes {
            take(byte, emit: emit)
            if case .failed = state { return }
        }
    }

    /// Whether the text ended where a bundle may end: after the top-level object's `}`,
    /// with the `descriptors` array seen.
    func finish() -> Bool {
        if case .end = state { return sawDescriptors }
        return false
    }

    private mutating func take(_ byte: UInt8, emit: (Event) -> Void) {
        switch state {
        case .start:
            expect(byte, UInt8(ascii: "{"), then: .keyOrEnd(first: true))
        case .keyOrEnd(let first):
            if Self.isWhitespace(byte) { return }
            if first, byte == UInt8(ascii: "}") {
                state = .end
            } else if byte == UInt8(ascii: "\"") {
                startValue(.key, with: byte)
            } else {
                state = .failed
            }
        case .key:
            if raw.take(byte) == .endedWith {
                key = raw.bytes
                state = .colon
            }
        case .colon:
            expect(byte, UInt8(ascii: ":"), then: .value)
        case .value:
            if Self.isWhitespace(byte) { return }
            if key == Self.descriptorsKey {
                guard !sawDescriptors, byte == UInt8(ascii: "[") else {
                    state = .failed
                    return
                }
                sawDescriptors = true
                state = .elementOrEnd(first: true)
            } else {
                startValue(.memberValue, with: byte)
            }
        case .memberValue:
            valueByte(byte, after: .commaOrEnd) { emit(.member(key: $0.key, value: $0.raw.bytes)) }
        case .commaOrEnd:
            if Self.isWhitespace(byte) { return }
            if byte == UInt8(ascii: ",") {
                state = .keyOrEnd(first: false)
            } else {
                expect(byte, UInt8(ascii: "}"), then: .end)
            }
        case .elementOrEnd(let first):
            if Self.isWhitespace(byte) { return }
            if byte == UInt8(ascii: "]") {
                state = first ? .commaOrEnd : .failed
            } else {
                startValue(.element, with: byte)
            }
        case .element:
            valueByte(byte, after: .elementCommaOrEnd) { emit(.descriptor($0.raw.bytes)) }
        case .elementCommaOrEnd:
            if Self.isWhitespace(byte) { return }
            if byte == UInt8(ascii: ",") {
                state = .elementOrEnd(first: false)
            } else {
                expect(byte, UInt8(ascii: "]"), then: .commaOrEnd)
            }
        case .end:
            if !Self.isWhitespace(byte) { state = .failed }
        case .failed:
            return
        }
    }

    /// A new value in `raw`, beginning with `byte`, read in `reading`.
    private mutating func startValue(_ reading: State, with byte: UInt8) {
        raw = JSONRawValue()
        state = reading
        take(byte, emit: { _ in })
    }

    /// A byte of the value in `raw`: when it ends the value, `whole` gets the scanner with
    /// the whole value and the scanner moves on to `next` (handing it the byte when the
    /// byte was not part of the value).
    private mutating func valueByte(_ byte: UInt8, after next: State, whole: (Self) -> Void) {
        switch raw.take(byte) {
        case .inside:
            return
        case .endedWith:
            whole(self)
            state = next
        case .endedBefore:
            whole(self)
            state = next
            take(byte, emit: { _ in })
        }
    }

    /// White space is skipped; `wanted` moves on to `next`; anything else fails.
    private mutating func expect(_ byte: UInt8, _ wanted: UInt8, then next: State) {
        if Self.isWhitespace(byte) { return }
        state = byte == wanted ? next : .failed
    }
}
