import NIOCore
import NIOHTTPTypes
import OAMCore

/// Closes the connection once an answer whose head says `Connection: close` has been
/// written in full.
///
/// Hummingbird keeps reading a connection after an answer unless the *request* asked to
/// close it, and only shuts the output side when it stops. The answers that end a
/// connection on the server's own account (413 for a body over the cap, 408 for a body past
/// its deadline) would otherwise leave the socket held, and an upload being read and
/// discarded, until the idle timeout.
final class CloseAfterAnswerHandler: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// Whether the answer being written said `Connection: close`.
    private var closesConnection = false

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head):
            // RFC 9110 §7.6.1: a list of case-insensitive connection options.
            closesConnection =
                head.headerFields[.connection].map { FieldList.elements(of: $0).contains { $0.lowercased() == "close" } }
                ?? false
            context.write(data, promise: promise)
        case .body:
            context.write(data, promise: promise)
        case .end where closesConnection:
            let written = promise ?? context.eventLoop.makePromise()
            let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
            written.futureResult.whenComplete { _ in loopBound.value.close(promise: nil) }
            context.write(data, promise: written)
        case .end:
            context.write(data, promise: promise)
        }
    }
}
