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
            let index = ArrayIndex(actualItems)
            var problems: [String] = []
            for (position, item) in items.enumerated() where !index.containsElement(containing: item, at: position) {
                problems.append("\(path)[\(position)]: no element contains \(item)")
            }
            return problems
        case .number(let value):
            if case .number(let found)? = actual, abs(found - value) <= 1e-9 * max(1, abs(value)) { return [] }
            return ["\(path): expected \(expected), found \(actual.map(\.description) ?? "nothing")"]
        default:
            return actual == expected ? [] : ["\(path): expected \(expected), found \(actual.map(\.description) ?? "nothing")"]
        }
    }

    /// Whether `actual` contains `expected`: `mismatches(…).isEmpty` without building a
    /// message for every element tried.
    public static func contains(_ actual: JSONFragment?, _ expected: JSONFragment) -> Bool {
        switch expected {
        case .null:
            return actual == nil || actual == .null
        case .object(let members):
            guard case .object(let actualMembers)? = actual else { return false }
            return members.allSatisfy { key, value in contains(actualMembers[key], value) }
        case .array(let items):
            guard case .array(let actualItems)? = actual else { return false }
            if items.isEmpty { return actualItems.isEmpty }
            let index = ArrayIndex(actualItems)
            return items.enumerated().allSatisfy { position, item in index.containsElement(containing: item, at: position) }
        case .number(let value):
            guard case .number(let found)? = actual else { return false }
            return abs(found - value) <= 1e-9 * max(1, abs(value))
        default:
            return actual == expected
        }
    }

    /// The elements of an actual array indexed so that finding one that contains an
    /// expected element takes constant time for strings, booleans and objects with a
    /// string or boolean member (the shape of every golden answer: devices keyed by
    /// address, modules by id), and logarithmic time for numbers; matching two n-element
    /// arrays is then O(n log n), not O(n²). Elements the index cannot narrow (nested arrays,
    /// objects with only numbers) are found by trying the element at the same position, then
    /// every element.
    struct ArrayIndex {
        let items: [JSONFragment]
        /// Scalars (strings, booleans, null) present.
        private var scalars: Set<JSONFragment> = []
        /// Numbers present, sorted.
        private var numbers: [Double] = []
        /// Positions of objects by the value, then the key, of each string or boolean member.
        private var objectsByMember: [JSONFragment: [String: [Int]]] = [:]

        init(_ items: [JSONFragment]) {
            self.items = items
            for (position, item) in items.enumerated() {
                switch item {
                case .null, .bool, .string: scalars.insert(item)
                case .number(let value): numbers.append(value)
                case .object(let members):
                    for (key, value) in members where Self.isKey(value) {
                        objectsByMember[value, default: [:]][key, default: []].append(position)
                    }
                case .array: break
                }
            }
            numbers.sort()
        }

        static func isKey(_ value: JSONFragment) -> Bool {
            switch value {
            case .bool, .string: return true
            default: return false
            }
        }

        /// Whether some element contains `expected` (expected element number `position`).
        func containsElement(containing expected: JSONFragment, at position: Int) -> Bool {
            switch expected {
            case .bool, .string:
                return scalars.contains(expected)
            case .null:
                return scalars.contains(.null)
            case .number(let value):
                let tolerance = 1e-9 * max(1, abs(value))
                var low = 0
                var high = numbers.count
                while low < high {
                    let middle = (low + high) / 2
                    if numbers[middle] < value - tolerance { low = middle + 1 } else { high = middle }
                }
                return low < numbers.count && numbers[low] <= value + tolerance
            case .object(let members):
                if let (key, value) = members.first(where: { Self.isKey($0.value) }) {
                    let candidates = objectsByMember[value]?[key] ?? []
                    return candidates.contains { JSONContainment.contains(items[$0], expected) }
                }
                return scan(expected, from: position)
            case .array:
                return scan(expected, from: position)
            }
        }

        /// The element at `position` first (arrays usually come in the expected order), then
        /// every element.
        private func scan(_ expected: JSONFragment, from position: Int) -> Bool {
            if position < items.count, JSONContainment.contains(items[position], expected) { return true }
            return items.contains { JSONContainment.contains($0, expected) }
        }
    }
}
