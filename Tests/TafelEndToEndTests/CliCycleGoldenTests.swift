// A family's route through two meetings and the RvdK's decision (issue 25),
// as the minutes tell it: at the first table one family is referred to the
// RvdK, which declines; another gets drang, whose agreement the agency
// reports done and which the second meeting (made after the deadline, so it
// takes the evaluation by itself) finds met; a case is adjourned with its
// reason; the first meeting closes with a case not reached, carried to the
// second. Both meetings' minutes are golden files in Dutch and English; the
// clock is set for every step (TAFEL_NOW), so the record is the same on any day.
// Re-record: TAFEL_RECORD=1 swift test --filter CliCycleGoldenTests

import Foundation
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("a route through two meetings")
struct CliCycleGoldenTests {
  static let first = Day("2026-11-30")!
  static let second = first.adding(days: 28)

  /// Runs a command on `store` at `clock` (HH:MM, Dutch time) on `day`.
  func at(_ day: Day, _ clock: String, _ store: CliStore, _ arguments: [String]) throws
    -> CliResult
  {
    let result = try CliRunner.tafel(
      arguments + ["--store", store.path], home: store.home,
      environment: ["TZ": "Europe/Amsterdam"], now: "\(day)T\(clock)")
    #expect(result.status == 0, "\(arguments): \(result)")
    return result
  }

  @Test("the table refers, the RvdK declines, drang is evaluated, cases carried over")
  func cycle() throws {
    let store = try CliStore(demo: false)
    _ = try at(Self.first, "08:00", store, ["init", "--demo"])
    let meeting = "JBT-\(Self.first)"
    let next = "JBT-\(Self.second)"
    let items = try store.meeting(meeting).items.map(\.family)
    let (referred, drang, adjourned, unreached) = (items[0], items[1], items[2], items[3])
    let secretary = ["--as", "Esther Hendriks"]
    let day1 = Self.first

    _ = try at(
      day1, "09:10", store,
      [
        "decide", referred, "--meeting", meeting, "--outcome", "investigation", "--rationale",
        "De zorgen over de veiligheid blijven; de tafel vraagt de Raad om onderzoek.",
        "--parents-view", "Moeder wil geen onderzoek.", "--child-view", "Wil thuis blijven.",
      ] + secretary)
    let deadline = day1.adding(days: 21)
    _ = try at(
      day1, "10:05", store,
      [
        "decide", drang, "--meeting", meeting, "--outcome", "drang", "--deadline",
        deadline.description, "--rationale", "Eerst drang: de ouders nemen hulp aan.",
        "--agreement", "Gezinscoach start thuis|Tom Hoekstra|\(day1.adding(days: 14))",
        "--child-not-heard", "Te jong om te vragen.",
      ] + secretary)
    // The next meeting is made after drang's deadline: it takes the evaluation.
    let created = try at(
      day1, "10:10", store, ["meeting", "create", "--date", Self.second.description])
    #expect(created.stdout.contains("\(drang): drang evaluation (deadline \(deadline), D"))
    _ = try at(
      day1, "10:30", store,
      [
        "meeting", "adjourn", meeting, adjourned, "--reason",
        "Vader kon niet komen; de tafel wil hem horen.", "--to", next,
      ] + secretary)
    _ = try at(
      day1, "15:30", store,
      ["meeting", "close", meeting, "--carry-to", next, "--as", "Linda Kamphuis"])

    // After closing, a correction says why; without a reason nothing is written.
    let referredFile = StoreLayout.familyFile(referred)
    let before = store.data(referredFile)
    let firstDecision = try #require(try store.family(referred).decisions.last?.id)
    let correction = [
      "decide", referred, "--meeting", meeting, "--outcome", "investigation", "--rationale",
      "De zorgen over de veiligheid blijven.\nDe tafel vraagt de Raad om een beschermingsonderzoek.",
      "--parents-view", "Moeder wil geen onderzoek.", "--child-view", "Wil thuis blijven.",
      "--supersedes", firstDecision,
    ]
    let unreasoned = try CliRunner.tafel(
      correction + ["--store", store.path], home: store.home,
      environment: ["TZ": "Europe/Amsterdam"], now: "\(day1)T16:00")
    #expect(unreasoned.status == 2, "\(unreasoned)")
    #expect(unreasoned.stderr.contains("--reason"), "\(unreasoned)")
    #expect(store.data(referredFile) == before)
    // Recorded without naming the meeting, it still corrects a closed record.
    let elsewhere = try CliRunner.tafel(
      correction.filter { $0 != "--meeting" && $0 != meeting } + ["--store", store.path],
      home: store.home, environment: ["TZ": "Europe/Amsterdam"], now: "\(day1)T16:01")
    #expect(elsewhere.status == 2, "\(elsewhere)")
    #expect(store.data(referredFile) == before)
    _ = try at(
      day1, "16:05", store,
      correction + ["--reason", "De onderbouwing noemde het soort onderzoek niet."] + secretary)

    // Between the meetings: the RvdK declines, the agency reports the agreement done.
    _ = try at(
      day1.adding(days: 6), "11:00", store,
      [
        "rvdk", referred, "--reject", "--date", day1.adding(days: 6).description, "--by",
        "Anna de Wit", "--expert", "Bert Smit", "--reason",
        "Het netwerk is nog niet ingezet; het lokale team gaat door.",
      ] + secretary)
    let agreement = try #require(
      try at(day1.adding(days: 20), "09:00", store, ["agreement", drang]).stdout
        .split(separator: "\n").first { $0.contains(".1  Gezinscoach") })
    let agreementID = drang + "-" + agreement.split(separator: " ").first!.description
    _ = try at(
      day1.adding(days: 20), "09:05", store,
      [
        "agreement", agreementID, "--status", "done", "--note", "De coach komt elke dinsdag.",
        "--by", "Tom Hoekstra",
      ])

    // The second meeting: drang evaluated (conditions met), the carried cases decided.
    let day2 = Self.second
    _ = try at(
      day2, "09:20", store,
      [
        "decide", drang, "--meeting", next, "--outcome", "no-investigation", "--rationale",
        "De voorwaarden zijn nagekomen; de hulp blijft vrijwillig.", "--child-not-heard",
        "Te jong om te vragen.",
      ] + secretary)
    _ = try at(day2, "16:00", store, ["meeting", "close", next, "--as", "Linda Kamphuis"])

    for language in ["en", "nl"] {
      let one = try at(day2, "16:01", store, ["minutes", meeting, "--lang", language])
      let two = try at(day2, "16:01", store, ["minutes", next, "--lang", language])
      let letter = try at(
        day2, "16:01", store, ["minutes", next, "--letter", drang, "--lang", language])
      Self.check(
        one.stdout + "\n---\n\n" + two.stdout + "\n---\n\n" + letter.stdout,
        "minutes-cycle-\(language).md")
    }
    // The route reads true in the history: the table asked, the RvdK declined.
    let history = try at(day2, "16:02", store, ["history", referred])
    #expect(history.stdout.contains("RvdK does not investigate"), "\(history)")
    #expect(try store.family(referred).phase == .voluntary)
    #expect(try store.family(drang).drangToEvaluate == nil)
    #expect(
      try store.meeting(next).items.contains { $0.family == unreached && $0.carriedFrom == meeting }
    )
  }

  static func check(_ text: String, _ name: String) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden/\(name)")
    GoldenFile.check(text, at: url, name: name, rerecord: "CliCycleGoldenTests")
  }
}
