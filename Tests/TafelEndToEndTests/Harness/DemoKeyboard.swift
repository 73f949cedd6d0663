// The demo's people as its board's first question offers them: a private
// home for `tafel demo`, the chair and the secretary, and the number that
// picks the secretary (the chairs are offered first).
import Foundation
import TafelCore
import TafelDemo

struct DemoKeyboard {
  let directory: TemporaryDirectory
  let home: String
  /// Where `tafel demo` keeps its store under that home.
  let store: String
  let chair: Person
  let secretary: Person
  /// The number that answers "Who is at the keyboard?" with the secretary.
  let secretaryNumber: Int

  init() throws {
    directory = try TemporaryDirectory()
    home = directory.file("home")
    store = home + "/.local/share/tafel-demo"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    let people = DemoPeople.make(today: TestClock.today)
    chair = try people.people.first { $0.role == .chair }.orThrow("no chair in the demo")
    secretary = try people.people.first { $0.role == .secretary }.orThrow("no secretary")
    let offered = people.people.filter { $0.revoked == nil }
      .sorted { ($0.role == .chair ? 0 : 1) < ($1.role == .chair ? 0 : 1) }
    let secretaryID = secretary.id
    secretaryNumber =
      try offered.firstIndex { $0.id == secretaryID }.orThrow("the secretary is not offered") + 1
  }
}

extension Optional {
  fileprivate func orThrow(_ message: String) throws -> Wrapped {
    guard let self else { throw HarnessFailure(message) }
    return self
  }
}
