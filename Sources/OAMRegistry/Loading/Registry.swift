import OAMCore

/// A loaded set of descriptor files with lookups by id and alias.
public struct Registry: Sendable {
    /// Every file, in path order.
    public private(set) var files: [DescriptorFile]
    /// Problems that belong to no file (an unreadable folder, a missing path).
    public var problems: [Diagnostic]
    private var index: [String: Int] = [:]
    /// `NameKey` of every id, published name, alias and product part of an id (`ascend-910b`)
    /// → the files answering to it, in path order.
    private var nameIndex: [String: [Int]] = [:]
    /// The keys of each file's names (nil for a file that did not decode): by role for
    /// `unique-alias`, all of them (`distinct`) for `search`.
    private var keysByRole: [DescriptorNameKeys?] = []

    public init(files: [DescriptorFile], problems: [Diagnostic] = []) {
        self.files = files
        self.problems = problems
        // Sized once for the files at hand (about four names each), so the tables never
        // rehash and the arrays never regrow while they fill.
        index.reserveCapacity(files.count)
        nameIndex.reserveCapacity(files.count * 4)
        keysByRole.reserveCapacity(files.count)
        for (position, file) in files.enumerated() {
            guard let descriptor = file.descriptor else {
                keysByRole.append(nil)
                continue
            }
            if index[descriptor.id] == nil { index[descriptor.id] = position }
            let keys = DescriptorNameKeys(descriptor)
            keysByRole.append(keys)
            for key in keys.distinct { nameIndex[key, default: []].append(position) }
        }
    }

    /// The `NameKey`s of the names of the file at `position` (nil when it did not decode),
    /// made once when the registry is built.
    public func keysOfNames(ofFileAt position: Int) -> DescriptorNameKeys? {
        keysByRole[position]
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

    /// What `name` leads to among descriptors of `kind` (any kind when nil). A name resolves
    /// when it is an id exactly, or when its `NameKey` is the key of exactly one descriptor's id,
    /// published name, alias or product part (`MTT S4000`, `mtt-s4000`, `ＭＴＴ　Ｓ４０００`,
    /// `ascend-910b`). It is ambiguous when that key belongs to several descriptors, or, matching
    /// none, is part of the names of several (`昇腾`); a part of one descriptor's name only is
    /// not resolved silently — `suggestions` offers it.
    public func resolve(_ name: String, kind: DescriptorKind? = nil) -> NameResolution {
        if let position = index[name], isKind(position, kind) { return .found(files[position]) }
        let key = NameKey.normalised(name)
        guard !key.isEmpty else { return .notFound }
        let exact = (nameIndex[key] ?? []).filter { isKind($0, kind) }
        if exact.count == 1 { return .found(files[exact[0]]) }
        if exact.count > 1 { return .ambiguous(exact.compactMap { files[$0].descriptor?.id }) }
        let partial = search(name, kind: kind)
        if partial.count > 1 { return .ambiguous(partial.compactMap(\.descriptor?.id)) }
        return .notFound
    }

    /// Descriptors of `kind` (any kind when nil) whose id, published name, alias or product part
    /// equals or contains `query`, compared by `NameKey`: exact matches first, then names that
    /// start with the query, then names that contain it, each group by id. A query with no letter
    /// or digit matches every descriptor. This is the registry search every front end calls.
    public func search(_ query: String, kind: DescriptorKind? = nil) -> [DescriptorFile] {
        let key = NameKey.normalised(query)
        var ranked: [(rank: Int, id: String, position: Int)] = []
        for (position, keys) in keysByRole.enumerated() where isKind(position, kind) {
            guard let id = files[position].descriptor?.id, let keys else { continue }
            let ranks = keys.distinct.compactMap { name -> Int? in
                if name == key { return 0 }
                if name.hasPrefix(key) { return 1 }
                return name.contains(key) ? 2 : nil
            }
            if let best = ranks.min() { ranked.append((best, id, position)) }
        }
        return ranked.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.map { files[$0.position] }
    }

    /// Whether the file at `position` decoded to a descriptor of `kind` (any kind when nil).
    private func isKind(_ position: Int, _ kind: DescriptorKind?) -> Bool {
        guard let descriptor = files[position].descriptor else { return false }
        return kind == nil || descriptor.kind == kind
    }

    /// The file that `idOrAlias` resolves to (`resolve`), nil when it resolves to none or to several.
    public func file(for idOrAlias: String, kind: DescriptorKind? = nil) -> DescriptorFile? {
        if case .found(let file) = resolve(idOrAlias, kind: kind) { return file }
        return nil
    }

    public func descriptor(for idOrAlias: String) -> Descriptor? {
        file(for: idOrAlias)?.descriptor
    }

    public func accelerator(_ idOrAlias: String) -> AcceleratorDescriptor? {
        if case .accelerator(let a)? = file(for: idOrAlias, kind: .accelerator)?.descriptor { return a }
        return nil
    }

    public func model(_ idOrAlias: String) -> ModelDescriptor? {
        if case .model(let m)? = file(for: idOrAlias, kind: .model)?.descriptor { return m }
        return nil
    }

    public func moduleSpec(_ id: String) -> ModuleSpecDescriptor? {
        if case .moduleSpec(let s)? = file(for: id, kind: .moduleSpec)?.descriptor { return s }
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

    /// The `NameKey` of a name without its org prefix (`meta-llama/`).
    static func compact(_ name: String) -> String {
        NameKey.normalised(productPart(of: name))
    }

    /// The part of an id after its last slash (`ascend-910b` of `huawei/ascend-910b`); the whole
    /// text when it has none.
    static func productPart(of id: String) -> String {
        TextSplit.split(id, on: [UInt8(ascii: "/")], omittingEmpty: false).last ?? id
    }
}
