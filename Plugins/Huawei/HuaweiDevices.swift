import OAMAdapterAPI

/// Huawei Ascend PCI device ids (vendor 19e5). Only the 910B id was found in a citable
/// source; other Ascend parts are placed by `npu-smi info` instead.
enum HuaweiDevices {
    static let all: [KnownDevice] = [
        KnownDevice(
            "19e5:d802", "Ascend 910B", module: "huawei/ascend-910b", source: HuaweiSources.driverScripts, tier: .thirdParty,
            note: "all 910B bins (910B1…910B4) share this id; npu-smi names the bin")
    ]
}
