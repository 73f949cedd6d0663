// A small store made the way a secretary makes one (`tafel init`, three
// organisations, one family with a professional involved), and a byte-for-byte
// snapshot of a store directory, so a refused command can be shown to have
// changed nothing at all.

import Foundation
import TafelCore

/// Every file under a store directory (hidden ones and locks included) with its bytes.
/// Every file of a store but the access log (looking at a file is logged:
/// the log grows when nothing else may change).
struct PrepSnapshot: Equatable, CustomStringConvertible {
  var files: [String: Data]

  init(_ root: String) {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
      if relative == "access" || relative.hasPrefix("access/")
        || relative.hasPrefix(".locks/access-")
      {
        continue
      }
      var isDirectory: ObjCBool = false
      let path = root + "/" + relative
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        files[relative + (isDirectory.boolValue ? "/" : "")] =
          isDirectory.boolValue ? Data() : FileManager.default.contents(atPath: path) ?? Data()
      }
    }
    self.files = files
  }

  var description: String {
    files.keys.sorted().map { "\($0) (\(files[$0]!.count) bytes)" }.joined(separator: "\n")
  }
}

enum PrepFixtures {
  /// An empty store with the organisations lt-ede, vt-gm and gi-jbg.
  static func organisations() throws -> CliStore {
    let store = try CliStore(demo: false, now: TestClock.scenarioNow)
    try require(store, ["init", "--region", "Foodvalley", "--prefix", "FV"])
    try require(
      store,
      [
        "organisation", "add", "lt-ede", "--kind", "local-team", "--name", "Lokaal team Ede",
        "--municipality", "Ede",
      ])
    try require(
      store,
      [
        "organisation", "add", "vt-gm", "--kind", "veilig-thuis", "--name",
        "Veilig Thuis Gelderland-Midden",
      ])
    try require(
      store,
      ["organisation", "add", "gi-jbg", "--kind", "gi", "--name", "Jeugdbescherming Gelderland"])
    return store
  }

  /// `organisations()` plus family FV-<year>-0001 (two parents, a child of 7),
  /// Els Jansen (P-0001, lt-ede) involved with intake and direction, and meeting JBT-2026-12-03.
  static func family() throws -> (store: CliStore, family: String, meeting: String) {
    let store = try organisations()
    let family = try require(
      store,
      [
        "family", "create", "--name", "Familie de Vries", "--municipality", "Ede",
        "--caregiver", "Sanne de Vries|ja", "--caregiver", "Mark de Vries|nee",
        "--child", "Daan|2019-07-01",
      ]
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    try require(
      store,
      [
        "involve", family, "--professional", "Els Jansen|lt-ede|regisseur", "--functions",
        "intake,direction", "--from", "2026-09-01",
      ])
    let meeting = try require(store, ["meeting", "create", "--date", "2026-12-03"])
      .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    return (store, family, meeting)
  }

  /// Runs a command that must succeed; its result.
  @discardableResult
  static func require(
    _ store: CliStore, _ arguments: [String], environment: [String: String] = [:]
  ) throws -> CliResult {
    let result = try store.tafel(arguments, environment: environment)
    guard result.status == 0 else {
      throw CliRunnerError.launch("tafel \(arguments.joined(separator: " ")) failed: \(result)")
    }
    return result
  }

  /// Runs `tafel arguments… --store PATH` with text on standard input.
  static func tafel(
    _ store: CliStore, _ arguments: [String], environment: [String: String] = [:],
    input: String? = nil
  ) throws -> CliResult {
    try CliRunner.run(
      [try CliRunner.binary()] + arguments + ["--store", store.path], home: store.home,
      environment: environment, input: input.map { Data($0.utf8) })
  }
}
