// Finds the `tafel` executable that `swift build` / `swift test` put next to
// the test bundle, so the end-to-end tests drive the real binary. Set
// TAFEL_BINARY to test another build. A missing binary is a clear failure,
// never a skipped test.
import Foundation

enum TafelBinary {
  struct NotFound: Error, CustomStringConvertible {
    var searched: [String]
    var description: String {
      "the tafel executable was not found (run `swift build` first, or set TAFEL_BINARY);"
        + " looked in: " + searched.joined(separator: ", ")
    }
  }

  /// The absolute path of the built `tafel`.
  static func path() throws -> String {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["TAFEL_BINARY"], !explicit.isEmpty {
      guard FileManager.default.isExecutableFile(atPath: explicit) else {
        throw NotFound(searched: [explicit])
      }
      return explicit
    }
    var searched: [String] = []
    // The test runner lives in the build directory (.build/debug/…xctest);
    // `tafel` sits next to it, or a few directories up on other layouts.
    let starts = [
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")),
      Bundle.main.executablePath,
      Bundle.main.bundlePath,
      CommandLine.arguments.first.map { URL(fileURLWithPath: $0).path },
    ].compactMap { $0 }
    for start in starts {
      var directory = URL(fileURLWithPath: start).deletingLastPathComponent()
      for _ in 0..<4 {
        let candidate = directory.appendingPathComponent("tafel").path
        searched.append(candidate)
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        directory = directory.deletingLastPathComponent()
      }
    }
    throw NotFound(searched: Array(Set(searched)).sorted())
  }
}
