import Logging
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose answer has stopped moving: an answer waits to be written and
/// nothing the server can see of the client reading has happened for
/// `ServerLimits.writeStallSeconds`.
///
/// The idle timeout cannot see this client: it has asked (its requests are in flight) and
/// then reads nothing, so its receive window stays shut and the server's writes wait for it
/// as long as it likes, holding the connection. Progress is what the server can see of the
/// client reading: an answer written in full (the kernel took its last part) or the channel turning
/// writable again (NIO's outbound buffer below its low watermark, 32 KiB). Like nginx's
/// `send_timeout`, the bound is on the time between two such steps, not on a whole answer;
/// a reader that stops is closed after it, with a line in the log. What the kernel has
/// already queued drains unseen: Linux wakes a writer only once about half of its send queue
/// is free, so a client reading slower than that much per bound is cut off although it
/// reads (Docs/api.md gives the figures). An answer is followed from its last part on, which
/// Hummingbird passes on with the head and the body when the body is one buffer, as every
/// answer of oam's is; a streamed body that stalled before its end would not be timed.
///
/// Time is the event loop's (`EventLoop.now`), so tests drive the handler on an embedded
/// loop's clock.
final class StalledWriteHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let bound: TimeAmount
    private let logger: Logger
    /// Answers whose last part (`.end`) was passed on and has not been written in full yet.
    /// Only the last part is followed: one promise per answer, not per part.
    private var pendingAnswers = 0
    /// When an answer was last written in full or the channel turned writable, or when the
    /// oldest pending answer was passed on.
    private var lastProgress = NIODeadline.uptimeNanoseconds(0)
    private var check: Scheduled<Void>?

    init(seconds: Double, logger: Logger) {
        bound = .nanoseconds(Int64(seconds * 1e9))
        self.logger = logger
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .end = unwrapOutboundIn(data) else {
            context.write(data, promise: promise)
            return
        }
        let promise = promise ?? context.eventLoop.makePromise()
        let eventLoop = context.eventLoop
        if pendingAnswers == 0 { lastProgress = eventLoop.now }
        pendingAnswers += 1
        let handler = NIOLoopBound(self, eventLoop: eventLoop)
        promise.futureResult.whenComplete { _ in
            handler.value.pendingAnswers -= 1
            handler.value.lastProgress = eventLoop.now
        }
        context.write(data, promise: promise)
        if check == nil { schedule(context, at: lastProgress + bound) }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { lastProgress = context.eventLoop.now }
        context.fireChannelWritabilityChanged()
    }

    /// Also when the channel closes: NIO removes every handler then.
    func handlerRemoved(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
    }

    /// Looks at the connection at `deadline`: closes it when answers are pending and nothing
    /// moved for the bound, looks again when something moved since, stops looking when no
    /// answer is pending (the next one starts it again).
    private func schedule(_ context: ChannelHandlerContext, at deadline: NIODeadline) {
        let loopBound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        check = context.eventLoop.scheduleTask(deadline: deadline) {
            let (handler, context) = loopBound.value
            handler.check = nil
            guard handler.pendingAnswers > 0 else { return }
            let stalledSince = handler.lastProgress
            guard context.eventLoop.now - stalledSince >= handler.bound else {
                handler.schedule(context, at: stalledSince + handler.bound)
                return
            }
            handler.logger.notice(
                "closing a connection whose answer made no progress for \(Double(handler.bound.nanoseconds) / 1e9) s (the client reads nothing)"
            )
            context.close(promise: nil)
        }
    }
}
