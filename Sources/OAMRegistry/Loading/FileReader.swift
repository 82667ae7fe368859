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
    public static func read(_ path: String, maxBytes: Int) throws(Failure) -> [UInt8] {
        let (fd, size) = try openRegular(path, maxBytes: maxBytes)
        defer { close(fd) }
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

    /// The file in pieces of at most `pieceBytes`, if it is a regular file of at most
    /// `maxBytes` bytes: `body` sees each piece in order and returns whether it wants the
    /// next. Memory stays one piece, however large the file; as with `read`, bytes appended
    /// after the size check are not read.
    public static func forEachPiece(
        _ path: String, maxBytes: Int, pieceBytes: Int = 1 << 20, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(Failure) {
        let (fd, size) = try openRegular(path, maxBytes: maxBytes)
        defer { close(fd) }
        var piece = [UInt8](repeating: 0, count: max(1, pieceBytes))
        var remaining = size
        while remaining > 0 {
            let count = piece.withUnsafeMutableBytes { buffer in Glibc.read(fd, buffer.baseAddress!, min(buffer.count, remaining))
            }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .cannotOpen(String(cString: strerror(errno)))
            }
            if count == 0 { return }
            remaining -= count
            let wantsMore = piece.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
            if !wantsMore { return }
        }
    }

    /// An open descriptor and the size of `path`, if it is a regular file of at most
    /// `maxBytes` bytes.
    ///
    /// Opens with `O_NONBLOCK` so that opening a FIFO does not wait for a writer; the type
    /// is then checked on the open descriptor, so nothing can swap the file in between.
    private static func openRegular(_ path: String, maxBytes: Int) throws(Failure) -> (fd: Int32, size: Int) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw .cannotOpen(String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .cannotOpen(reason)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .notRegular
        }
        let size = Int(info.st_size)
        guard size <= maxBytes else {
            close(fd)
            throw .tooLarge(size)
        }
        return (fd, size)
    }
}
