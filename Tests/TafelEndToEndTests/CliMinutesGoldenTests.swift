// The minutes of one whole demo meeting, as a chair would send them to the
// parents and the Child Protection Board: attendance taken and corrected, two
// decisions and a correction, one case adjourned and carried over, the
// meeting closed. Kept as golden files in Dutch and English; the clock is set
// (TAFEL_NOW) for every step, so the record is the same on any day.
// Re-record: TAFEL_RECORD=1 swift test --filter CliMinutesGoldenTests

import Foundation
import TafelCore
import TafelStore
import TafelTestSupport
import Testing

@Suite("the minutes of a whole meeting")
struct CliMinutesGoldenTests {
  static let day = "2026-11-30"

  /// Runs a command on `store` at `clock` (HH:MM, Dutch time on the meeting day).
  func at(_ clock: String, _ store: CliStore, _ arguments: [String]) throws -> CliResult {
    let result = try CliRunner.tafel(
      arguments + ["--store", store.path], home: store.home,
      environment: ["TZ": "Europe/Amsterdam"], now: "\(Self.day)T\(clock)")
    #expect(result.status == 0, "\(arguments): \(result)")
    return result
  }

  @Test("attendance, decisions, a correction, an adjournment and the close, in nl and en")
  func wholeMeeting() throws {
    // The demo is made on the meeting's day in Ede, whatever zone the suite runs in.
    let store = try CliStore(demo: false)
    _ = try at("08:00", store, ["init", "--demo"])
    let meeting = "JBT-\(Self.day)"
    let next = "JBT-\(Day(Self.day)!.adding(days: 14))"
    let items = try store.meeting(meeting).items.map(\.family)
    let (first, second, third) = (items[0], items[1], items[2])

    // Attendance for the first case, taken at 09:02 and corrected at 09:10
    // (the mother sent apologies after all; the interpreter came).
    let zone = TimeZoneRule.amsterdam
    func attendance(_ minute: Int, _ marks: [AttendanceMark]) throws {
      let moment = zone.moment(day: Day(Self.day)!, hour: 9, minute: minute)
      let opened = try Store.open(store.path, clock: { moment })
      try opened.updateMeeting(meeting, by: "Esther Hendriks", what: "\(first) attendance") {
        found in
        let family = try opened.family(first)
        var people = family.members.filter { $0.role != .child }.prefix(2).map {
          Attendee(role: .parent, name: $0.name, mark: .notRecorded)
        }
        people.append(Attendee(role: .interpreter, name: "Meryem Kaya", mark: .notRecorded))
        for index in people.indices { people[index].mark = marks[index] }
        found.items[0].attendance = people
      }
    }
    let secretary = ["--as", "Esther Hendriks"]
    try attendance(2, [.present, .present, .present])
    _ = try at(
      "09:05", store,
      [
        "meeting", "adjourn", meeting, third, "--reason",
        "De moeder is ziek; de school komt met nieuwe informatie.", "--to", next,
      ] + secretary)
    _ = try at(
      "09:06", store,
      [
        "decide", first, "--meeting", meeting, "--outcome", "investigation",
        "--rationale",
        "De zorgen over de veiligheid van Zoë zijn niet weggenomen.\nDe Raad onderzoekt of een maatregel nodig is.",
        "--parents-view", "Moeder begrijpt de zorgen, maar wil geen onderzoek.",
        "--child-view", "Zoë wil thuis blijven wonen.",
      ] + secretary)
    let firstDecision = try #require(try store.family(first).decisions.last?.id)
    try attendance(10, [.present, .sentApologies, .present])
    _ = try at(
      "09:48", store,
      [
        "decide", first, "--meeting", meeting, "--outcome", "drang",
        "--deadline", Day(Self.day)!.adding(months: 3).description,
        "--rationale", "Bij nader inzien: eerst drang, met een huisbezoek per week.",
        "--agreement", "Wekelijks huisbezoek|Tom Hoekstra (GI)|\(Day(Self.day)!.adding(days: 21))",
        "--child-view", "Zoë wil thuis blijven wonen.", "--supersedes", firstDecision,
      ] + secretary)
    _ = try at(
      "10:40", store,
      [
        "decide", second, "--meeting", meeting, "--outcome", "no-investigation",
        "--rationale", "Het lokale team en de ouders werken goed samen.",
      ] + secretary)
    _ = try at("15:30", store, ["meeting", "close", meeting, "--as", "Linda Kamphuis"])

    for language in ["en", "nl"] {
      let minutes = try at("15:31", store, ["minutes", meeting, "--lang", language])
      Self.check(minutes.stdout, "minutes-whole-meeting-\(language).md")
      // Every statement true: nobody is said to be absent who was not marked so.
      #expect(!minutes.stdout.contains("Absent") && !minutes.stdout.contains("Afwezig"))
    }
    let carried = try at("15:32", store, ["minutes", next, "--lang", "nl"])
    // The reason travels with the case.
    #expect(
      carried.stdout.contains(
        "Overgenomen van \(meeting): De moeder is ziek; de school komt met nieuwe informatie."),
      "\(carried)")
  }

  static func check(_ text: String, _ name: String) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden/\(name)")
    GoldenFile.check(text, at: url, name: name, rerecord: "CliMinutesGoldenTests")
  }

}
