import OAMCore
import OAMSolver

/// How figures and tiers read on a page: the value as the descriptor wrote it, the translated
/// word for unknown or absent, and the tier as a labelled, styled word.
struct FigureText {
    var t: Localizer

    /// The figure as written (`192 GiB`); "unknown" when the descriptor says so; "—" when absent.
    func value(_ figure: Figure<Quantity>?) -> String {
        guard let figure else { return t(.notStated) }
        return figure.value?.text ?? t(.unknown)
    }

    /// The tier's translated name.
    func tierName(_ tier: EvidenceTier) -> String {
        switch tier {
        case .vendor: t(.tierVendor)
        case .press: t(.tierPress)
        case .thirdParty: t(.tierThirdParty)
        case .measured: t(.tierMeasured)
        }
    }

    /// A verdict's tier as a styled word: a stated tier as above, `assumed` in its own words
    /// followed by the weakest stated tier behind it (`assumed (press)`), since nearly every
    /// verdict rests on some default and the stated tier is what still tells them apart.
    func tier(_ tier: VerdictTier?, stated behind: EvidenceTier? = nil) -> HTMLNode {
        guard let tier else { return .text(t(.notStated)) }
        guard let stated = tier.stated else {
            let assumed = HTMLNode.el("span", [HTMLAttribute("class", "tier-assumed")], text: t(.tierAssumed))
            guard let behind else { return assumed }
            return .fragment([assumed, .text(" ("), self.tier(behind), .text(")")])
        }
        return self.tier(stated)
    }

    /// The tier as a styled word (colour is never the only cue: the word is always there).
    func tier(_ tier: EvidenceTier?) -> HTMLNode {
        guard let tier else { return .text(t(.notStated)) }
        return .el("span", [HTMLAttribute("class", "tier-" + tier.rawValue)], text: tierName(tier))
    }

    /// A form factor as the registry writes it (`oam`, `sxm`): a vocabulary word shown as data.
    func formFactor(_ formFactor: FormFactor?) -> String {
        formFactor?.rawValue ?? t(.unknown)
    }
}
