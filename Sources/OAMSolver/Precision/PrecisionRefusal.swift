/// Why `PrecisionResolver` refuses a precision request: the sentence the refused plan
/// carries as its mode and only reason. Thrown by the resolver's steps so the first refusal
/// ends the resolution.
struct PrecisionRefusal: Error {
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
