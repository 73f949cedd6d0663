// Bad input to the preparation commands (issue 7): one line on stderr naming
// the argument, exit 1 when the data says no or 2 for wrong usage, and the
// store unchanged byte for byte.

import Foundation
import TafelCore
import Testing

struct PrepBadInput: CustomStringConvertible, Sendable {
  var arguments: [String]
  var status: Int32
  /// What the one line on stderr must contain (the argument it names).
  var names: String

  var description: String { arguments.joined(separator: " ") }
}

/// Placeholders replaced at run time: FAMILY, MEETING.
private let cases: [PrepBadInput] = [
  // Unknown family, professional, organisation, meeting.
  .init(
    arguments: [
      "involve", "FV-2026-0999", "--professional", "P-0001", "--functions", "care", "--from",
      "2026-10-01",
    ], status: 1, names: "FV-2026-0999"),
  .init(
    arguments: ["event", "FV-2026-0999", "--kind", "intake", "--date", "2026-10-01"], status: 1,
    names: "FV-2026-0999"),
  .init(
    arguments: ["meeting", "add", "MEETING", "FV-2026-0999"], status: 1, names: "FV-2026-0999"),
  .init(
    arguments: [
      "involve", "FAMILY", "--professional", "P-0099", "--functions", "care", "--from",
      "2026-10-01",
    ], status: 1, names: "--professional"),
  .init(
    arguments: [
      "involve", "FAMILY", "--professional", "Jan|Onbekend Team|coach", "--functions", "care",
      "--from", "2026-10-01",
    ], status: 1, names: "Onbekend Team"),
  .init(
    arguments: [
      "assess", "FAMILY", "--instrument", "arij", "--level", "high", "--date", "2026-10-01",
      "--organisation", "nergens", "--rater", "A", "--subject", "household",
    ], status: 1, names: "--organisation"),
  .init(
    arguments: [
      "event", "FAMILY", "--kind", "handover", "--date", "2026-10-01", "--from", "nergens",
    ], status: 1, names: "--from"),
  .init(
    arguments: ["meeting", "add", "JBT-2030-01-01", "FAMILY"], status: 1, names: "JBT-2030-01-01"),
  .init(
    arguments: ["meeting", "remove", "JBT-2030-01-01", "FAMILY"], status: 1, names: "JBT-2030-01-01"
  ),
  .init(
    arguments: [
      "assess", "FAMILY", "--instrument", "arij", "--level", "high", "--date", "2026-10-01",
      "--organisation", "vt-gm", "--rater", "A", "--subject", "Pietje",
    ], status: 1, names: "--subject"),
  .init(
    arguments: ["involve", "FAMILY", "--end", "I9", "--to", "2026-10-01"], status: 1, names: "I9"),
  // A date that is not a date.
  .init(arguments: ["meeting", "create", "--date", "2026-02-30"], status: 2, names: "--date"),
  .init(
    arguments: [
      "involve", "FAMILY", "--professional", "P-0001", "--functions", "care", "--from", "1-10-2026",
    ], status: 2, names: "--from"),
  .init(
    arguments: [
      "assess", "FAMILY", "--instrument", "arij", "--level", "high", "--date", "gisteren",
      "--organisation", "vt-gm", "--rater", "A", "--subject", "household",
    ], status: 2, names: "--date"),
  .init(
    arguments: ["event", "FAMILY", "--kind", "intake", "--date", "2026-13-01"], status: 2,
    names: "--date"),
  .init(
    arguments: [
      "request", "FAMILY", "--from", "P-0001", "--reason", "r", "--tried", "t",
      "--parents-reaction", "p", "--date", "morgen",
    ], status: 2, names: "--date"),
  .init(
    arguments: [
      "family", "create", "--name", "Familie X", "--municipality", "Ede", "--child",
      "Kim|2014-02-30",
    ], status: 2, names: "--child"),
  .init(arguments: ["meeting", "list", "--from", "december"], status: 2, names: "--from"),
  .init(
    arguments: [
      "event", "FAMILY", "--kind", "handover", "--date", "2026-10-01", "--informed", "LT->GI@ooit",
    ], status: 2, names: "--informed"),
  // What has not happened yet is not a record (the story's today is 2026-11-29).
  .init(
    arguments: [
      "assess", "FAMILY", "--instrument", "arij", "--level", "high", "--date", "2026-12-01",
      "--organisation", "vt-gm", "--rater", "A", "--subject", "household",
    ], status: 2, names: "2026-12-01 is after today"),
  .init(
    arguments: ["event", "FAMILY", "--kind", "intake", "--date", "2026-11-30"], status: 2,
    names: "2026-11-30 is after today"),
  .init(
    arguments: [
      "request", "FAMILY", "--from", "P-0001", "--reason", "r", "--tried", "t",
      "--parents-reaction", "p", "--date", "2027-01-04",
    ], status: 2, names: "2027-01-04 is after today"),
  // --to before --from.
  .init(
    arguments: [
      "involve", "FAMILY", "--professional", "P-0001", "--functions", "care", "--from",
      "2026-10-01", "--to", "2026-09-30",
    ], status: 2, names: "--to"),
  .init(
    arguments: ["involve", "FAMILY", "--end", "I1", "--to", "2026-08-31"], status: 2, names: "--to"),
  .init(
    arguments: ["meeting", "list", "--from", "2026-12-01", "--to", "2026-11-01"], status: 2,
    names: "--to"),
  // A score outside its instrument's scale; a ZRM domain that does not exist.
  .init(
    arguments: [
      "assess", "FAMILY", "--instrument", "lirik", "--level", "acute", "--date", "2026-10-01",
      "--organisation", "vt-gm", "--rater", "A", "--subject", "household",
    ], status: 2, names: "--level"),
  .init(
    arguments: [
      "assess", "FAMILY", "--instrument", "zrm", "--domain", "finances=6", "--date", "2026-10-01",
      "--organisation", "vt-gm", "--rater", "A", "--subject", "household",
    ], status: 2, names: "--domain"),
  .init(
    arguments: [
      "assess", "FAMILY", "--instrument", "zrm", "--domain", "geluk=3", "--date", "2026-10-01",
      "--organisation", "vt-gm", "--rater", "A", "--subject", "household",
    ], status: 2, names: "--domain"),
  .init(
    arguments: [
      "assess", "FAMILY", "--instrument", "signs-of-safety", "--safety-score", "moeder=11",
      "--date", "2026-10-01", "--organisation", "vt-gm", "--rater", "A", "--subject", "household",
    ], status: 2, names: "--safety-score"),
  .init(
    arguments: [
      "assess", "FAMILY", "--instrument", "zrm", "--level", "high", "--date", "2026-10-01",
      "--organisation", "vt-gm", "--rater", "A", "--subject", "household",
    ], status: 2, names: "--level"),
  .init(
    arguments: [
      "assess", "FAMILY", "--instrument", "kindcheck", "--date", "2026-10-01", "--organisation",
      "vt-gm", "--rater", "A", "--subject", "household",
    ], status: 2, names: "--instrument"),
  // The agenda: a time that is not HH:MM, a length the table cannot sit, a family twice.
  .init(
    arguments: ["meeting", "add", "MEETING", "FAMILY", "--at", "9:30"], status: 2, names: "--at"),
  .init(
    arguments: ["meeting", "add", "MEETING", "FAMILY", "--minutes", "0"], status: 2,
    names: "--minutes"),
  .init(
    arguments: ["meeting", "add", "MEETING", "FAMILY", "--kind", "review"], status: 2,
    names: "--kind"),
  .init(
    arguments: [
      "involve", "FAMILY", "--professional", "P-0001", "--functions", "care,regie", "--from",
      "2026-10-01",
    ], status: 2, names: "--functions"),
  .init(
    arguments: [
      "family", "create", "--name", "Familie X", "--municipality", "Ede", "--caregiver",
      "Jan|misschien",
    ], status: 2, names: "--caregiver"),
  .init(
    arguments: ["organisation", "add", "lt-ede", "--kind", "local-team", "--name", "Nog een team"],
    status: 1, names: "lt-ede"),
  .init(
    arguments: ["organisation", "add", "LT Ede", "--kind", "local-team", "--name", "Nog een team"],
    status: 2, names: "ID"),
]

