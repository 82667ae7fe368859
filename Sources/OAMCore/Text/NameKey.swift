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
        if let key = asciiKey(name) { return key }
        let folded = name.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
            .precomposedStringWithCompatibilityMapping
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter(isKept)))
    }

    /// The key of an all-ASCII name without Foundation: NFKC leaves ASCII unchanged and
    /// case-folds it to lower case, and its letters and digits are `A`–`Z`, `a`–`z`, `0`–`9`.
    /// Ids and most names are ASCII, and the registry computes a key for every name of every
    /// file; the Unicode path costs about a thousand times more. `nil` for any other byte.
    private static func asciiKey(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
            case 0x80...: return nil
            default: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Letters of any script and digits (including compatibility digits NFKC did not map).
    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
