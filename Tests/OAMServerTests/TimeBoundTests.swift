import Foundation
import Testing

@testable import OAMServer

@Suite struct TimeBoundTests {
    @Test func answersOverloadedWhenTheWorkOverruns() async throws {
        await #expect(throws: APIError.self) {
            try await TimeBound(seconds: 0.05).run { () -> Int in
                Thread.sleep(forTimeInterval: 1)
                return 1
            }
        }
        // The error, not the value: the deadline (0.05 s) resumed the request before the
        // work (1 s) ended. Wall-clock time is not asserted: other tests share the pool.
        do {
            _ = try await TimeBound(seconds: 0.05).run { () -> Int in
                Thread.sleep(forTimeInterval: 1)
                return 1
            }
        } catch let error as APIError {
            #expect(error.status == .serviceUnavailable)
            #expect(error.headers[.retryAfter] == "5")
            #expect(error.document.code == .overloaded)
        }
    }

    @Test func returnsTheValueWithinTheBound() async throws {
        let value = try await TimeBound(seconds: 5).run { 6 * 7 }
        #expect(value == 42)
    }
}
