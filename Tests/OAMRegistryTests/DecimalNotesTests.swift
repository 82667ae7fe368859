import Foundation
import OAMCore
import OAMRegistry
import Testing

/// `decimal-hbm-capacity` looks for the word 'decimal' in the notes by folding ASCII bytes;
/// its verdict must be the one the lower-cased character search gives, which this test
/// computes as the reference for notes in several scripts, cases and with marks next to the
/// word.
@Suite struct DecimalNotesTests {
    static func warns(notes: String) -> Bool {
        let text = "kind: accelerator\nmemory:\n  capacity: 96 GB\n  type: hbm3\nnotes: \"\(notes)\"\n"
        let file = DescriptorParser.parse(bytes: Array(text.utf8), path: "x.yaml")
        return !DecimalHBMCapacityRule().check(file, in: ValidationContext(registry: Registry(files: [file]))).isEmpty
    }

    @Test(arguments: [
        "", "decimal", "DECIMAL", "96 GB is Decimal.", "deci mal", "decimals", "adecimal", "décimal", "decimal\u{301}",
        "\u{301}decimal", "x\u{301}decimal", "decimal—的", "的decimal", "DECİMAL", "decimal\u{301} and decimal",
        "decima", "Dec1mal",
    ])
    func verdictIsTheCharacterSearch(notes: String) {
        #expect(Self.warns(notes: notes) == !notes.lowercased().contains("decimal"), "\(notes)")
    }
}
