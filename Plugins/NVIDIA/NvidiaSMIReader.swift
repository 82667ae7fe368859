import OAMAdapterAPI

/// Reads `nvidia-smi -q -x`: the XML query NVIDIA documents in the NVSMI manual
/// (`<nvidia_smi_log>` with `<driver_version>`, `<cuda_version>` and one `<gpu id="…">`
/// per device holding `<product_name>`, `<pci><pci_device_id>0x233010DE</pci_device_id>`
/// and `<fb_memory_usage>` with `<total>`/`<reserved>` in MiB).
///
/// Only the elements above are read, by name, so unrelated additions between driver
/// versions (which the manual warns about) do not matter.
enum NvidiaSMIReader {
    static func reports(_ xml: String, tool: String, knownDevices: [KnownDevice]) -> [DeviceReport] {
        let driver = element("driver_version", in: Substring(xml))
        let cuda = element("cuda_version", in: Substring(xml))
        return gpuBlocks(xml).map { id, body in
            let pciDevice = element("pci_device_id", in: body).flatMap(deviceID)
            let known = pciDevice.flatMap { device in knownDevices.first { $0.id == device } }
            let memory = section("fb_memory_usage", in: body)
            let total = memory.flatMap { element("total", in: $0) }.flatMap(mebibytes)
            let reserved = memory.flatMap { element("reserved", in: $0) }.flatMap(mebibytes)
            return DeviceReport(
                address: PCIDevice.normalizedAddress(id),
                product: element("product_name", in: body),
                modules: known?.module.map { [$0] } ?? [],
                memoryTotalBytes: total,
                memoryUsableBytes: total.flatMap { total in reserved.map { total - $0 } },
                driverVersion: driver,
                stackVersion: cuda.map { "CUDA \($0)" },
                tool: tool)
        }
    }

    /// `<gpu id="…">…</gpu>` blocks: the id attribute and the body.
    static func gpuBlocks(_ xml: String) -> [(String, Substring)] {
        var blocks: [(String, Substring)] = []
        var rest = Substring(xml)
        while let open = rest.firstRange(of: "<gpu id=\"") {
            let afterOpen = rest[open.upperBound...]
            guard let quote = afterOpen.firstIndex(of: "\""), let tagEnd = afterOpen[quote...].firstIndex(of: ">") else { break }
            let id = String(afterOpen[..<quote])
            let body = afterOpen[afterOpen.index(after: tagEnd)...]
            guard let close = body.firstRange(of: "</gpu>") else { break }
            blocks.append((id, body[..<close.lowerBound]))
            rest = body[close.upperBound...]
        }
        return blocks
    }

    /// The text of the first `<tag>…</tag>` in `text`, trimmed; `nil` when absent or "N/A".
    static func element(_ tag: String, in text: Substring) -> String? {
        guard let body = section(tag, in: text) else { return nil }
        let value = body.trimmingWhitespace()
        return value.isEmpty || value == "N/A" ? nil : value
    }

    static func section(_ tag: String, in text: Substring) -> Substring? {
        guard let open = text.firstRange(of: "<\(tag)>"), let close = text[open.upperBound...].firstRange(of: "</\(tag)>") else {
            return nil
        }
        return text[open.upperBound..<close.lowerBound]
    }

    /// "81559 MiB" → bytes.
    static func mebibytes(_ text: String) -> Double? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[1] == "MiB", let value = Double(parts[0]) else { return nil }
        return value * UnitScale.MiB
    }

    /// "0x233010DE" (device id, then vendor id) → 10de:2330.
    static func deviceID(_ text: String) -> PCIID? {
        let hex = text.lowercased().hasPrefix("0x") ? text.dropFirst(2).lowercased() : text.lowercased()
        guard hex.count == 8 else { return nil }
        return PCIID("\(hex.suffix(4)):\(hex.prefix(4))")
    }
}
