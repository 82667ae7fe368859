import Foundation
import Testing

@testable import OAMPages

@Suite struct LocalizationTests {
    /// Every key is in both catalogues and every catalogue entry has a key: a string added to
    /// one language only fails here.
    @Test func catalogues_hold_the_same_keys() {
        let keys = Set(UIText.allCases.map(\.rawValue))
        for language in Language.allCases {
            let catalogue = Set(Localizer.catalogue(language).keys)
            #expect(
                catalogue.subtracting(keys).isEmpty, "\(language): entries without a key: \(catalogue.subtracting(keys).sorted())"
            )
            #expect(
                keys.subtracting(catalogue).isEmpty, "\(language): keys without an entry: \(keys.subtracting(catalogue).sorted())"
            )
        }
    }

    /// A translation keeps the placeholders of the English text, so no figure is lost.
    @Test func translations_keep_their_placeholders() throws {
        let pattern = try Regex(#"\{[a-zA-Z]+\}"#)
        for key in UIText.allCases {
            let english = Set(Localizer(.en)(key).matches(of: pattern).map { String(Localizer(.en)(key)[$0.range]) })
            let chinese = Set(Localizer(.zh)(key).matches(of: pattern).map { String(Localizer(.zh)(key)[$0.range]) })
            #expect(english == chinese, "\(key.rawValue)")
            #expect(!Localizer(.zh)(key).isEmpty)
        }
    }

    @Test func placeholders_are_filled() {
        #expect(Localizer(.en)(.catalogCount, ["count": "7"]) == "7 modules match.")
        #expect(Localizer(.zh)(.catalogCount, ["count": "7"]) == "共 7 个模组符合条件。")
    }

    @Test func language_comes_from_the_query_then_accept_language() {
        #expect(Language.negotiate(query: "zh", acceptLanguage: "en-US") == .zh)
        #expect(Language.negotiate(query: "en", acceptLanguage: "zh-CN") == .en)
        #expect(Language.negotiate(query: "fr", acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8") == .zh)
        #expect(Language.negotiate(query: nil, acceptLanguage: "fr-FR, en;q=0.5, zh;q=0.7") == .zh)
        #expect(Language.negotiate(query: nil, acceptLanguage: "zh;q=0, en") == .en)
        #expect(Language.negotiate(query: nil, acceptLanguage: "de") == .en)
        #expect(Language.negotiate(query: nil, acceptLanguage: nil) == .en)
    }

    @Test func links_keep_the_language() {
        #expect(PageLinks(language: .zh).accelerator("amd/mi300x") == "/accelerators/amd/mi300x?lang=zh")
        #expect(PageLinks(language: .en).accelerator("amd/mi300x") == "/accelerators/amd/mi300x")
        #expect(
            PageLinks(language: .zh).catalog([("vendor", "huawei"), ("q", "昇腾 910B")])
                == "/?vendor=huawei&q=%E6%98%87%E8%85%BE%20910B&lang=zh")
        #expect(
            PageLinks(language: .zh).switched(to: .en, path: "/", parameters: [("vendor", "amd"), ("lang", "zh")])
                == "/?vendor=amd")
    }
}
