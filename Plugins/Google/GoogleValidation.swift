import OAMAdapterAPI

/// Checks of Google descriptors: `x-google` (TensorCores per chip, MXUs per TensorCore), the
/// "Google" brand.
enum GoogleValidation {
    /// MXUs per TensorCore by module (Google's TPU pages: v5e four, v6e two 256x256 MXUs).
    static let mxusByModule = ["google/tpu-v5e": 4, "google/tpu-v6e": 2]

    static func check(_ accelerator: AcceleratorDescriptor, file: DescriptorLocation, adapter: AdapterInfo) -> [Diagnostic] {
        var found = CommonChecks.naming(accelerator, file: file, adapter: adapter, prefixes: ["Google"])
        var block = VendorBlockChecker(vendor: "google", accelerator: accelerator, location: file)
        guard block.requireMapping() else { return found + block.diagnostics }
        block.checkKeys(["tensorcores", "mxus_per_tensorcore"])
        _ = block.positiveInteger("tensorcores")
        if let (mxus, range) = block.positiveInteger("mxus_per_tensorcore"), let expected = mxusByModule[accelerator.id],
            mxus != expected
        {
            block.report(
                .error, "mxus", "\(accelerator.id) has \(expected) MXUs per TensorCore per Google's TPU page, not \(mxus)",
                at: range, fix: "write \(expected)")
        }
        found += block.diagnostics
        return found
    }
}
