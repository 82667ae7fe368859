import Testing

/// The end-to-end suites that time the server against its own bounds (header, body and write
/// deadlines), one test at a time: `.serialized` holds for every suite nested here, so no test
/// shares the two cores with another's thousand connections or bounded waits. A trait on
/// each suite alone would only order the tests within it.
@Suite(.serialized) enum ServeTimingTests {}
