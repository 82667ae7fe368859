import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import Testing

@testable import OAMServer

/// `StalledWriteHandler` on an embedded channel, whose clock the test moves: an answer that
/// is not written closes the connection a bound after the last progress, and what counts
/// as progress (an answer written in full, the channel turning writable) restarts the bound.
/// On loopback the kernel takes a whole answer at once, so only here do the answers wait.
@Suite struct StalledWriteHandlerTests {
    /// A bound of 2 s on a fresh embedded channel.
    static func channel() throws -> EmbeddedChannel {
        let channel = EmbeddedChannel(loop: EmbeddedEventLoop())
        try channel.pipeline.syncOperations.addHandler(
            StalledWriteHandler(seconds: 2, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })))
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 80)).wait()
        return channel
    }

    /// An answer written but not flushed: its last part's promise stays open, as when the
    /// client's window is shut.
    static func answerWaits(on channel: EmbeddedChannel) {
        channel.write(HTTPResponsePart.head(HTTPResponse(status: .ok)), promise: nil)
        channel.write(HTTPResponsePart.end(nil), promise: nil)
    }

    static func advance(_ channel: EmbeddedChannel, milliseconds: Int64) {
        (channel.eventLoop as! EmbeddedEventLoop).advanceTime(by: .milliseconds(milliseconds))
    }

    @Test func aWaitingAnswerClosesTheConnectionAtTheBound() throws {
        let channel = try Self.channel()
        Self.answerWaits(on: channel)
        Self.advance(channel, milliseconds: 1_999)
        #expect(channel.isActive)
        Self.advance(channel, milliseconds: 1)
        #expect(!channel.isActive)
    }

    /// Turning writable at 1.5 s is progress: the connection lives until 3.5 s. Turning
    /// unwritable (at 1 s) is not: with only that, it closes at 2 s.
    @Test func turningWritableRestartsTheBound() throws {
        let channel = try Self.channel()
        Self.answerWaits(on: channel)
        Self.advance(channel, milliseconds: 1_000)
        channel.isWritable = false
        channel.pipeline.fireChannelWritabilityChanged()
        Self.advance(channel, milliseconds: 500)
        channel.isWritable = true
        channel.pipeline.fireChannelWritabilityChanged()
        Self.advance(channel, milliseconds: 1_999)
        #expect(channel.isActive)
        Self.advance(channel, milliseconds: 1)
        #expect(!channel.isActive)
    }

    @Test func turningUnwritableIsNoProgress() throws {
        let channel = try Self.channel()
        Self.answerWaits(on: channel)
        Self.advance(channel, milliseconds: 1_000)
        channel.isWritable = false
        channel.pipeline.fireChannelWritabilityChanged()
        Self.advance(channel, milliseconds: 1_000)
        #expect(!channel.isActive)
    }

    /// An answer written in full at 1.5 s leaves nothing waiting, so nothing is timed; the
    /// next answer that waits gets the whole bound from when it was passed on.
    @Test func anAnswerWrittenInFullEndsTheWait() throws {
        let channel = try Self.channel()
        Self.answerWaits(on: channel)
        Self.advance(channel, milliseconds: 1_500)
        // The flush writes the answer: nothing waits any more, however long it then is.
        channel.flush()
        Self.advance(channel, milliseconds: 10_000)
        #expect(channel.isActive)
        // A new answer that waits starts a new bound from its own start.
        Self.answerWaits(on: channel)
        Self.advance(channel, milliseconds: 1_999)
        #expect(channel.isActive)
        Self.advance(channel, milliseconds: 1)
        #expect(!channel.isActive)
    }
}
