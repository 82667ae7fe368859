import Foundation
import OAMAdapterAPI
import OAMHost
import OAMTestSupport
import Testing

/// Every folder under Plugins/ is a registered adapter target, every registered adapter is
/// in `BuiltInAdapters.all`, and every vendor in the registry has an adapter.
@Suite struct AdapterRegistrationTests {
    static let pluginFolders: [String] = {
        let root = Fixtures.repositoryRoot.appendingPathComponent("Plugins").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
                && !name.hasPrefix(".")
        }.sorted()
    }()

    /// The `adapterTargets` list of Package.swift.
    static let packageTargets: [String] = {
        let text =
            (try? String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""
        guard let start = text.range(of: "let adapterTargets: [String] = ["),
            let end = text[start.upperBound...].firstIndex(of: "]")
        else { return [] }
        return text[start.upperBound..<end].split(separator: ",").compactMap { item in
            let trimmed = item.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(
                in: CharacterSet(charactersIn: "\""))
            return trimmed.isEmpty ? nil : trimmed
        }
    }()

    /// The module each built-in adapter type lives in (`AMDAdapter` for `AMDAdapter.AMDPlugin`).
    static let builtInModules: [String] = BuiltInAdapters.all.map {
        String(String(reflecting: type(of: $0)).split(separator: ".").first ?? "")
    }

    @Test func everyPluginFolderIsARegisteredTarget() {
        #expect(!Self.pluginFolders.isEmpty)
        for folder in Self.pluginFolders {
            #expect(
                Self.packageTargets.contains(folder + "Adapter"),
                "Plugins/\(folder)/ is not in Package.swift's adapterTargets as \(folder)Adapter")
            #expect(Self.builtInModules.contains(folder + "Adapter"), "Plugins/\(folder)/ has no adapter in BuiltInAdapters.all")
        }
        for target in Self.packageTargets {
            #expect(
                Self.pluginFolders.contains(String(target.dropLast("Adapter".count))), "\(target) has no folder under Plugins/")
        }
    }

    @Test func everyRegistryVendorHasAnAdapter() {
        let vendors = Set(HostTestSupport.registry.accelerators.map(\.vendor))
        #expect(vendors.count >= 12)
        for vendor in vendors.sorted() {
            #expect(BuiltInAdapters.adapter(forVendor: vendor) != nil, "registry vendor '\(vendor)' has no in-tree adapter")
        }
    }

    @Test func adapterIDsAreUniqueAndNameTheirVendor() {
        let ids = BuiltInAdapters.all.map(\.info.id)
        #expect(Set(ids).count == ids.count)
        for adapter in BuiltInAdapters.vendorAdapters {
            #expect(adapter.info.vendors.contains(adapter.info.id), "\(adapter.info.id) is named after a vendor it covers")
            #expect(adapter.info.protocolVersions.contains(AdapterProtocol.version))
            for id in adapter.info.pciVendorIDs { #expect(id.count == 4 && UInt16(id, radix: 16) != nil, "\(id)") }
        }
    }

    @Test func knowledgeNamesRegistryModules() {
        for adapter in BuiltInAdapters.vendorAdapters {
            for module in adapter.modules {
                let accelerator = HostTestSupport.registry.accelerator(module)
                #expect(accelerator != nil, "\(adapter.info.id) knows '\(module)', which is not in the registry")
                #expect(
                    accelerator.map { adapter.covers(vendor: $0.vendor) } ?? true,
                    "\(module) is not of \(adapter.info.id)'s vendors")
            }
        }
    }

    @Test func everyReportedFigureCarriesASource() {
        for accelerator in HostTestSupport.registry.accelerators {
            guard let report = CapabilityCatalog.report(for: accelerator) else { continue }
            var sources = report.precisions.map(\.source) + report.frameworks.map(\.source)
            sources += [
                report.usableMemoryBytes?.source, report.sustainedComputeFraction?.source,
                report.sustainedBandwidthFraction?.source,
                report.scaleUp?.domainSize?.source, report.scaleUp?.perPeerBytesPerSecond?.source,
                report.scaleUp?.allReduceBytesPerSecond?.source, report.scaleOutBytesPerSecond?.source,
            ].compactMap { $0 }
            for source in sources {
                #expect(
                    source.hasPrefix("https://") || source.hasPrefix("http://"), "\(accelerator.id): '\(source)' is not a URL")
            }
            if let fraction = report.sustainedComputeFraction?.value {
                #expect(fraction > 0 && fraction <= 1, "\(accelerator.id) compute fraction \(fraction)")
            }
            if let fraction = report.sustainedBandwidthFraction?.value {
                #expect(fraction > 0 && fraction <= 1, "\(accelerator.id) bandwidth fraction \(fraction)")
            }
        }
    }
}
