// Done when a secretary can prepare a whole meeting from an empty store
// with commands only: organisations, families, professionals, assessments,
// chain steps, the request for discussion and the agenda. The store then
// passes `tafel check`, `tafel history` shows the route, and the board opens it.

import Foundation
import TafelCore
import Testing

@Suite("preparing a whole meeting from an empty store")
struct PrepWholeMeetingTests {
  @Test(
    "init → organisations → 3 families → involve, assess, event, request → meeting; check and history"
  )
  func wholeMeeting() throws {
    let store = try PrepFixtures.organisations()
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
      try PrepFixtures.require(store, arguments, environment: environment).stdout
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let families = try [
      (
        "Familie de Vries", "Ede",
        ["--child", "Noor|2014-03-09", "--caregiver", "Sanne de Vries|ja"]
      ),
      (
        "Familie Öztürk", "Veenendaal",
        ["--child", "Elif|2019-05-04", "--caregiver", "Ayşe Öztürk|ja"]
      ),
      ("Familie Bos", "Wageningen", ["--child", "Tim|2016-01-20", "--caregiver", "Kees Bos|nee"]),
    ].map { name, place, members in
      try run(["family", "create", "--name", name, "--municipality", place] + members)
    }
    #expect(families.count == 3)
    #expect(Set(families).count == 3)
    for family in families {
      _ = try run([
        "involve", family, "--professional", "Els Jansen|lt-ede|regisseur", "--functions",
        "intake,direction", "--from", "2026-09-01",
      ])
      _ = try run([
        "assess", family, "--instrument", "lirik", "--level", "medium", "--date", "2026-10-01",
        "--organisation", "lt-ede", "--rater", "P-0001", "--subject", "household",
      ])
      _ = try run([
        "event", family, "--kind", "intake", "--date", "2026-09-01", "--to", "lt-ede",
      ])
      _ = try run([
        "request", family, "--from", "P-0001", "--reason", "zorgen over veiligheid", "--tried",
        "gezinscoach", "--parents-reaction", "ouders willen meedenken", "--date", "2026-11-10",
      ])
    }
    _ = try run([
      "involve", families[0], "--professional",
      "Ahmed Bakker|Veilig Thuis Gelderland-Midden|aandachtsfunctionaris", "--functions", "advice",
      "--from", "2026-08-15", "--to", "2026-09-15",
    ])
    _ = try run([
      "assess", families[0], "--instrument", "zrm", "--domain", "finances=2", "--domain",
      "parenting=3", "--date", "2026-10-05", "--organisation", "vt-gm", "--rater", "Ahmed Bakker",
      "--subject", "Noor",
    ])
    let meeting = try run([
      "meeting", "create", "--date", "2026-12-03", "--location", "Gemeentehuis Ede", "--chair",
      "R. Kramer", "--secretary", "tester",
    ])
    #expect(meeting == "JBT-2026-12-03")
    _ = try run(["meeting", "add", meeting, families[0], "--at", "09:00", "--minutes", "60"])
    _ = try run(["meeting", "add", meeting, families[1]])
    _ = try run(["meeting", "add", meeting, families[2], "--kind", "ots-review", "--minutes", "45"])

    let check = try store.tafel(["check"])
    #expect(check.status == 0, "\(check)")
    #expect(check.stdout.contains("3 families, 1 meeting"), "\(check)")
    let agenda = try store.meeting(meeting)
    #expect(agenda.items.map(\.start) == ["09:00", "10:00", "11:00"])
    #expect(agenda.items.map(\.family) == families)
    for family in families {
      let written = try store.family(family)
      #expect(written.phase == .table)
      #expect(written.plan.director == "P-0001")
      #expect(written.request != nil)
      #expect(written.changes.allSatisfy { $0.by == "tester" })
    }
    let history = try store.tafel(["history", families[0], "--lang", "en"])
    #expect(history.status == 0, "\(history)")
    #expect(history.stdout.contains("Familie de Vries"), "\(history)")
    #expect(history.stdout.contains("2026-09-01"), "\(history)")
    #expect(history.stdout.contains("2026-11-10"), "\(history)")
    // No JSON file was ever opened by hand: every file records who wrote it.
    #expect(store.ids("families").count == 3)

    // And the chair opens the prepared meeting in the board.
    let board = try TmuxSession(
      [try TafelBinary.path(), "board", "--store", store.path, "--meeting", meeting, "--no-mouse"],
      home: store.home, environment: TestClock.environment(now: store.now))
    defer { board.close() }
    try board.waitFor("JBT 2026-12-03")
    try board.waitFor("09:00 · Familie de Vries")
    try board.waitFor("10:00 · Familie Öztürk")
    try board.waitFor("11:00 · Familie Bos")
    try board.waitFor("Director: Els Jansen")
    try board.send("q")
    let exit = try board.waitForExit()
    #expect(exit.status == 0, "\(exit.terminal)")

    // The rest of a meeting's life, so that every kind of change is written once.
    let later = try run(["meeting", "create", "--date", "2026-12-17", "--chair", "R. Kramer"])
    _ = try run(
      [
        "decide", families[0], "--meeting", meeting, "--outcome", "no-investigation",
        "--rationale", "De hulp gaat door.", "--child-view", "Noor wil thuis blijven.",
      ], environment: ["TAFEL_NOW": TestClock.scenarioMeetingNow])
    _ = try run(["meeting", "adjourn", meeting, families[1], "--reason", "tolk", "--to", later])
    _ = try run(["meeting", "remove", later, families[1]])
    _ = try run(["consent", families[2], "--given-by", "Kees Bos", "--scope", "delen aan tafel"])
    _ = try run(["consent", families[2], "--withdraw", "1"])
    _ = try run(["meeting", "close", meeting])
    _ = try run(["involve", families[2], "--end", "I1", "--to", "2026-12-01"])
    _ = try run(["archive", families[2]])
    try everyChangeReadsInDutch(store.path)
  }

  /// A family reads its file's changes in Dutch (`export`, `history
  /// --changes`, `log`): every change record Tafel wrote while preparing and
  /// holding the meeting is one ChangeWords says in Dutch.
  func everyChangeReadsInDutch(_ path: String) throws {
    var said: [String] = []
    let files = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
    for file in files where file.hasSuffix(".json") && file != "index.json" {
      let data = try Data(contentsOf: URL(fileURLWithPath: path + "/" + file))
      guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        continue
      }
      let changes =
        (object["changes"] as? [[String: Any]] ?? [])
        + [object["archived"]].compactMap {
          $0 as? [String: Any]
        }
      for change in changes {
        let what = try #require(change["what"] as? String, "\(file)")
        said.append(what)
        #expect(ChangeWords.text(what, .nl) != what, "\(file): \"\(what)\" stays English")
      }
    }
    #expect(said.count >= 20, "\(said)")
  }
}
