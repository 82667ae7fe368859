import Testing
import YAMLReader

/// Marks store 32-bit lines and columns: positions read back as written, order and equality
/// are by line then column, and a number beyond 32 bits reads as the largest one.
@Suite struct YAMLMarkTests {
    @Test func positionsReadBackAndOrderByLineThenColumn() {
        var mark = YAMLMark(line: 120_000, column: 7)
        #expect(mark.line == 120_000 && mark.column == 7 && mark.description == "120000:7")
        mark.column = 9
        #expect(mark == YAMLMark(line: 120_000, column: 9))
        #expect(YAMLMark(line: 2, column: 80) < YAMLMark(line: 3, column: 1))
        #expect(YAMLMark(line: 3, column: 1) < YAMLMark(line: 3, column: 2))
    }

    @Test func aNumberBeyond32BitsReadsAsTheLargest() {
        // 4,294,967,295 = 2^32 − 1, the largest UInt32.
        let mark = YAMLMark(line: 4_294_967_295 + 5, column: -1)
        #expect(mark.line == 4_294_967_295)
        #expect(mark.column == 0)
    }
}
