import OAMCore
import OAMSolver

/// The one check of a count option (`--batch`, `--sequence-length`…): a count the user
/// wrote outside what the solver handles is refused with the allowed range, never clamped
/// into a question the user did not ask.
enum CountOption {
    /// The count `text` says (`2k`, `1.5M`, `4096`) when it lies in `range`.
    static func value(_ text: String, name: String, in range: ClosedRange<Int>, unit: String, or word: String? = nil)
        throws(QueryError) -> Int
    {
        let allowed =
            "between \(NumberText.grouped(range.lowerBound)) and \(NumberText.grouped(range.upperBound)) \(unit)"
            + (word.map { ", or \($0)" } ?? "")
        guard let value = CountParser.parse(text), let whole = NumberText.integer(value) ?? (value.isFinite ? Int.max : nil)
        else {
            throw .invalidParameter(parameter: name, message: "--\(name): '\(text)' is not a count; it must be \(allowed)")
        }
        guard range.contains(whole) else {
            throw .invalidParameter(parameter: name, message: "--\(name) must be \(allowed); found \(text)")
        }
        return whole
    }
}
