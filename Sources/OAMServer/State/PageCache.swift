import Synchronization

/// Rendered pages, kept per registry revision so that a page costs a lookup, not a render,
/// after its first request. The server keeps two: one for pages whose URL names nothing but
/// a path and the language (`/accelerators/amd/mi300x?lang=zh`, `/models`: about 200 pages
/// × the spellings of their names), and one for the shared links of questions answered
/// without the solver (`/?vendor=amd&sort=memory`, `/compare?ids=…`), which anyone can
/// spell in endless ways. Both hold at most `limit` pages (a page is some 10–60 KB) and drop
/// the least recently used one to make room, so a crawler asking new questions without end
/// costs renders, never memory, and the pages people share stay kept. Only pages that
/// rendered (200) are kept; a new revision (a reload) empties the cache.
final class PageCache: Sendable {
    /// Most pages kept.
    let limit: Int

    private struct Entry {
        var body: RenderedBody
        /// When the page was last asked for, in lookups (a clock of this cache).
        var lastUse: UInt64
    }

    private struct State {
        var revision = ""
        var pages: [String: Entry] = [:]
        var clock: UInt64 = 0
    }

    private let state = Mutex(State())

    init(limit: Int) {
        self.limit = limit
    }

    /// The page kept for `key` under `revision`, else `render()`'s, kept; a render that
    /// throws keeps nothing.
    func page<Failure: Error>(revision: String, key: String, render: () throws(Failure) -> RenderedBody) throws(Failure)
        -> RenderedBody
    {
        let kept = state.withLock { state -> RenderedBody? in
            guard state.revision == revision, var entry = state.pages[key] else { return nil }
            state.clock += 1
            entry.lastUse = state.clock
            state.pages[key] = entry
            return entry.body
        }
        if let kept { return kept }
        let rendered = try render()
        state.withLock { state in
            if state.revision != revision { state = State(revision: revision) }
            if state.pages[key] == nil, state.pages.count >= limit,
                let oldest = state.pages.min(by: { $0.value.lastUse < $1.value.lastUse })?.key
            {
                state.pages[oldest] = nil
            }
            state.clock += 1
            state.pages[key] = Entry(body: rendered, lastUse: state.clock)
        }
        return rendered
    }

    /// How many pages are kept (tests).
    var count: Int { state.withLock { $0.pages.count } }

    /// Whether a page is kept for `key` (tests).
    func contains(_ key: String) -> Bool { state.withLock { $0.pages[key] != nil } }
}
