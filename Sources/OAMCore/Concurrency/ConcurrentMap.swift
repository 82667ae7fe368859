import Dispatch

extension Array where Element: Sendable {
    /// `map(transform)` on every core (`DispatchQueue.concurrentPerform`), the result in the
    /// order of the array whatever the timing. Arrays shorter than `serialBelow` are mapped
    /// on the calling thread, where starting workers would cost more than it saves.
    ///
    /// Each slot of the result is written by exactly one iteration; the slots are
    /// initialised before and deinitialised after, so no element leaks or is read unset.
    public func concurrentMap<T: Sendable>(serialBelow: Int = 0, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count >= Swift.max(2, serialBelow) else { return map(transform) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: count) { i in
            shared[i] = transform(self[i])
        }
        return slots.map { $0! }
    }
}
