// A fresh directory per test, removed afterwards: tests never touch the
// user's store or home.
import Foundation

final class TemporaryDirectory {
  let path: String

  init(_ label: String = "tafel-e2e") throws {
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    path = base.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ relative: String) -> String { path + "/" + relative }
}
