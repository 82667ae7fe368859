extension CapabilityReport {
    /// The report's figures an adapter left unknown, by name; for each the solver applies
    /// its conservative default and says so in its reasons.
    public var unknownFields: [String] {
        var unknown: [String] = []
        if usableMemoryBytes == nil { unknown.append("usableMemoryBytes") }
        if sustainedComputeFraction == nil { unknown.append("sustainedComputeFraction") }
        if sustainedBandwidthFraction == nil { unknown.append("sustainedBandwidthFraction") }
        if scaleUp?.domainSize == nil { unknown.append("scaleUp.domainSize") }
        if scaleUp?.perPeerBytesPerSecond == nil { unknown.append("scaleUp.perPeerBytesPerSecond") }
        if scaleUp?.allReduceBytesPerSecond == nil { unknown.append("scaleUp.allReduceBytesPerSecond") }
        if scaleOutBytesPerSecond == nil { unknown.append("scaleOutBytesPerSecond") }
        if frameworks.isEmpty { unknown.append("frameworks") }
        return unknown
    }
}
