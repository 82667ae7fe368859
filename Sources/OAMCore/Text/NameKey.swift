import Foundation

/// The one comparison key for names people type: ids, product names and aliases.
///
/// Users write the same product many ways — `MTT S4000`, `mtt-s4000`, full-width
/// `ＭＴＴ　Ｓ４０００`, `昇腾910B` or `昇腾 910B` — and every lookup (`oam show`, `oam fit --chip`,
/// `oam adapter report`, the registry search) and the unique-alias rule must agree on which of
/// them are the same name. The key is Unicode NFKC (full-width and compatibility forms become
/// their plain forms), then case folding (`ß` → `ss`, not only lowercasing), then NFKC again so the
/// result is stable, keeping only letters (any script, Han included) and digits: whitespace,
/// punctuation and symbols (`-`, `_`, `.`, `/`, `·`) are dropped.
public enum NameKey {
    /// The comparison key of `name`: `MTT S4000`, `mtt-s4000` and `ＭＴＴ＿Ｓ４０００` all give
    /// `mtts4000`; `Gaudi 3` and `gaudi-3` give `gaudi3`; `昇腾 910B` gives `昇腾910b`.
    /// Empty when the name has no letter or digit.
    public static func normalised(_ name: String) -> String {
        if let key = asciiOrHanKey(name) { return key }
        let folded = name.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
            .precomposedStringWithCompatibilityMapping
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter(isKept)))
    }

    /// The key of a name of ASCII and CJK Unified Ideographs (U+4E00–U+9FFF) without
    /// Foundation: NFKC leaves ASCII unchanged and case-folds it to lower case, so its letters
    /// and digits are `A`–`Z` lower-cased, `a`–`z`, `0`–`9`; those ideographs have no
    /// decomposition, fold to themselves, combine with nothing and are all letters
    /// (Alphabetic), so each stays as it is. Ids and most names are ASCII, many aliases are
    /// Chinese (`昇腾910B`), and the registry keys every name of every file twice; the Unicode
    /// path costs about a thousand times more. `nil` for any other character.
    private static func asciiOrHanKey(_ name: String) -> String? {
        if let key = name.utf8.withContiguousStorageIfAvailable(asciiKey), let key { return key }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: bytes.append(UInt8(scalar.value))
            case 0x41...0x5A: bytes.append(UInt8(scalar.value) | 0x20)
            case 0x4E00...0x9FFF: bytes.append(contentsOf: String(scalar).utf8)
            case 0x80...: return nil
            default: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `asciiOrHanKey` of an all-ASCII name, read over its UTF-8 bytes in place (the same
    /// letters and digits, without decoding scalars); `nil` when a byte is not ASCII.
    private static func asciiKey(_ name: UnsafeBufferPointer<UInt8>) -> String? {
        guard !name.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: name.count) { key in
            var count = 0
            for byte in name {
                switch byte {
                case 0x61...0x7A, 0x30...0x39: key[count] = byte
                case 0x41...0x5A: key[count] = byte | 0x20
                default: continue
                }
                count += 1
            }
            return count
        }
    }

    /// Letters of any script and digits (including compatibility digits NFKC did not map).
    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
