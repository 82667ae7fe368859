/// What `oam diff` keeps of one descriptor of a bundle: enough to report it added or
/// removed, and a digest of its figures to tell whether it changed.
public struct DescriptorSummary: Sendable, Hashable {
    public var id: String
    /// `accelerator`, `model` or `module-spec`.
    public var kind: String
    /// The file, relative to the registry folder.
    public var file: String
    public var figureCount: Int
    public var digest: FigureDigest

    public init(id: String, kind: String, file: String) {
        self.id = id
        self.kind = kind
        self.file = file
        self.figureCount = 0
        self.digest = FigureDigest()
    }

    /// The summary of a whole descriptor.
    public init(_ descriptor: ExportedDescriptor) {
        self.init(id: descriptor.id, kind: descriptor.kind, file: descriptor.file)
        for figure in descriptor.figures { add(figure) }
    }

    /// Counts one more figure of the descriptor.
    public mutating func add(_ figure: ExportedFigure) {
        figureCount += 1
        digest.add(figure)
    }
}
