import Logging

/// swift-log's `StreamLogHandler` line (`TIME LEVEL LABEL: METADATA [SOURCE] MESSAGE`) for
/// `oam serve`, at a fraction of its cost per request: the timestamp is formatted once per
/// second (`LogTimestamp`), and metadata is merged and printed only when a line is written.
/// `StreamLogHandler` prints a logger's metadata whenever it is set, and Hummingbird sets a
/// request id on a logger for every request, so every request paid for a sorted, joined
/// metadata string that nothing wrote.
public struct StandardErrorLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    let label: String
    /// Where finished lines go (each with its newline): standard error, or a test's sink.
    let sink: @Sendable (String) -> Void

    /// A handler writing to standard error, one `write` per line, whole lines only.
    public init(label: String, metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider) {
        self.init(label: label, metadataProvider: metadataProvider, sink: StandardError.put)
    }

    init(label: String, metadataProvider: Logger.MetadataProvider? = nil, sink: @escaping @Sendable (String) -> Void) {
        self.label = label
        self.metadataProvider = metadataProvider
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        sink(line(event, time: LogTimestamp.shared.now()))
    }

    /// The line of `event` written at `time`, with the metadata `StreamLogHandler` writes:
    /// the handler's, then the provider's, then the event's (later keys win), then the
    /// error's, sorted by key.
    func line(_ event: LogEvent, time: String) -> String {
        var merged = metadata
        if let provided = metadataProvider?.get(), !provided.isEmpty {
            merged.merge(provided) { _, new in new }
        }
        if let explicit = event.metadata, !explicit.isEmpty {
            merged.merge(explicit) { _, new in new }
        }
        if let error = event.error {
            merged["error.message"] = "\(error)"
            merged["error.type"] = "\(String(reflecting: type(of: error)))"
        }
        let printed = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
        return
            "\(time) \(event.level.rawValue)\(label.isEmpty ? "" : " ")\(label):\(printed) [\(event.source)] \(event.message)\n"
    }
}
