// swift-tools-version: 6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Cliffhanger",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cliff", targets: ["cliff"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .target(
            name: "DramaModel",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(name: "Screenplay", swiftSettings: strict),
        .target(
            name: "StoryEngine",
            dependencies: [
                "DramaModel", "Screenplay",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "cliff",
            dependencies: [
                "DramaModel", "Screenplay", "StoryEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "DramaModelTests", dependencies: ["DramaModel"], swiftSettings: strict),
        .testTarget(name: "ScreenplayTests", dependencies: ["Screenplay"], swiftSettings: strict),
        .testTarget(
            name: "StoryEngineTests",
            dependencies: ["StoryEngine", "DramaModel", "Screenplay"],
            swiftSettings: strict
        ),
        .testTarget(name: "CliffTests", dependencies: ["cliff", "DramaModel"], swiftSettings: strict),
    ]
)

// Benchmarks are release-mode executables built only when asked:
//   CLIFF_BENCHMARKS=1 swift run -c release WriterBenchmark
if Context.environment["CLIFF_BENCHMARKS"] != nil {
    package.targets.append(
        .executableTarget(
            name: "WriterBenchmark",
            dependencies: ["StoryEngine", "DramaModel", "Screenplay"],
            path: "Benchmarks/WriterBenchmark",
            swiftSettings: strict
        )
    )
}
