// `tafel demo`: the README's first command. Creates the demo store in the
// user's data directory on first use, says where, reuses it afterwards.
import Foundation
import TafelCore
import TafelDemo
import TafelStore
import Testing

@Suite("tafel demo in tmux", .serialized, .timeLimit(.minutes(5)))
struct BoardDemoEndToEndTests {
  @Test("creates the demo store on first use, reuses it after, --fresh remakes it")
  func demoStore() throws {
    let directory = try TemporaryDirectory()
    let home = directory.file("home")
    let demo = home + "/.local/share/tafel-demo"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)

    for (arguments, word) in [
      (["demo"], "created"), (["demo"], "reused"),
      (["demo", "--fresh"], "created"),
    ] {
      let session = try TmuxSession(
        [try TafelBinary.path()] + arguments, width: 120, height: 40, home: home)
      defer { session.close() }
      // The demo board first asks who is at the keyboard; q still quits.
      try session.waitFor("Who is at the keyboard?")
      #expect(FileManager.default.fileExists(atPath: demo + "/store.json"))
      try session.send("q")
      let exit = try session.waitForExit()
      #expect(exit.status == 0)
      // Printed before the screen opened, so it is in the shell's screen after.
      #expect(try session.screen().contains("demo store \(word) at \(demo)"))
    }
  }

  @Test("the demo board asks who is at the keyboard; minutes and access log name both people")
  func demoRecordsAsItsPeople() throws {
    // The question lists the chairs first, then the others as the list has them.
    let people = try DemoKeyboard()
    let (home, demo, chair, secretary) = (people.home, people.store, people.chair, people.secretary)
    let number = people.secretaryNumber

    // Enter keeps the chair; --as names another and asks nothing.
    for (arguments, keys, shown) in [
      (["demo", "--lang", "en"], ["Enter"], chair.name + ", chair"),
      (["demo", "--lang", "en", "--as", secretary.name], [], secretary.name + ", secretary"),
    ] {
      let session = try TmuxSession(
        [try TafelBinary.path()] + arguments, width: 140, height: 40, home: home)
      defer { session.close() }
      if !keys.isEmpty {
        try session.waitFor("Who is at the keyboard?")
        try session.waitFor("\(number)  \(secretary.name), secretary")
        for key in keys { try session.send(key) }
      }
      try session.waitFor(shown)
      try session.waitFor("Agenda")
      try session.send("q")
      #expect(try session.waitForExit().status == 0)
    }
    let agenda = try DemoAgenda.read(store: demo)
    // The chair records a decision by command ...
    try GitReplicas.require(
      CliRunner.tafel(
        [
          "decide", agenda.families[0].id, "--meeting", agenda.meetingID, "--outcome",
          "investigation", "--rationale", "Zorgen over de veiligheid thuis.",
          "--child-not-heard", "Niet aanwezig op de tafel.", "--store", demo, "--as", chair.name,
        ], home: home))
    // ... the secretary, answering the board's question, closes the meeting on it.
    let session = try TmuxSession(
      [try TafelBinary.path(), "demo", "--lang", "en"], width: 140, height: 40, home: home)
    defer { session.close() }
    try session.waitFor("Who is at the keyboard?")
    try session.send("\(number)")
    try session.waitFor(secretary.name + ", secretary")
    try session.send("X")
    try session.waitFor("Close \(agenda.meetingID)?")
    try session.send("y")
    try session.waitFor("· closed ")
    try session.send("q")
    #expect(try session.waitForExit().status == 0)

    let minutes = try GitReplicas.require(
      CliRunner.tafel(
        ["minutes", agenda.meetingID, "--lang", "en", "--store", demo, "--as", chair.name],
        home: home))
    #expect(minutes.stdout.contains("Recorded by \(chair.name) (chair)"), "\(minutes)")
    #expect(minutes.stdout.contains("by \(secretary.name) (secretary)."), "\(minutes)")
    #expect(!minutes.stdout.contains("demo"), "\(minutes)")
    // The access log: the secretary's looks at the board, the chair's decision, by role.
    let log = try GitReplicas.require(
      CliRunner.tafel(
        ["log", agenda.families[0].id, "--lang", "en", "--store", demo, "--as", chair.name],
        home: home))
    #expect(log.stdout.contains("\(secretary.name) (secretary"), "\(log)")
    #expect(log.stdout.contains("\(chair.name) (chair"), "\(log)")

    let listed = try CliRunner.tafel(["people", "list", "--store", demo], home: home)
    #expect(listed.stdout.contains(chair.id + "  " + chair.name + " — chair"), "\(listed)")
    let stranger = try CliRunner.tafel(["check", "--store", demo, "--as", "Iemand"], home: home)
    #expect(stranger.status == 2, "\(stranger)")
    #expect(stranger.stderr.contains("is not on the store's list of people"), "\(stranger)")
  }

  /// Days whose calendar is awkward: a leap day and both sides of a year turn.
  static let awkwardDays = ["2028-02-29", "2026-12-31", "2027-01-01"]

  @Test(
    "the demo made on 29 February, 31 December and 1 January checks clean and opens on that day",
    arguments: awkwardDays)
  func demoOnAnAwkwardDay(day: String) throws {
    // The clock is set through the seam a person would use: TAFEL_NOW.
    // A wall-clock time in the zone under test: that day, whatever the zone.
    let now = day + "T08:30"
    let store = try CliStore(demo: true, now: now)
    let check = try store.tafel(["check"])
    #expect(check.status == 0, "\(check)")
    #expect(check.stdout.hasPrefix("ok: 15 families"), "\(check)")
    #expect(store.ids("meetings").contains("JBT-\(day)"))
    let future = Day(day)!.adding(days: 14)
    #expect(store.ids("meetings").contains("JBT-\(future)"))
    let session = try TmuxSession(
      [try TafelBinary.path(), "board", "--store", store.path, "--no-mouse"], width: 120,
      height: 40, home: store.home, environment: TestClock.environment(now: now))
    defer { session.close() }
    // The header shows the wall time of the zone under test, minutes running on.
    try session.waitFor("JBT \(day)")
    try session.waitFor("08:3")
    try session.send("q")
    #expect(try session.waitForExit().status == 0)
  }
}
