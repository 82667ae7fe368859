// swift-tools-version:6.0
import PackageDescription

/// Layers, lowest first; a target only imports targets above it in this list:
/// CYAML → YAMLReader → OAMCore → OAMRegistry → OAMCLI → oam.
let package = Package(
    name: "oam",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "oam", targets: ["oam"]),
        .library(name: "OAMCore", targets: ["OAMCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAMLReader", dependencies: ["CYAML"]),
        .target(name: "OAMCore", dependencies: ["YAMLReader"]),
        .target(name: "OAMRegistry", dependencies: ["OAMCore", "YAMLReader"]),
        .target(
            name: "OAMCLI",
            dependencies: [
                "OAMRegistry", "OAMCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "oam", dependencies: ["OAMCLI"]),
        .executableTarget(name: "oam-bench", dependencies: ["OAMRegistry", "YAMLReader", "CYAML"]),
        .target(name: "OAMTestSupport", dependencies: ["OAMRegistry", "OAMCore", "YAMLReader"], path: "Tests/OAMTestSupport"),
        .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader"]),
        .testTarget(name: "OAMCoreTests", dependencies: ["OAMCore"]),
        .testTarget(name: "OAMRegistryTests", dependencies: ["OAMRegistry", "OAMTestSupport"]),
        .testTarget(name: "OAMEndToEndTests", dependencies: ["OAMTestSupport"]),
    ]
)
