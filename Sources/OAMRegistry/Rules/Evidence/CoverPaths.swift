import OAMCore

/// Every covers path of a file's sources, as UTF-8 bytes in one buffer: read once per
/// file instead of once per source per leaf.
struct CoverPaths {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    init(_ evidence: Evidence) {
        let sources = evidence.sources
        for index in sources.indices {
            for path in sources[index].covers {
                if path.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                    bytes.append(contentsOf: path.utf8)
                }
                ends.append(bytes.count)
            }
        }
    }

    /// Whether some covers path equals or contains `path` (`FieldPath.isAncestor`).
    func contain(_ path: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            path.withUnsafeBufferPointer { pathBytes in
                var start = 0
                for end in ends {
                    let cover = UnsafeBufferPointer(rebasing: all[start..<end])
                    start = end
                    if FieldPath.isAncestor(cover, of: pathBytes) { return true }
                }
                return false
            }
        }
    }
}
