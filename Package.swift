// swift-tools-version: 6.0
// Tafel: a terminal board for the chair of a Dutch youth protection table.
import PackageDescription

let package = Package(
  name: "Tafel",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "tafel", targets: ["tafel"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .target(name: "TafelCore"),
    .target(name: "TafelDemo", dependencies: ["TafelCore"]),
    .target(name: "TafelStore", dependencies: ["TafelCore"]),
    .target(name: "TafelScreen", dependencies: ["TafelCore"]),
    .target(name: "TafelUI", dependencies: ["TafelCore", "TafelScreen"]),
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(
      name: "TafelBench",
      dependencies: ["TafelCore", "TafelDemo", "TafelStore", "TafelScreen", "TafelUI"]),
    .target(name: "TafelTerminal", dependencies: ["CNcursesw", "TafelScreen"]),
    .executableTarget(
      name: "tafel",
      dependencies: [
        "TafelCore", "TafelDemo", "TafelStore", "TafelScreen", "TafelUI", "TafelTerminal",
        "TafelBench",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "TafelCoreTests", dependencies: ["TafelCore", "TafelDemo"]),
    .testTarget(name: "TafelStoreTests", dependencies: ["TafelStore", "TafelCore", "TafelDemo"]),
    .testTarget(
      name: "TafelUITests", dependencies: ["TafelUI", "TafelScreen", "TafelCore", "TafelDemo"],
      resources: [.copy("Golden")]),
    .testTarget(
      name: "TafelEndToEndTests",
      dependencies: ["TafelCore", "TafelDemo", "TafelStore", "TafelScreen", "TafelUI"],
      resources: [.copy("Golden")]),
  ],
  swiftLanguageModes: [.v6]
)
