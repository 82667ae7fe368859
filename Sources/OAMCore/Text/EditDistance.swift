/// "Did you mean" suggestions by edit distance, as swift-argument-parser does for options.
public enum Suggestions {
    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// two neighbours each cost 1, so the typo `bf61` is one edit from `bf16`.
    /// Case-insensitive unless `caseSensitive` (units: `Tb/s` and `TB/s` differ).
    public static func editDistance(_ a: String, _ b: String, caseSensitive: Bool = false) -> Int {
        let a = Array((caseSensitive ? a : a.lowercased()).unicodeScalars)
        let b = Array((caseSensitive ? b : b.lowercased()).unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidates closest to `word`, best first: within a distance that grows with the
    /// word's length (1 for short words, up to a third of the length, at most 4), or
    /// spelled out from a candidate (`Watts` → `W`: the word starts with the candidate).
    /// Empty when nothing is close enough to be a likely typo.
    ///
    /// The edit distance is computed only for candidates whose length is within the
    /// threshold of the word's (the length difference is a lower bound of the distance), so
    /// a 500 KB key costs a length comparison per candidate, not 500 KB × the candidate.
    public static func closest(to word: String, in candidates: some Sequence<String>, limit: Int = 3, caseSensitive: Bool = false)
        -> [String]
    {
        let length = word.unicodeScalars.count
        let threshold = max(1, min(4, word.count / 3))
        let lowered = word.lowercased()
        var scored: [(String, Int)] = []
        for candidate in candidates {
            let within = abs(candidate.unicodeScalars.count - length) <= threshold
            let distance = within ? editDistance(word, candidate, caseSensitive: caseSensitive) : threshold + 1
            let loweredCandidate = candidate.lowercased()
            if distance <= threshold {
                scored.append((candidate, distance))
            } else if lowered.count >= 3 && loweredCandidate.contains(lowered) {
                scored.append((candidate, threshold + 1))
            } else if !loweredCandidate.isEmpty && lowered.hasPrefix(loweredCandidate) && lowered.count > loweredCandidate.count {
                scored.append((candidate, threshold + 2))
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
