import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One TCP connection to 127.0.0.1, on a raw socket so a test controls every byte and its
/// timing (a client trickling its request head a byte at a time, a body sent in two parts).
final class LoopbackConnection: Sendable {
    let descriptor: Int32

    struct SocketError: Error, CustomStringConvertible {
        let description: String
        init(_ operation: String) { description = "\(operation): \(String(cString: strerror(errno)))" }
    }

    /// Connects (blocking) and sets a receive timeout of `timeout` seconds. A
    /// `receiveBuffer` (bytes) is set before connecting, so the window the server sees is
    /// small from the start: a client that reads nothing then stalls the server's writes.
    init(port: Int, timeout: Double = 10, receiveBuffer: Int32? = nil) throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw SocketError("socket") }
        if var size = receiveBuffer {
            setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr = in_addr(s_addr: inet_addr("127.0.0.1"))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let error = SocketError("connect")
            close(descriptor)
            throw error
        }
        var interval = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1e6))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The client's own port.
    var localPort: Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Whether the server still holds its end of the connection from `serverPort` to
    /// `clientPort` (`/proc/net/tcp`: an entry owned by a socket, whose inode is not 0).
    /// False once the server has closed it, even while the kernel still sends its queued
    /// bytes or waits out the close; true for a connection the server has only half-closed.
    static func serverHoldsConnection(serverPort: Int, clientPort: Int) -> Bool {
        // A /proc file reports no size, so it is read to its end rather than by its length.
        guard let handle = FileHandle(forReadingAtPath: "/proc/net/tcp") else { return false }
        defer { try? handle.close() }
        let table = String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
        let local = String(format: ":%04X", serverPort)
        let remote = String(format: ":%04X", clientPort)
        return table.split(separator: "\n").dropFirst().contains { line in
            // sl, local, remote, state, tx:rx queues, timer, retransmits, uid, timeout, inode
            let fields = line.split(separator: " ")
            return fields.count > 9 && fields[1].hasSuffix(local) && fields[2].hasSuffix(remote) && fields[9] != "0"
        }
    }

    /// Sends all of `bytes`; false when the peer has closed the connection.
    @discardableResult
    func send(_ bytes: some Collection<UInt8>) -> Bool {
        let array = Array(bytes)
        var offset = 0
        while offset < array.count {
            let sent = array.withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress! + offset, array.count - offset, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// Whether the server has closed the connection: a read that does not wait sees the end
    /// of the stream or a reset. Bytes the server sent are read and dropped.
    var isClosedByPeer: Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count > 0 { continue }
            if count == 0 { return true }
            return errno != EAGAIN && errno != EWOULDBLOCK
        }
    }

    /// Everything the server sends until it closes the connection (or the receive timeout),
    /// sleeping `pause` seconds after each `chunk` bytes when given: a slow reader.
    func readToEnd(pausing pause: Double = 0, every chunk: Int = 65_536) -> String {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: min(chunk, 65_536))
        var sinceLastPause = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            data += buffer[0..<count]
            sinceLastPause += count
            if pause > 0, sinceLastPause >= chunk {
                sinceLastPause = 0
                Thread.sleep(forTimeInterval: pause)
            }
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// One `GET path` with `Connection: close`: the response's status, body and wall-clock
    /// seconds (0 status when nothing complete came back).
    static func get(port: Int, path: String, timeout: Double = 10) throws -> (status: Int, body: String, seconds: Double) {
        let start = Date()
        let connection = try LoopbackConnection(port: port, timeout: timeout)
        connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let response = connection.readToEnd()
        let seconds = Date().timeIntervalSince(start)
        let parts = response.components(separatedBy: "\r\n\r\n")
        let status = parts.first?.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return (status, parts.dropFirst().joined(separator: "\r\n\r\n"), seconds)
    }
}
