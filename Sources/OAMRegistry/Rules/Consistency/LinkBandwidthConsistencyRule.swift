import Foundation
import OAMCore

/// Scale-up links × per-link bandwidth agrees with the stated total.
public struct LinkBandwidthConsistencyRule: Rule {
    public init() {}
    public static let description = RuleDescription(
        id: "link-bandwidth-consistency", severity: .warning, category: .consistency,
        summary: "`scale_up.links` × `link_bandwidth` is within 5% of `total_bandwidth`.",
        rationale:
            "Vendors quote fabric bandwidth per direction or both directions summed, in bytes or bits, per link or per module. When the product and the total disagree, one figure was quoted differently from the other, and every collective-communication estimate built on the fabric is off by that factor.",
        valid: [
            RuleExample(
                "kind: accelerator\nscale_up:\n  links: 7\n  link_bandwidth: 128 GB/s\n  total_bandwidth: 896 GB/s\n  direction: bidirectional\n"
            )
        ],
        invalid: [
            RuleExample("kind: accelerator\nscale_up:\n  links: 7\n  link_bandwidth: 128 GB/s\n  total_bandwidth: ↓448 GB/s\n"),
            RuleExample("kind: accelerator\nscale_up:\n  links: 18\n  link_bandwidth: 50 GB/s\n  total_bandwidth: ↓7.2 TB/s\n"),
        ])

    public func check(_ file: DescriptorFile, in context: ValidationContext) -> [Diagnostic] {
        guard case .accelerator(let a)? = file.descriptor, let up = a.scaleUp, let links = up.links?.value,
            let perLink = up.linkBandwidth?.value, let totalFigure = up.totalBandwidth, let total = totalFigure.value
        else { return [] }
        let product = Double(links) * perLink.value
        guard abs(product - total.value) > 0.05 * total.value else { return [] }
        let ratio = product > 0 ? total.value / product : .infinity
        let comparison =
            total.value > product
            ? "\(RuleText.percent(total.value / max(product, 1) - 1)) more"
            : "\(RuleText.percent(1 - total.value / product)) less"
        let hint: String
        if Self.near(ratio, 2) || Self.near(ratio, 0.5) {
            hint = "a factor of 2 usually means one figure is per direction and the other bidirectional"
        } else if Self.near(ratio, 8) || Self.near(ratio, 0.125) {
            hint = "a factor of 8 usually means one figure is in bits (Gb/s) and the other in bytes (GB/s)"
        } else {
            hint =
                "check that both figures are quoted the same way (per direction or bidirectional, GB/s or Gb/s) and that links counts every link"
        }
        return [
            finding(
                file, totalFigure.range,
                "\(links) links × \(perLink) = \(Quantity(product, .bandwidth)), but total_bandwidth is \(total) (\(comparison))",
                fix: hint)
        ]
    }

    static func near(_ value: Double, _ target: Double) -> Bool {
        abs(value - target) <= 0.05 * target
    }
}
