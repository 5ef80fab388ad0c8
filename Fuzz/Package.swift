// swift-tools-version: 6.1
// libFuzzer target over BulwarkShield's DLP detectors and redactor.
// Build: swift build -c release --sanitize=fuzzer --package-path Fuzz   (see scripts/fuzz-shield)
import PackageDescription

let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ShieldFuzz",
    targets: [
        // Sources/ShieldFuzz/DLP is a symlink to ../Sources/BulwarkShield/DLP (and ASCIISet.swift to the file it uses
        // outside it), compiled into the fuzzer directly.
        .executableTarget(name: "ShieldFuzz", swiftSettings: settings)
    ],
    swiftLanguageModes: [.v6]
)
