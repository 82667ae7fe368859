/// A manifest line the harness cannot use, as `file:line: error: message`.
struct ManifestError: Error, CustomStringConvertible {
    let file: String
    let line: Int
    let message: String

    var description: String { "\(file):\(line):1: error: \(message)" }
}
