// swift-tools-version: 6.2
// Tafel: a terminal board for the chair of a Dutch youth protection table.
import PackageDescription

// Warnings are errors in Tafel's own code: an answer the board gives to an
// event (BoardApp.apply) can then never be dropped unnoticed, and no warning
// piles up. Dependencies are not affected.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

// Linux only: the terminal and the store call Glibc (open, sigaction), and
// CI builds and tests on Linux alone; no other platform is claimed.
let package = Package(
  name: "Tafel",
  products: [
    .executable(name: "tafel", targets: ["tafel"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
    // SHA-256 for the access log's hash chain (a reviewed implementation, not ours).
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .target(name: "TafelCore", swiftSettings: strict),
    .target(name: "TafelDemo", dependencies: ["TafelCore"], swiftSettings: strict),
    .target(
      name: "TafelStore",
      dependencies: [
        "TafelCore", "CProcess", .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strict),
    .target(name: "TafelScreen", dependencies: ["TafelCore"], swiftSettings: strict),
    .target(name: "TafelUI", dependencies: ["TafelCore", "TafelScreen"], swiftSettings: strict),
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    // pipe2, which Glibc's module declares only under _GNU_SOURCE (ProcessRunner).
    .systemLibrary(name: "CProcess"),
    .target(
      name: "TafelBench",
      dependencies: ["TafelCore", "TafelDemo", "TafelStore", "TafelScreen", "TafelUI"],
      swiftSettings: strict),
    .target(
      name: "TafelTerminal", dependencies: ["CNcursesw", "TafelScreen"], swiftSettings: strict),
    .executableTarget(
      name: "tafel",
      dependencies: [
        "TafelCore", "TafelDemo", "TafelStore", "TafelScreen", "TafelUI", "TafelTerminal",
        "TafelBench",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict
    ),
    // Shared by the test targets only: golden files and their recording rule.
    .target(
      name: "TafelTestSupport", dependencies: ["TafelScreen"], path: "Tests/TafelTestSupport",
      swiftSettings: strict),
    .testTarget(name: "TafelCoreTests", dependencies: ["TafelCore", "TafelDemo"]),
    .testTarget(name: "TafelStoreTests", dependencies: ["TafelStore", "TafelCore", "TafelDemo"]),
    .testTarget(
      name: "TafelUITests",
      dependencies: ["TafelUI", "TafelScreen", "TafelCore", "TafelDemo", "TafelTestSupport"],
      resources: [.copy("Golden")]),
    .testTarget(
      name: "TafelEndToEndTests",
      dependencies: [
        "TafelCore", "TafelDemo", "TafelStore", "TafelScreen", "TafelUI", "TafelTestSupport",
      ],
      resources: [.copy("Golden")]),
  ],
  swiftLanguageModes: [.v6]
)
