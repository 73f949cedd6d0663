// The options every command that touches a store shares: where the store is
// (`--store`, else $TAFEL_STORE, else $XDG_DATA_HOME/tafel, else
// ~/.local/share/tafel) and who makes the change (`--as`, else $USER).

import ArgumentParser
import Foundation

struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("store"),
    help: ArgumentHelp(
      "The store directory (default: $TAFEL_STORE, else $XDG_DATA_HOME/tafel, else ~/.local/share/tafel).",
      valueName: "path"))
  var store: String?

  @Option(
    name: .customLong("as"),
    help: ArgumentHelp("Who makes the change, recorded with it (default: $USER).", valueName: "name"))
  var who: String?

  /// The store directory and where it came from ("--store", "TAFEL_STORE", …).
  static func locate(explicit: String?, environment: [String: String]) -> (
    path: String, source: String
  ) {
    if let explicit, !explicit.isEmpty { return (explicit, "--store") }
    if let path = environment["TAFEL_STORE"], !path.isEmpty { return (path, "$TAFEL_STORE") }
    if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
      return (data + "/tafel", "$XDG_DATA_HOME")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return (home + "/.local/share/tafel", "default")
  }

  /// The store directory these options name in this environment.
  var location: (path: String, source: String) {
    StoreOptions.locate(explicit: store, environment: ProcessInfo.processInfo.environment)
  }

  /// The store directory these options name.
  var path: String { location.path }

  /// Who makes the change: `--as`, else $USER, else "unknown".
  var author: String {
    if let who, !who.trimmingCharacters(in: .whitespaces).isEmpty { return who }
    let user = ProcessInfo.processInfo.environment["USER"] ?? ""
    return user.isEmpty ? "unknown" : user
  }

  func validate() throws {
    if let store, store.isEmpty { throw CommandFailure.usage("--store: empty path") }
    if let who, who.trimmingCharacters(in: .whitespaces).isEmpty {
      throw CommandFailure.usage("--as: empty name")
    }
  }
}
