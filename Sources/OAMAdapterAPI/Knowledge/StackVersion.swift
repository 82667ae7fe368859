/// A software stack version such as "ROCm 6.2.1", "CUDA 12.8", "CANN 8.0.RC1" or
/// "Intel Gaudi software 1.14.0": a name and dotted components.
///
/// Components compare numerically; a release-candidate component (`RC1`, `rc2`,
/// `beta1`) sorts before the final release of the same position (8.0.RC1 < 8.0.0), and a
/// missing component counts as zero (6.2 == 6.2.0).
public struct StackVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The stack's name as written, e.g. "ROCm"; empty when only a number was given.
    public var name: String
    /// Numeric components; pre-release components are negative (RC1 → -999).
    public var components: [Int]
    public var description: String

    /// Parses `text`; `nil` when it holds no version number.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: " ")
        guard
            let index = trimmed.lastIndex(of: " ").map({ trimmed.index(after: $0) })
                ?? (trimmed.first?.isNumber == true ? trimmed.startIndex : nil)
        else { return nil }
        var numberPart = Substring(trimmed[index...])
        if numberPart.hasPrefix("v") || numberPart.hasPrefix("V") { numberPart = numberPart.dropFirst() }
        var components: [Int] = []
        for piece in numberPart.split(separator: ".", omittingEmptySubsequences: false) {
            if let number = Int(piece) {
                components.append(number)
                continue
            }
            // "RC1", "rc2", "4rc1", "beta1": leading digits, then a pre-release tag.
            let lead = piece.prefix { $0.isNumber }
            let rest = piece.dropFirst(lead.count)
            let letters = rest.prefix { !$0.isNumber }
            let digits = rest.dropFirst(letters.count)
            guard !letters.isEmpty, digits.allSatisfy(\.isNumber), let tag = Int(digits.isEmpty ? "0" : digits) else {
                return nil
            }
            if let number = Int(lead) { components.append(number) }
            components.append(-1000 + tag)
        }
        guard !components.isEmpty, components.first! >= 0 else { return nil }
        self.name = String(trimmed[..<index]).trimmingCharacters(in: " ")
        self.components = components
        self.description = trimmed
    }

    /// True when both name the same stack (case-insensitive), or either has no name.
    public func isSameStack(as other: StackVersion) -> Bool {
        name.isEmpty || other.name.isEmpty || name.lowercased() == other.name.lowercased()
    }

    public static func < (lhs: StackVersion, rhs: StackVersion) -> Bool {
        let count = max(lhs.components.count, rhs.components.count)
        for i in 0..<count {
            let a = i < lhs.components.count ? lhs.components[i] : 0
            let b = i < rhs.components.count ? rhs.components[i] : 0
            if a != b { return a < b }
        }
        return false
    }

    public static func == (lhs: StackVersion, rhs: StackVersion) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }

    public func hash(into hasher: inout Hasher) {
        var trimmed = components
        while trimmed.last == 0 { trimmed.removeLast() }
        hasher.combine(trimmed)
    }
}

extension String {
    func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
