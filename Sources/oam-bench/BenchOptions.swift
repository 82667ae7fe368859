/// oam-bench's command line.
struct BenchOptions {
    enum Mode {
        case inProcess, generate, floor, validate
    }

    var mode = Mode.inProcess
    var count = 10_000
    var repeats = 5
    /// `generate`'s output folder, or the input folder of `floor` and `validate`.
    var out: String?
    /// `validate`: print every finding, and further files or folders to load with DIR.
    var list = false
    var more: [String] = []
    /// The registry whose accelerators the descriptors derive from (default: the shipped one).
    var registry: String?

    /// `nil` for an unknown argument or a malformed number.
    init?(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        switch rest.first {
        case "generate":
            mode = .generate
            rest = rest.dropFirst()
        case "floor", "validate":
            mode = rest.first == "floor" ? .floor : .validate
            rest = rest.dropFirst()
            guard let folder = rest.popFirst() else { return nil }
            out = folder
        default: break
        }
        var iterator = rest.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--count":
                guard let value = iterator.next().flatMap({ Int($0) }), value > 0 else { return nil }
                count = value
            case "--repeat":
                guard let value = iterator.next().flatMap({ Int($0) }), value > 0 else { return nil }
                repeats = value
            case "--out" where mode == .generate:
                guard let value = iterator.next() else { return nil }
                out = value
            case "--list" where mode == .validate:
                list = true
            case _ where mode == .validate && !argument.hasPrefix("-"):
                more.append(argument)
            case "--registry":
                guard let value = iterator.next() else { return nil }
                registry = value
            default: return nil
            }
        }
    }
}