@Suite("preparing a meeting: bad input changes nothing")
struct PrepBadInputTests {
  @Test(
    "one line naming the argument, exit 1 or 2, store unchanged byte for byte", arguments: cases)
  func refused(_ bad: PrepBadInput) throws {
    let (store, family, meeting) = try PrepFixtures.family()
    let arguments = bad.arguments.map {
      $0.replacingOccurrences(of: "FAMILY", with: family)
        .replacingOccurrences(of: "MEETING", with: meeting)
    }
    let before = PrepSnapshot(store.path)
    let result = try store.tafel(arguments)
    #expect(result.status == bad.status, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains(bad.names), "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    #expect(PrepSnapshot(store.path) == before)
  }

  @Test("a family added twice to a meeting: exit 1, agenda unchanged byte for byte")
  func familyTwice() throws {
    let (store, family, meeting) = try PrepFixtures.family()
    try PrepFixtures.require(store, ["meeting", "add", meeting, family])
    let before = PrepSnapshot(store.path)
    let result = try store.tafel(["meeting", "add", meeting, family, "--at", "14:00"])
    #expect(result.status == 1, "\(result)")
    #expect(
      result.stderrLines == ["tafel: FAMILY: \(family) is already on the agenda of \(meeting)"])
    #expect(PrepSnapshot(store.path) == before)
  }

  @Test("a decision for a meeting that has not sat is refused, with nothing written")
  func decisionBeforeTheMeeting() throws {
    let (store, family, meeting) = try PrepFixtures.family()
    try PrepFixtures.require(store, ["meeting", "add", meeting, family])
    let before = PrepSnapshot(store.path)
    let early = try store.tafel([
      "decide", family, "--outcome", "no-investigation", "--rationale", "gaat goed",
      "--meeting", meeting, "--parents-view", "eens",
    ])
    #expect(early.status == 1)
    #expect(
      early.stderr.contains(
        "not recorded (--meeting): meeting: JBT-2026-12-03 sits on 2026-12-03, after 2026-11-29"))
    #expect(early.stderr.split(separator: "\n").count == 1)
    #expect(PrepSnapshot(store.path) == before)
  }

  @Test("a decided case cannot be taken off the agenda")
  func removeDecided() throws {
    let (store, family, meeting) = try PrepFixtures.family()
    try PrepFixtures.require(store, ["meeting", "add", meeting, family])
    try PrepFixtures.require(
      store,
      [
        "decide", family, "--outcome", "no-investigation", "--rationale", "gaat goed",
        "--meeting", meeting, "--parents-view", "eens",
      ], environment: ["TAFEL_NOW": TestClock.scenarioMeetingNow])
    let before = PrepSnapshot(store.path)
    let result = try store.tafel(["meeting", "remove", meeting, family])
    #expect(result.status == 1, "\(result)")
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains("has a decision in \(meeting)"))
    #expect(PrepSnapshot(store.path) == before)
  }
}
