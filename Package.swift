// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CaseJourney",
    products: [
        .library(name: "CaseJourney", targets: ["CaseJourney"]),
        .executable(name: "cj", targets: ["cj"]),
        .executable(name: "cj-bench", targets: ["cj-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Every rule lives here; Foundation only.
        .target(name: "CaseJourney"),
        // The command: argument parsing and presentation only.
        .executableTarget(
            name: "cj",
            dependencies: [
                "CaseJourney",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Generates a large store of invented cases and times `cj` on it.
        .executableTarget(name: "cj-bench", dependencies: ["CaseJourney"]),
        .testTarget(name: "CaseJourneyTests", dependencies: ["CaseJourney"]),
        // End-to-end: runs the built `cj` on temporary stores.
        .testTarget(name: "cjTests", dependencies: ["cj", "CaseJourney"]),
    ]
)
