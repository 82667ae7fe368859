import Synchronization

/// Pages rendered once per registry revision: those whose URL names nothing but a path and
/// the language (`/accelerators/amd/mi300x?lang=zh`, the unfiltered catalog, `/models`), so
/// a module page costs a lookup, not a render, after its first request. A page with a
/// question (filters, compare, fit) is rendered per request. Only pages that rendered (200)
/// are kept, so the entries are bounded by the registry's pages × languages (about 200) and
/// the spellings of their names; `limit` bounds them anyway (a page is some 10–60 KB). A new revision (a reload) empties the cache.
final class PageCache: Sendable {
    /// Most pages kept; past it new pages are rendered but not kept.
    let limit: Int
    private let state = Mutex<(revision: String, pages: [String: RenderedBody])>(("", [:]))

    init(limit: Int = 1024) {
        self.limit = limit
    }

    /// The page kept for `key` under `revision`, else `render()`'s, kept; a render that
    /// throws keeps nothing.
    func page<Failure: Error>(revision: String, key: String, render: () throws(Failure) -> RenderedBody) throws(Failure)
        -> RenderedBody
    {
        if let kept = state.withLock({ $0.revision == revision ? $0.pages[key] : nil }) { return kept }
        let rendered = try render()
        state.withLock { state in
            if state.revision != revision { state = (revision, [:]) }
            if state.pages.count < limit { state.pages[key] = rendered }
        }
        return rendered
    }

    /// How many pages are kept (tests).
    var count: Int { state.withLock { $0.pages.count } }
}
