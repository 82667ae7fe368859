import NIOCore
import NIOPosix

extension OAMServer {
    /// Makes the NIO event loops that Hummingbird serves on (its default, the
    /// `MultiThreadedEventLoopGroup` singleton) Swift concurrency's global executor, so a
    /// request's handler runs on the loop that read it instead of hopping to the concurrency
    /// pool's threads and back. On a 2-core machine those are two more threads competing for
    /// the same cores for every request.
    ///
    /// Call it once, from the main thread, before the process starts any task: it swaps the
    /// executor that every later task uses. Returns whether it could (false on platforms
    /// whose runtime has no hook for it; the server then runs as before).
    @discardableResult
    public static func adoptEventLoopsAsGlobalExecutor() -> Bool {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}
