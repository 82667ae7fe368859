// swift-tools-version:6.0
import PackageDescription

/// Layers, lowest first; a target only imports targets above it in this list:
/// CYAML → YAMLReader → OAMCore → {OAMRegistry, OAMSchemaInference → OAMAdapterAPI} → OAMSolver → OAMHost
/// → OAMQuery → OAMPages → OAMServer → OAMCLI → oam (OAMServer never imports OAMCLI). OAMPages renders the
/// web pages (HTML, no HTTP) from the same queries and results as the API, so the server and a
/// static-site writer share them. OAMQuery holds what every front end shares: the unresolved query types,
/// their validation and resolution, and the JSON, SARIF and diagnostic renderers.
/// CProcessControl (a C wrapper for `prctl`, which Swift cannot call) sits below OAMHost.
/// Vendor adapters (Plugins/<Vendor>) import OAMAdapterAPI only; it re-exports the few core
/// types of the vendor contract by name (Sources/OAMAdapterAPI/Exports.swift), not whole modules.
/// OAMSchemaInference infers the adapter protocol's JSON Schema from its Codable types.
/// In-tree vendor adapters: target `<Vendor>Adapter` lives in `Plugins/<Vendor>/` and may
/// import only OAMAdapterAPI. A test fails when a folder under Plugins/ is missing here.
let adapterTargets: [String] = [
    "AlibabaAdapter",
    "AMDAdapter",
    "AWSAdapter",
    "BirenAdapter",
    "CambriconAdapter",
    "EnflameAdapter",
    "GoogleAdapter",
    "HuaweiAdapter",
    "HygonAdapter",
    "IluvatarAdapter",
    "IntelAdapter",
    "KunlunxinAdapter",
    "MetaXAdapter",
    "MooreThreadsAdapter",
    "NVIDIAAdapter",
    "TenstorrentAdapter",
    "GenericAdapter",
]

let package = Package(
    name: "oam",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "oam", targets: ["oam"]),
        .library(name: "OAMCore", targets: ["OAMCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // Tests only: property-based checks of the quantity parser and formatter.
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        // gzip/deflate response bodies (zlib through compress-nio: a thin wrapper, no
        // dependency but swift-nio, which Hummingbird already brings).
        .package(url: "https://github.com/adam-fowler/compress-nio", exact: "1.5.0"),
        // The versions Hummingbird resolves, named for OAMServer's own channel handlers
        // (StalledWriteHandler, CloseAfterAnswerHandler) and its body deadline: NIOCore, the
        // HTTP part types the handlers sit between, and NIOEmbedded for their tests.
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras", exact: "1.35.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAMLReader", dependencies: ["CYAML"]),
        .target(name: "OAMCore", dependencies: ["YAMLReader"]),
        .target(name: "OAMSchemaInference", dependencies: ["OAMCore"]),
        .target(name: "OAMRegistry", dependencies: ["OAMCore", "YAMLReader"]),
        .target(name: "OAMAdapterAPI", dependencies: ["OAMCore", "YAMLReader", "OAMSchemaInference"]),
        .target(name: "OAMSolver", dependencies: ["OAMCore", "OAMAdapterAPI"]),
        .target(name: "CProcessControl"),
        .target(
            name: "OAMHost",
            dependencies: ["CProcessControl", "OAMAdapterAPI", "OAMRegistry"] + adapterTargets.map { .target(name: $0) }),
        .target(name: "OAMQuery", dependencies: ["OAMRegistry", "OAMCore", "OAMSolver", "OAMHost", "OAMAdapterAPI"]),
        .target(name: "OAMPages", dependencies: ["OAMQuery", "OAMRegistry", "OAMSolver", "OAMHost", "OAMAdapterAPI", "OAMCore"]),
        .target(
            name: "OAMServer",
            dependencies: [
                "OAMQuery", "OAMPages", "OAMRegistry", "OAMCore", "OAMSolver", "OAMHost", "OAMAdapterAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "OAMCLI",
            dependencies: [
                "OAMRegistry", "OAMCore", "OAMSolver", "OAMHost", "OAMQuery", "OAMPages", "OAMServer", "OAMSchemaInference",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "oam", dependencies: ["OAMCLI"]),
        .executableTarget(name: "oam-bench", dependencies: ["OAMRegistry", "YAMLReader", "CYAML"]),
        .executableTarget(name: "oam-solver-bench", dependencies: ["OAMSolver", "OAMRegistry"]),
        .executableTarget(name: "oam-fuzz", dependencies: ["OAMRegistry", "OAMCore", "YAMLReader"]),
        .target(name: "OAMTestSupport", dependencies: ["OAMRegistry", "OAMCore", "YAMLReader"], path: "Tests/OAMTestSupport"),
        .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader"]),
        .testTarget(
            name: "OAMCoreTests",
            dependencies: ["OAMCore", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "OAMRegistryTests", dependencies: ["OAMRegistry", "OAMTestSupport"]),
        .testTarget(name: "OAMEndToEndTests", dependencies: ["OAMTestSupport"]),
        .testTarget(name: "OAMSolverTests", dependencies: ["OAMSolver", "OAMRegistry", "OAMHost", "OAMTestSupport"]),
        .testTarget(name: "OAMHostTests", dependencies: ["OAMHost", "OAMTestSupport"]),
        .testTarget(
            name: "OAMAccuracyTests",
            dependencies: ["OAMSolver", "OAMRegistry", "OAMHost", "OAMCore", "OAMAdapterAPI", "OAMTestSupport"]),
        .testTarget(
            name: "OAMServerTests",
            dependencies: [
                "OAMServer", "OAMQuery", "OAMCore", "OAMRegistry", "OAMHost", "OAMTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]
        ),
        .testTarget(name: "OAMQueryTests", dependencies: ["OAMQuery", "OAMRegistry", "OAMCore", "OAMTestSupport"]),
        .testTarget(name: "OAMPagesTests", dependencies: ["OAMPages", "OAMQuery", "OAMRegistry", "OAMCore", "OAMTestSupport"]),
        .testTarget(name: "OAMContributionTests", dependencies: ["OAMRegistry", "OAMCore", "OAMTestSupport"]),
    ]
        + adapterTargets.map { name in
            .target(name: name, dependencies: ["OAMAdapterAPI"], path: "Plugins/\(name.dropLast("Adapter".count))")
        }
)
