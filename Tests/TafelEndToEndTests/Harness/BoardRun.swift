// One board in one private tmux server on a fresh demo store: the set-up every
// board test starts from, with the temporary home and store removed afterwards.
import Foundation

final class BoardRun {
  let directory: TemporaryDirectory
  let home: String
  let store: String
  let session: TmuxSession

  /// Makes a demo store and starts `tafel <arguments> --store STORE` in it.
  /// `environment` overrides the pinned pane environment ("" removes a name);
  /// `launcher` comes before the binary (e.g. `setsid`).
  init(
    _ arguments: [String] = ["board"], width: Int = 120, height: Int = 40,
    environment: [String: String] = [:], withStore: Bool = true, launcher: [String] = []
  ) throws {
    directory = try TemporaryDirectory()
    home = directory.file("home")
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    store = withStore ? try DemoStore.make(in: directory, home: home) : directory.file("store")
    let storeArguments = withStore ? ["--store", store] : []
    session = try TmuxSession(
      launcher + [try TafelBinary.path()] + arguments + storeArguments, width: width,
      height: height,
      home: home, environment: environment)
  }

  deinit { session.close() }

  /// Runs another `tafel` command on the same store, as from a second terminal.
  func tafel(_ arguments: [String]) throws -> ProcessResult {
    try ProcessRun.run(
      [try TafelBinary.path()] + arguments + ["--store", store],
      environment: TmuxSession.pinnedEnvironment(home: home))
  }
}
