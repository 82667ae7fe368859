#if canImport(Glibc)
    import Glibc
#endif

/// The process's open-file limit (`RLIMIT_NOFILE`), raised by a test that opens many
/// sockets; a server the test starts afterwards inherits it.
enum FileDescriptorLimit {
    struct Refused: Error, CustomStringConvertible {
        let description: String
    }

    /// Raises the soft limit to at least `count` (up to the hard limit); throws when the hard
    /// limit is lower, since the test could not open its connections.
    static func raise(to count: Int) throws {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { throw Refused(description: "getrlimit failed") }
        guard limit.rlim_cur < rlim_t(count) else { return }
        guard limit.rlim_max >= rlim_t(count) else {
            throw Refused(description: "the hard open-file limit is \(limit.rlim_max), below the \(count) this test needs")
        }
        limit.rlim_cur = rlim_t(count)
        guard setrlimit(resource, &limit) == 0 else { throw Refused(description: "setrlimit failed") }
    }

    /// `RLIMIT_NOFILE` as the type `getrlimit` takes on Glibc.
    private static var resource: __rlimit_resource_t { __rlimit_resource_t(RLIMIT_NOFILE.rawValue) }
}
