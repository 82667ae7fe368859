/// Whether a response contains what a golden example expects.
///
/// Containment, as PostgreSQL's `jsonb @>`: every member of an expected object must be in
/// the actual object and contain its expected value; every element of an expected array
/// must be contained by some element of the actual array (order does not matter);
/// scalars must be equal (numbers within 1e-9 relative). Two additions make absence
/// testable: an expected `null` matches a missing member, and an expected empty array
/// matches only an empty array.
public enum JSONContainment {
    /// The mismatches, each as "path: what"; empty when `actual` contains `expected`.
    public static func mismatches(actual: JSONFragment?, expected: JSONFragment, path: String = "$") -> [String] {
        switch expected {
        case .null:
            if actual == nil || actual == .null { return [] }
            return ["\(path): expected null or absent, found \(actual!)"]
        case .object(let members):
            guard case .object(let actualMembers)? = actual else {
                return ["\(path): expected an object, found \(actual.map(\.description) ?? "nothing")"]
            }
            return members.keys.sorted().flatMap { key in
                mismatches(actual: actualMembers[key], expected: members[key]!, path: "\(path).\(key)")
            }
        case .array(let items):
            guard case .array(let actualItems)? = actual else {
                return ["\(path): expected an array, found \(actual.map(\.description) ?? "nothing")"]
            }
            if items.isEmpty {
                return actualItems.isEmpty
                    ? []
                    : [
                        "\(path): expected an empty array, found \(actualItems.count) element(s): \(JSONFragment.array(actualItems))"
                    ]
            }
            var problems: [String] = []
            for (index, item) in items.enumerated()
            where !actualItems.contains(where: { mismatches(actual: $0, expected: item).isEmpty }) {
                problems.append("\(path)[\(index)]: no element contains \(item)")
            }
            return problems
        case .number(let value):
            if case .number(let found)? = actual, abs(found - value) <= 1e-9 * max(1, abs(value)) { return [] }
            return ["\(path): expected \(expected), found \(actual.map(\.description) ?? "nothing")"]
        default:
            return actual == expected ? [] : ["\(path): expected \(expected), found \(actual.map(\.description) ?? "nothing")"]
        }
    }
}
