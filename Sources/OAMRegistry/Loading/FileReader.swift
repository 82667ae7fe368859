#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole files with a size cap, so a 100 MB file is refused after one `fstat`
/// instead of being read into memory, and a FIFO or device is refused instead of blocking
/// the run forever.
public enum FileReader {
    public enum Failure: Error, CustomStringConvertible {
        case cannotOpen(String)
        case tooLarge(Int)
        case notRegular

        public var description: String {
            switch self {
            case .cannotOpen(let reason): return "cannot read the file: \(reason)"
            case .tooLarge(let size): return "file is \(size) bytes"
            case .notRegular: return "not a regular file"
            }
        }
    }

    /// The whole file, if it is a regular file of at most `maxBytes` bytes.
    ///
    /// Opens with `O_NONBLOCK` so that opening a FIFO does not wait for a writer; the type
    /// is then checked on the open descriptor, so nothing can swap the file in between.
    public static func read(_ path: String, maxBytes: Int) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw .cannotOpen(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .cannotOpen(String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notRegular }
        let size = Int(info.st_size)
        guard size <= maxBytes else { throw .tooLarge(size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + offset, size - offset)
            }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .cannotOpen(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            offset += count
        }
        return Array(bytes.prefix(offset))
    }
}
