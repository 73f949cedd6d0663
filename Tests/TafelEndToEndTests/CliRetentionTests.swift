// Closing a file, removing it after the retention period with a record that
// it was, and the family's consent to share at the table (issue 14).

import Foundation
import TafelCore
import TafelDemo
import TafelStore
import Testing

@Suite("archive, retention and consent")
struct CliRetentionTests {
  /// A demo family on no agenda that is still open.
  static func closable(_ store: CliStore) throws -> String {
    let open = try store.ids("meetings").map { try store.meeting($0) }.filter { $0.closedAt == nil }
    let busy = Set(open.flatMap { $0.items.map(\.family) })
    return try #require(store.ids("families").first { !busy.contains($0) })
  }

  @Test("archive: read-only and off the lists; refused twice or on an open agenda")
  func archive() throws {
    let store = try CliStore()
    let agenda = try DemoAgenda.read(store: store.path)
    let busy = try store.tafel(["archive", agenda.families[0].id])
    #expect(busy.status == 1)
    #expect(busy.stderrLines.count == 1 && busy.stderr.contains("not closed"), "\(busy)")

    let family = try Self.closable(store)
    let reportBefore = try store.tafel(["report", "--format", "json"])
    try GitReplicas.require(store.tafel(["archive", family, "--as", "beheer"]))
    let again = try store.tafel(["archive", family])
    #expect(again.status == 1 && again.stderr.contains("archived already"), "\(again)")
    #expect(!(try store.tafel(["family", "list"])).stdout.contains(family))
    #expect(try store.tafel(["family", "list", "--archived"]).stdout.contains(family))
    let decide = try store.tafel([
      "decide", family, "--outcome", "no-investigation", "--rationale", "x",
      "--child-not-heard", "x",
    ])
    #expect(decide.status == 1 && decide.stderr.contains("read-only"), "\(decide)")
    let add = try store.tafel(["meeting", "add", agenda.meetingID, family, "--at", "16:00"])
    #expect(add.status == 1 && add.stderr.contains("archived"), "\(add)")
    // Still history in the report.
    #expect(try store.tafel(["report", "--format", "json"]).stdout == reportBefore.stdout)
    #expect(try store.tafel(["check"]).status == 0)
    #expect(
      try CliAccessTests.entries(store, family).map(\.action).contains(.archive))
  }

  @Test("retention runs from the last change: listed with its clock, erased with a record")
  func retention() throws {
    let store = try CliStore()
    let family = try Self.closable(store)
    let open = try store.ids("meetings").map { try store.meeting($0) }.filter { $0.closedAt == nil }
    let busy = Set(open.flatMap { $0.items.map(\.family) })
    let changedSince = try #require(
      store.ids("families").first { $0 != family && !busy.contains($0) })
    // Store dates are UTC days (the last change, the access log's month).
    let archivedOn = SystemClock.now().utcDay
    try GitReplicas.require(store.tafel(["archive", family]))
    try GitReplicas.require(store.tafel(["archive", changedSince]))
    let nothing = try store.tafel(["retention"])
    #expect(nothing.stdout.contains("nothing is due"), "\(nothing)")
    // Archived today, but changed five years on (an offline replica's change,
    // merged): its clock starts again then.
    let now = SystemClock.now().seconds
    let fiveYears = Timestamp(seconds: now + 5 * 366 * 86_400)
    try store.edit(
      StoreLayout.familyFile(changedSince), replacing: "\"changes\" : [",
      with:
        "\"changes\" : [\n    {\"at\" : \"\(fiveYears)\", \"by\" : \"coach\", \"what\" : \"a later note\"},"
    )
    let later = Timestamp(seconds: now + 21 * 366 * 86_400).description
    func tafelLater(_ arguments: [String]) throws -> CliResult {
      try CliRunner.tafel(
        arguments + ["--store", store.path], home: store.home, now: later)
    }
    let listed = try tafelLater(["retention"])
    #expect(listed.stdout.contains("\(family): last changed \(archivedOn)"), "\(listed)")
    #expect(!listed.stdout.contains(changedSince), "\(listed)")
    let removed = try tafelLater(["retention", "--remove", "--as", "privacy officer"])
    // Families on the agenda of a meeting still open are not erased: said, and exit 1.
    #expect(removed.status == 1, "\(removed)")
    #expect(removed.stderr.contains("is on the agenda of"), "\(removed)")
    #expect(removed.stderr.contains("were not erased"), "\(removed)")
    #expect(removed.stdout.contains("\(family): erased (retention)"), "\(removed)")
    #expect(store.data(StoreLayout.familyFile(family)) == nil)
    #expect(store.data(StoreLayout.familyFile(changedSince)) != nil)
    let info = try JSONDecoder().decode(StoreInfo.self, from: store.data("store.json") ?? Data())
    let record = try #require(info.removed.first { $0.id == family })
    #expect(record.by == "privacy officer" && record.ground == .retention)
    #expect(record.lastChange?.utcDay == archivedOn)
    let text = String(decoding: store.data("store.json") ?? Data(), as: UTF8.self)
    #expect(
      !text.contains(
        try #require(DemoData.make(today: TestClock.today).families.first { $0.id == family }).name)
    )
    #expect(try tafelLater(["check"]).status == 0)
    let gone = try tafelLater(["export", family])
    #expect(gone.status == 1 && gone.stderrLines.count == 1, "\(gone)")
    #expect(gone.stderr.contains("was removed on"), "\(gone)")
    // The log still says who removed it.
    let log = try tafelLater(["log", family, "--format", "json"])
    #expect(log.status == 0)
    #expect(
      try JSONDecoder().decode([AccessEntry].self, from: log.stdoutData).contains {
        $0.action == .remove && $0.who == "privacy officer"
      })
  }

  @Test("the access log is kept 5 years after each month, whatever became of the families")
  func accessLogRetention() throws {
    let store = try CliStore()
    try GitReplicas.require(store.tafel(["init", "--git"]))
    let family = DemoFamily.id(52)
    try GitReplicas.require(store.tafel(["history", family]))  // a view: a line in the log
    let month = String(SystemClock.now().utcDay.description.prefix(7))  // the log's months are UTC
    let file = "access/main/\(month).jsonl"
    #expect(store.data(file) != nil)
    func at(_ years: Int, _ arguments: [String]) throws -> CliResult {
      let moment = Timestamp(
        seconds: SystemClock.now().seconds + years * 366 * 86_400 + 40 * 86_400)
      return try CliRunner.tafel(
        arguments + ["--store", store.path], home: store.home, now: moment.description)
    }
    #expect(!(try at(4, ["retention"])).stdout.contains(file))
    let listed = try at(5, ["retention"])
    #expect(listed.stdout.contains("\(file): due"), "\(listed)")
    let removed = try at(5, ["retention", "--remove", "--as", "privacy officer"])
    #expect(removed.status == 0, "\(removed)")
    #expect(store.data(file) == nil)
    // Gone from git's history too; the family it was about is untouched.
    let objects = try GitReplicas.git(
      ["-C", store.path, "log", "--all", "--format=%H", "--", file], store)
    #expect(objects.stdout.isEmpty, "\(objects)")
    #expect(store.data(StoreLayout.familyFile(family)) != nil)
    let info = try JSONDecoder().decode(StoreInfo.self, from: store.data("store.json") ?? Data())
    #expect(info.expiredLogs.map(\.path).contains(file))
    #expect(try at(5, ["check"]).status == 0)
  }

  @Test("consent: shown and marked; given, then withdrawn")
  func consent() throws {
    let store = try CliStore()
    let family = DemoFamily.id(71)  // Familie Visser: consent withdrawn in the story
    func markers() throws -> String {
      let json = try store.tafel(["signals", family, "--format", "json"])
      return String(decoding: json.stdoutData, as: UTF8.self)
    }
    #expect(try markers().contains("\"kind\" : \"consent\""))
    try GitReplicas.require(
      store.tafel([
        "consent", family, "--given-by", "Thomas Visser", "--scope", "delen met de tafel",
      ]))
    // Consent is per person: Marieke Visser, who also has custody, has given none.
    #expect(try markers().contains("Marieke Visser|custody"))
    try GitReplicas.require(
      store.tafel([
        "consent", family, "--member", "Marieke Visser", "--scope", "delen met de tafel",
      ]))
    #expect(!(try markers().contains("\"kind\" : \"consent\"")))
    try GitReplicas.require(store.tafel(["consent", family, "--withdraw", "2"]))
    #expect(try markers().contains("withdrawn"))
    let export = try store.tafel(["export", family, "--format", "markdown", "--lang", "en"])
    #expect(
      export.stdout.contains("Thomas Visser · delen met de tafel · withdrawn"), "\(export.stdout)")
  }
}
