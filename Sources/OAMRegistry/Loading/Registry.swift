import OAMCore

/// A loaded set of descriptor files with lookups by id and alias.
public struct Registry: Sendable {
    /// Every file, in path order.
    public private(set) var files: [DescriptorFile]
    /// Problems that belong to no file (an unreadable folder, a missing path).
    public var problems: [Diagnostic]
    private var index: [String: Int] = [:]
    private var aliasIndex: [String: Int] = [:]
    /// The part of an id after the slash (`ascend-910b`), where exactly one id has it.
    private var productIndex: [String: Int] = [:]

    public init(files: [DescriptorFile], problems: [Diagnostic] = []) {
        self.files = files
        self.problems = problems
        for (position, file) in files.enumerated() {
            guard let descriptor = file.descriptor else { continue }
            if index[descriptor.id] == nil { index[descriptor.id] = position }
            for alias in descriptor.aliases where aliasIndex[alias.lowercased()] == nil {
                aliasIndex[alias.lowercased()] = position
            }
        }
        var productCounts: [String: Int] = [:]
        for (position, file) in files.enumerated() {
            guard let id = file.descriptor?.id, let slash = id.firstIndex(of: "/") else { continue }
            let product = String(id[id.index(after: slash)...])
            productCounts[product, default: 0] += 1
            productIndex[product] = position
        }
        productIndex = productIndex.filter { productCounts[$0.key] == 1 }
    }

    public var accelerators: [AcceleratorDescriptor] {
        files.compactMap { if case .accelerator(let a)? = $0.descriptor { return a } else { return nil } }
    }

    public var models: [ModelDescriptor] {
        files.compactMap { if case .model(let m)? = $0.descriptor { return m } else { return nil } }
    }

    public var moduleSpecs: [ModuleSpecDescriptor] {
        files.compactMap { if case .moduleSpec(let s)? = $0.descriptor { return s } else { return nil } }
    }

    /// The file whose descriptor has this id, this alias (aliases compare
    /// case-insensitively), or this unambiguous product part of an id (`ascend-910b`).
    public func file(for idOrAlias: String) -> DescriptorFile? {
        let lowered = idOrAlias.lowercased()
        if let position = index[idOrAlias] ?? index[lowered] ?? aliasIndex[lowered] ?? productIndex[lowered] {
            return files[position]
        }
        return nil
    }

    public func descriptor(for idOrAlias: String) -> Descriptor? {
        file(for: idOrAlias)?.descriptor
    }

    public func accelerator(_ idOrAlias: String) -> AcceleratorDescriptor? {
        if case .accelerator(let a)? = descriptor(for: idOrAlias) { return a }
        return nil
    }

    public func model(_ idOrAlias: String) -> ModelDescriptor? {
        if case .model(let m)? = descriptor(for: idOrAlias) { return m }
        return nil
    }

    public func moduleSpec(_ id: String) -> ModuleSpecDescriptor? {
        if case .moduleSpec(let s)? = descriptor(for: id) { return s }
        return nil
    }

    /// Every id and alias, for "did you mean" suggestions.
    public var allNames: [String] {
        files.compactMap(\.descriptor).flatMap { [$0.id] + $0.aliases }
    }

    /// The ids closest to a name nobody answers to, best first: the plain edit-distance
    /// matches, then names that match once punctuation and the org prefix are dropped
    /// (`llama70b` ~ `llama-3.1-70b`, compared as `llama70b` and `llama3170b`).
    public func suggestions(for name: String, kind: DescriptorKind? = nil) -> [String] {
        let limit = 5
        let candidates = files.compactMap(\.descriptor).filter { kind == nil || $0.kind == kind }
        let names = candidates.flatMap { [$0.id] + $0.aliases }
        var ids: [String] = []
        for close in Suggestions.closest(to: name, in: names, limit: limit) {
            let id = self.descriptor(for: close)?.id ?? close
            if !ids.contains(id) { ids.append(id) }
        }
        let word = Self.compact(name)
        guard ids.count < limit, word.count >= 3 else { return ids }
        let threshold = max(1, min(4, word.count / 3))
        var scored: [(id: String, score: Int)] = []
        for descriptor in candidates {
            var best: Int?
            for candidateName in [descriptor.id] + descriptor.aliases {
                let other = Self.compact(candidateName)
                guard other.count >= 3 else { continue }
                let distance = Suggestions.editDistance(word, other)
                let score: Int
                if distance <= threshold {
                    score = distance
                } else if other.contains(word) || word.contains(other) {
                    score = threshold + 1
                } else {
                    continue
                }
                best = min(best ?? score, score)
            }
            if let best { scored.append((descriptor.id, best)) }
        }
        for match in scored.sorted(by: { ($0.score, $0.id) < ($1.score, $1.id) }) where ids.count < limit {
            if !ids.contains(match.id) { ids.append(match.id) }
        }
        return ids
    }

    /// A name lowercased, without its org prefix (`meta-llama/`) and without punctuation.
    static func compact(_ name: String) -> String {
        let lowered = name.lowercased()
        let product = lowered.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? lowered
        return product.filter { $0.isLetter || $0.isNumber }
    }
}
