/// RFC 4180 rows from UTF-8 bytes that arrive in pieces, so a bundle of hundreds of
/// megabytes is read with memory for one row, not for the file.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; a carriage return outside
/// quotes is dropped. Every structural byte is ASCII, so a piece may end anywhere, even
/// inside a multi-byte character: fields are decoded only when they are complete.
struct CSVRowReader {
    private var row: [String] = []
    private var field: [UInt8] = []
    private var quoted = false
    /// A `"` was seen inside a quoted field: the next byte says whether it was an escaped
    /// quote (`""`) or the end of the quotes.
    private var quoteEnds = false
    private var line = 1
    private var rowLine = 1
    private var quoteLine = 1

    /// Reads `bytes`, calling `emit` with each complete row and the (1-based) line it
    /// starts on.
    mutating func feed<E: Error>(_ bytes: UnsafeBufferPointer<UInt8>, emit: (Int, [String]) throws(E) -> Void) throws(E) {
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if quoteEnds {
                quoteEnds = false
                if byte == UInt8(ascii: "\"") {
                    field.append(byte)
                    continue
                }
                quoted = false
            }
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    quoteEnds = true
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                quoted = true
                quoteLine = line
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\r"):
                continue
            case UInt8(ascii: "\n"):
                endField()
                try emit(rowLine, row)
                row.removeAll(keepingCapacity: true)
                rowLine = line
            default:
                field.append(byte)
            }
        }
    }

    /// The last row when the text does not end with a line break, with its line. Throws on
    /// a quoted field that never closes, naming the line where it starts.
    mutating func finish() throws(ExportBundle.ReadError) -> (line: Int, fields: [String])? {
        if quoteEnds {
            quoteEnds = false
            quoted = false
        }
        if quoted {
            throw ExportBundle.ReadError("line \(quoteLine): a quoted field starts here and is never closed (unterminated \")")
        }
        guard !field.isEmpty || !row.isEmpty else { return nil }
        endField()
        defer { row.removeAll() }
        return (rowLine, row)
    }

    private mutating func endField() {
        row.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
    }
}
