import Foundation
import Testing

/// Issue 13 split the long functions into named steps, none over 80 lines; this keeps it so.
@Suite struct FunctionLengthTests {
    static let limit = 80

    @Test func noFunctionInTheProjectIsLongerThanTheLimit() throws {
        var counted = 0
        var long: [String] = []
        for folder in ["Sources", "Plugins"] {
            let root = Repository.path(folder)
            let enumerator = try #require(FileManager.default.enumerator(atPath: root))
            while let relative = enumerator.nextObject() as? String {
                guard relative.hasSuffix(".swift") else { continue }
                let source = try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
                for function in SwiftFunctionLengths(source).functions {
                    counted += 1
                    if function.lines > Self.limit {
                        long.append("\(folder)/\(relative):\(function.line): \(function.lines) lines")
                    }
                }
            }
        }
        #expect(counted > 1_000, "the scan found \(counted) functions: it no longer reads the sources")
        #expect(long.isEmpty, "longer than \(Self.limit) lines (split into named steps): \(long.joined(separator: "; "))")
    }

    /// The counter on a source whose strings and comments hold braces and quotes.
    @Test func theCounterSkipsStringsAndComments() {
        let source = #"""
            struct S {
                /// A { in a doc comment.
                @inlinable public static func a(_ x: Int) -> String {
                    let s = "}}} \" {"
                    let t = """
                        } a multi-line string {{ \""" }
                        """
                    return s + t  // }
                }
                init?(y: Int) { nil }
                func b() {}
                var c: Int { 1 }
                subscript(i: Int) -> Int {
                    get { i }
                }
            }
            protocol P {
                func required()
            }
            """#
        let functions = SwiftFunctionLengths(source).functions
        #expect(
            functions == [
                .init(line: 3, lines: 7), .init(line: 10, lines: 1), .init(line: 11, lines: 1), .init(line: 13, lines: 3),
            ])
    }
}
