/// "Did you mean" suggestions by Levenshtein distance, as swift-argument-parser does for
/// options.
public enum Suggestions {
    /// Levenshtein distance between two strings, compared by Unicode scalars and
    /// case-insensitively (a user who types `BF16` means `bf16`).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased().unicodeScalars)
        let b = Array(b.lowercased().unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidates closest to `word`, best first, within a distance that grows with the
    /// word's length (at most 1 for short words, up to a third of the length), or whose
    /// text contains the word. Empty when nothing is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let threshold = max(1, min(4, word.count / 3))
        let lowered = word.lowercased()
        var scored: [(String, Int)] = []
        for candidate in candidates {
            let distance = editDistance(word, candidate)
            if distance <= threshold || (lowered.count >= 3 && candidate.lowercased().contains(lowered)) {
                scored.append((candidate, distance))
            }
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// "did you mean 'x'?" or "did you mean 'x' or 'y'?", or `nil`.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String? {
        let close = closest(to: word, in: candidates, limit: 2)
        guard !close.isEmpty else { return nil }
        return "did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
}
