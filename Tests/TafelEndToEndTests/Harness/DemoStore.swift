// A temporary demo store for a test, made the way a user makes one:
// `tafel init --demo --store DIR`.
import Foundation

enum DemoStore {
  /// Creates the demo store at `directory/store` and returns its path.
  static func make(in directory: TemporaryDirectory, home: String) throws -> String {
    let store = directory.file("store")
    let result = try ProcessRun.run(
      [try TafelBinary.path(), "init", "--demo", "--store", store],
      environment: TmuxSession.pinnedEnvironment(home: home))
    guard result.status == 0 else {
      throw HarnessFailure("tafel init --demo failed: \(result)")
    }
    return store
  }
}
