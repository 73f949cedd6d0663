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
    .target(name: "TafelStore", dependencies: ["TafelCore"]),
    .target(name: "TafelUI", dependencies: ["TafelCore"]),
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(name: "TafelTerminal", dependencies: ["CNcursesw", "TafelUI"]),
    .executableTarget(
      name: "tafel",
      dependencies: [
        "TafelCore", "TafelStore", "TafelUI", "TafelTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "TafelCoreTests", dependencies: ["TafelCore"]),
    .testTarget(name: "TafelStoreTests", dependencies: ["TafelStore", "TafelCore"]),
    .testTarget(
      name: "TafelUITests", dependencies: ["TafelUI", "TafelCore"],
      resources: [.copy("Golden")]),
    .testTarget(
      name: "TafelEndToEndTests", dependencies: ["TafelCore", "TafelStore", "TafelUI"]),
  ],
  swiftLanguageModes: [.v6]
)
