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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
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
        // espeak-ng, loaded at run time so a missing library is a clear message, not a crash.
        .target(name: "CEspeakNG", linkerSettings: [.linkedLibrary("dl")]),
        .target(
            name: "Voice",
            dependencies: [
                "DramaModel", "CEspeakNG",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strict
        ),
        // cairo and pango: the procedural artist draws with a real 2D graphics library.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .target(name: "Visuals", dependencies: ["DramaModel", "CCairo"], swiftSettings: strict),
        .target(
            name: "Editing",
            dependencies: [
                "DramaModel",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "Production",
            dependencies: [
                "DramaModel", "Screenplay", "StoryEngine", "Voice", "Visuals", "Editing",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The SQLite backend of the production store.
        .target(
            name: "SQLiteStore",
            dependencies: [
                "Production",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        // Compliance: consent registry, policy gate, labels, signed provenance, audit log.
        .target(
            name: "Governance",
            dependencies: [
                "DramaModel", "Screenplay", "StoryEngine", "Editing", "Production",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strict
        ),
        // The audience loop: the viewer-event store, metrics, mapping drop-offs to story beats,
        // revision notes for the writer, and the synthetic audience.
        .target(
            name: "Audience",
            dependencies: [
                "DramaModel", "Screenplay", "StoryEngine", "Editing", "Production",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: strict
        ),
        // Adapters to model services (OpenAI-compatible chat, speech and images; ComfyUI;
        // Kling-style image-to-video; Piper's HTTP server) behind the pipeline's protocols.
        .target(
            name: "ModelServices",
            dependencies: [
                "DramaModel", "Screenplay", "StoryEngine", "Voice", "Production",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The web studio, REST API, viewer channel and event ingest (Hummingbird 2). Its own
        // tables (users, sessions, reviews, releases, viewer events) live in the project's
        // SQLite database next to the production store's, through GRDB.
        .target(
            name: "Studio",
            dependencies: [
                "DramaModel", "Screenplay", "StoryEngine", "Editing", "Production", "SQLiteStore", "Governance", "Audience",
                "ModelServices",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "cliff",
            dependencies: [
                "DramaModel", "Screenplay", "StoryEngine", "Production", "SQLiteStore", "Governance", "Studio",
                "Audience", "ModelServices",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        // What several test targets share: the seeded generator, temporary folders and
        // projects, waiting on a condition with a generous deadline, background processes and
        // a loopback HTTP server.
        .target(
            name: "TestSupport",
            dependencies: [
                "DramaModel", "StoryEngine",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/TestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "DramaModelTests", dependencies: ["DramaModel"], swiftSettings: strict),
        .testTarget(name: "ScreenplayTests", dependencies: ["Screenplay", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "StoryEngineTests",
            dependencies: ["StoryEngine", "DramaModel", "Screenplay", "TestSupport"],
            swiftSettings: strict
        ),
        .testTarget(name: "VoiceTests", dependencies: ["Voice", "DramaModel"], swiftSettings: strict),
        .testTarget(name: "VisualsTests", dependencies: ["Visuals", "DramaModel", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "EditingTests", dependencies: ["Editing", "DramaModel", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "ProductionTests",
            dependencies: ["Production", "SQLiteStore", "StoryEngine", "DramaModel", "Screenplay", "Editing", "Voice", "Visuals", "TestSupport"],
            swiftSettings: strict
        ),
        .testTarget(name: "CliffTests", dependencies: ["cliff", "DramaModel", "Production", "SQLiteStore", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "GovernanceTests",
            dependencies: ["Governance", "DramaModel", "Production", "SQLiteStore", "StoryEngine", "Editing", "TestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "StudioTests",
            dependencies: [
                "Studio", "Governance", "DramaModel", "Production", "SQLiteStore", "StoryEngine", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AudienceTests",
            dependencies: [
                "Audience", "DramaModel", "StoryEngine", "Editing", "Screenplay", "Production", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ModelServicesTests",
            dependencies: [
                "ModelServices", "DramaModel", "StoryEngine", "Voice", "Production", "SQLiteStore", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
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
    package.targets.append(
        .executableTarget(
            name: "ProductionBenchmark",
            dependencies: [
                "Production", "SQLiteStore", "StoryEngine", "DramaModel",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/ProductionBenchmark",
            swiftSettings: strict
        )
    )
    package.targets.append(
        .executableTarget(
            name: "RenderBenchmark",
            dependencies: [
                "Production", "SQLiteStore", "StoryEngine", "DramaModel", "Editing",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/RenderBenchmark",
            swiftSettings: strict
        )
    )
    package.targets.append(
        .executableTarget(
            name: "VisualsBenchmark",
            dependencies: ["Visuals", "StoryEngine", "DramaModel"],
            path: "Benchmarks/VisualsBenchmark",
            swiftSettings: strict
        )
    )
    package.targets.append(
        .executableTarget(
            name: "GovernanceBenchmark",
            dependencies: ["Governance", "StoryEngine", "DramaModel"],
            path: "Benchmarks/GovernanceBenchmark",
            swiftSettings: strict
        )
    )
    package.targets.append(
        .executableTarget(
            name: "AudienceBenchmark",
            dependencies: [
                "Audience", "DramaModel", "Editing", "StoryEngine", "Studio",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Benchmarks/AudienceBenchmark",
            swiftSettings: strict
        )
    )
}
