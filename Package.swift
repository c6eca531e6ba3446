// swift-tools-version: 6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// Modules whose inner loops every render or audience test runs are optimised in debug builds
/// too: Editing's sample and pixel loops (unoptimised, mixing one 120 s episode took 70 s,
/// optimised 0.6 s), Voice's speech energy and WAV writing, Audience's event reading and metrics.
let optimisedInDebug: [SwiftSetting] = strict + [.unsafeFlags(["-O"], .when(configuration: .debug))]

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
        // Declared because StudioServer and ModelServices import their modules directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // The foundation every module may use: the error protocol, located diagnostics, the
        // seeded generator, text escaping, the project's file layout. No heavy dependency.
        .target(name: "Basics", swiftSettings: strict),
        // Experiments' statistical core: assignment, the always-valid sequential test, CUPED,
        // sample-ratio and guardrail checks, the Bayesian summary, the Thompson-sampling bandit.
        .target(name: "Experiments", dependencies: ["Basics"], swiftSettings: strict),
        .target(
            name: "DramaModel",
            dependencies: ["Basics", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(name: "Screenplay", dependencies: ["Basics"], swiftSettings: strict),
        .target(
            name: "StoryEngine",
            dependencies: [
                "Basics", "DramaModel", "Screenplay",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Phrasebooks", "Lexicon", "Names"],  // data files, embedded by EmbedData (see below)
            swiftSettings: strict,
            plugins: ["EmbedData"]
        ),
        // espeak-ng, loaded at run time so a missing library is a clear message, not a crash.
        .target(name: "CEspeakNG", linkerSettings: [.linkedLibrary("dl")]),
        .target(
            name: "Voice",
            dependencies: [
                "Basics", "DramaModel", "CEspeakNG",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: optimisedInDebug
        ),
        // cairo and pango: the procedural artist draws with a real 2D graphics library.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .target(name: "Visuals", dependencies: ["Basics", "DramaModel", "CCairo"], swiftSettings: strict),
        .target(
            name: "Editing",
            dependencies: [
                "Basics", "DramaModel",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: optimisedInDebug
        ),
        .target(
            name: "Production",
            dependencies: [
                "Basics", "DramaModel", "Screenplay", "StoryEngine", "Voice", "Visuals", "Editing",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Templates"],  // data files (the cliff.yaml template), embedded by EmbedData (see below)
            swiftSettings: strict,
            plugins: ["EmbedData"]
        ),
        // The SQLite backend of the production store, and the one SQLite opener (named
        // migrations on GRDB's DatabaseMigrator) every SQLite database goes through.
        .target(
            name: "SQLiteStore",
            dependencies: [
                "DramaModel",
                "Basics", "Production",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        // The PostgreSQL backend of the production store, for workers on several machines:
        // the same SQL as SQLite (QueueSQL's .postgres dialect), FOR UPDATE SKIP LOCKED claims,
        // LISTEN/NOTIFY wakeups. The only target that imports PostgresNIO.
        .target(
            name: "PostgresStore",
            dependencies: [
                "Basics", "DramaModel", "Production",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // Compliance: consent registry, policy gate, labels, signed provenance, audit log.
        .target(
            name: "Governance",
            dependencies: [
                "Basics", "DramaModel", "StoryEngine", "Editing", "Production",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            exclude: ["Policy/BuiltInRules"],  // data files, embedded by EmbedData (see below)
            swiftSettings: strict,
            plugins: ["EmbedData"]
        ),
        // The audience loop: the viewer-event store, metrics, mapping drop-offs to story beats,
        // revision notes for the writer, and the synthetic audience.
        .target(
            name: "Audience",
            dependencies: [
                "Basics", "DramaModel", "StoryEngine", "Editing", "Production", "SQLiteStore", "Experiments",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: optimisedInDebug
        ),
        // Adapters to model services (OpenAI-compatible chat, speech and images; ComfyUI;
        // Kling-style image-to-video; Piper's HTTP server) behind the pipeline's protocols.
        .target(
            name: "ModelServices",
            dependencies: [
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                "Basics", "DramaModel", "Screenplay", "StoryEngine", "Voice", "Production",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // Publishing to external platforms (YouTube, TikTok, delivery packages), their OAuth
        // credentials and statistics; the publisher in Studio records and schedules the work.
        .target(
            name: "Channels",
            dependencies: [
                "Basics", "DramaModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        // The studio's domain: accounts, reviews, releases, the publisher, experiments and the
        // slate desk. Its own tables (users, sessions, reviews, calendars) are written once
        // against Production's SQLDatabase: the project's SQLite file by default, a shared
        // PostgreSQL database for several studio processes.
        .target(
            name: "Studio",
            dependencies: [
                "Basics", "DramaModel", "StoryEngine", "Editing", "Production", "SQLiteStore", "Governance", "Audience",
                "ModelServices", "Experiments", "Slate", "Channels",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The studio's Hummingbird server over the domain layer: REST API and its OpenAPI
        // document, web studio pages, viewer channel, event ingest, media responses.
        .target(
            name: "StudioServer",
            dependencies: [
                "Basics", "DramaModel", "Screenplay", "StoryEngine", "Editing", "Production", "Audience", "Studio",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            exclude: ["Assets"],  // data files, embedded by EmbedData (see below)
            swiftSettings: strict,
            plugins: ["EmbedData"]
        ),
        // The slate: a file of premises, one series each, and their pilots within one budget.
        .target(
            name: "Slate",
            dependencies: [
                "Basics", "DramaModel", "StoryEngine", "Production", "Audience",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "cliff",
            dependencies: [
                "Basics", "DramaModel", "Screenplay", "StoryEngine", "Production", "SQLiteStore", "PostgresStore", "Governance", "Studio",
                "StudioServer", "Audience", "ModelServices", "Editing", "Slate", "Experiments", "Channels",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        // Data out of code: phrasebooks, web assets and rule sets are files in their targets'
        // folders (excluded from the sources above). The EmbedData build plugin runs
        // EmbedDataTool over them and compiles their text into the target as `EmbeddedData`,
        // so the `cliff` binary needs no files beside it.
        .executableTarget(name: "EmbedDataTool", path: "Plugins/EmbedDataTool"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["EmbedDataTool"]),
        // What several test targets share: the seeded generator, temporary folders and
        // projects, waiting on a condition with a generous deadline, background processes and
        // a loopback HTTP server.
        .target(
            name: "TestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                "Basics", "DramaModel", "Production", "StoryEngine", "Channels",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/TestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "BasicsTests", dependencies: ["Basics"], swiftSettings: strict),
        .testTarget(name: "DramaModelTests", dependencies: ["Basics", "DramaModel"], swiftSettings: strict),
        .testTarget(name: "ScreenplayTests", dependencies: ["Basics", "Screenplay", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "StoryEngineTests",
            dependencies: ["Basics", "StoryEngine", "DramaModel", "Screenplay", "TestSupport"],
            exclude: ["Premises"],  // the premise set the reader is tested on
            swiftSettings: strict
        ),
        .testTarget(name: "VoiceTests", dependencies: ["Basics", "Voice", "DramaModel"], swiftSettings: strict),
        .testTarget(name: "VisualsTests", dependencies: ["Basics", "Visuals", "DramaModel", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "EditingTests", dependencies: ["Basics", "Editing", "DramaModel", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "ProductionTests",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                "Basics", "Production", "SQLiteStore", "PostgresStore", "StoryEngine", "DramaModel", "Screenplay", "Editing", "Voice", "Visuals",
                "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CliffTests",
            dependencies: [
                "Basics", "cliff", "DramaModel", "Editing", "Production", "PostgresStore", "SQLiteStore", "Slate", "StoryEngine", "Studio", "TestSupport", "Channels", "Audience",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Doubles"],  // test doubles of hosted services, run by the tests (python3)
            swiftSettings: strict),
        .testTarget(
            name: "GovernanceTests",
            dependencies: ["Basics", "Governance", "DramaModel", "Production", "SQLiteStore", "StoryEngine", "Editing", "TestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ChannelsTests",
            dependencies: [
                "Basics", "Channels", "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "StudioTests",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                "Basics",
                "Studio", "StudioServer", "Governance", "DramaModel", "Production", "SQLiteStore", "StoryEngine", "TestSupport", "Slate", "Experiments",
                "Channels",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AudienceTests",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                "Basics",
                "Audience", "StudioServer", "DramaModel", "StoryEngine", "Editing", "Screenplay", "Production", "SQLiteStore", "PostgresStore", "TestSupport",
                "Experiments",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ModelServicesTests",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                "Editing", "Screenplay",
                "Basics",
                "ModelServices", "DramaModel", "StoryEngine", "Voice", "Production", "SQLiteStore", "Studio", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "ExperimentsTests", dependencies: ["Basics", "Experiments"], swiftSettings: strict),
        .testTarget(
            name: "SlateTests",
            dependencies: ["Basics", "Slate", "Audience", "DramaModel", "StoryEngine", "Production", "TestSupport"],
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
            dependencies: ["Basics", "StoryEngine", "DramaModel", "Screenplay"],
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
    // The job queue alone, SQLite beside PostgreSQL: scheduling overhead with 1, 2 and 4
    // worker processes, and an idle worker's CPU (scripts/benchmark.sh queue).
    package.targets.append(
        .executableTarget(
            name: "QueueBenchmark",
            dependencies: [
                "Production", "SQLiteStore", "PostgresStore", "DramaModel",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/QueueBenchmark",
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
            name: "ExperimentsBenchmark",
            dependencies: ["Basics", "Experiments"],
            path: "Benchmarks/ExperimentsBenchmark",
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
                "Audience", "DramaModel", "Editing", "PostgresStore", "Production", "StoryEngine", "Studio", "StudioServer",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Benchmarks/AudienceBenchmark",
            swiftSettings: strict
        )
    )
    package.targets.append(
        .executableTarget(
            name: "SlateBenchmark",
            dependencies: [
                "Audience", "Basics", "DramaModel", "Editing", "Governance", "Production", "SQLiteStore", "Slate", "StoryEngine",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/SlateBenchmark",
            exclude: ["premises.txt"],  // the 30 premises the benchmark reads
            swiftSettings: strict
        )
    )
}

// The parsers' fuzzer, built only when asked (scripts/fuzz sets it):
//   CLIFF_FUZZ=1 swift run -c release cliff-fuzz fountain --seconds 600
if Context.environment["CLIFF_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(
            name: "cliff-fuzz",
            dependencies: ["Audience", "Basics", "DramaModel", "Editing", "ModelServices", "Production", "Screenplay", "StoryEngine"],
            path: "Fuzz/Sources",
            swiftSettings: strict
        )
    )
}
