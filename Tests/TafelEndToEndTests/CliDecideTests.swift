// `tafel decide`: a decision recorded from the command line lands in the
// family's file with its agreements in the plan and the agenda updated; every
// refusal names its field and leaves the file exactly as it was.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("tafel decide")
struct CliDecideTests {
  /// Today's demo meeting and a family on its agenda.
  static func todaysCase(_ store: CliStore) throws -> (meeting: String, family: String) {
    let meeting = "JBT-\(CliRunner.today)"
    let agenda = try store.meeting(meeting)
    return (meeting, try #require(agenda.items.first?.family))
  }

  @Test("a decision is recorded with its agreements as plan actions, and its id printed")
  func records() throws {
    let store = try CliStore()
    let (meeting, familyID) = try Self.todaysCase(store)
    let due = CliRunner.today.adding(days: 21)
    let result = try store.tafel([
      "decide", familyID, "--outcome", "drang", "--rationale",
      "Zorgen blijven; ouders werken mee.\nTweede regel.",
      "--deadline", CliRunner.today.adding(months: 3).description,
      "--agreement", "Opvoedondersteuning starten|Marloes de Graaf|\(due)",
      "--agreement", "Schoolbezoek", "--parents-view", "Moeder wil hulp.",
      "--child-view", "Wil thuis blijven.", "--dissent", "RvdK had liever onderzoek.",
      "--present", "Daniëlle", "--present", "Zoë", "--meeting", meeting, "--as", "Esther Hendriks",
    ])
    #expect(result.status == 0, "\(result)")
    let id = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(id.hasPrefix(familyID + "-D"))
    let family = try store.family(familyID)
    let decision = try #require(family.decision(id))
    #expect(decision.outcome == .drang)
    #expect(decision.rationale == "Zorgen blijven; ouders werken mee.\nTweede regel.")
    #expect(decision.deadline == CliRunner.today.adding(months: 3))
    #expect(decision.agreements.count == 2)
    #expect(decision.agreements[0].due == due)
    // The owner, a professional on file, is stored as her id (one way to read names).
    let directory = try Store.open(store.path).directory()
    #expect(directory.professional(decision.agreements[0].owner)?.name == "Marloes de Graaf")
    #expect(decision.present == ["Daniëlle", "Zoë"])
    #expect(decision.recordedBy == "Esther Hendriks")
    #expect(decision.meeting == meeting)
    #expect(decision.dissent == "RvdK had liever onderzoek.")
    let actions = family.plan.actions.filter { $0.decision == id }
    #expect(actions.map(\.what) == ["Opvoedondersteuning starten", "Schoolbezoek"])
    #expect(family.changes.last?.by == "Esther Hendriks")
    let item = try #require(try store.meeting(meeting).items.first { $0.family == familyID })
    #expect(item.status == .decided)
    #expect(try store.tafel(["check"]).status == 0)
  }

  @Test("adjourning has one way: decide --outcome adjourned points to meeting adjourn")
  func adjourned() throws {
    let store = try CliStore()
    let (meeting, familyID) = try Self.todaysCase(store)
    let before = try store.family(familyID)
    let result = try store.tafel([
      "decide", familyID, "--outcome", "adjourned", "--rationale", "Moeder is ziek.",
      "--child-not-heard", "Kind was er niet.", "--meeting", meeting,
    ])
    #expect(result.status == 2, "\(result)")
    #expect(
      result.stderrLines == [
        "tafel: --outcome: adjourning is not a decision; use tafel meeting adjourn MEETING FAMILY --reason TEXT [--to MEETING]"
      ])
    #expect(try store.family(familyID) == before)
    let adjourned = try store.tafel([
      "meeting", "adjourn", meeting, familyID, "--reason", "Moeder is ziek.",
    ])
    #expect(adjourned.status == 0, "\(adjourned)")
    let item = try #require(try store.meeting(meeting).items.first { $0.family == familyID })
    #expect(item.status == .adjourned)
    #expect(item.adjournedReason == "Moeder is ziek.")
  }

  @Test("a correction supersedes the decision, and the corrected one cannot be corrected twice")
  func correction() throws {
    let store = try CliStore()
    let (_, familyID) = try Self.todaysCase(store)
    let base = ["decide", familyID, "--child-not-heard", "Te jong om te vragen."]
    let first = try store.tafel(base + ["--outcome", "no-investigation", "--rationale", "Eerste."])
    let firstID = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let second = try store.tafel(
      base + ["--outcome", "investigation", "--rationale", "Verbeterd.", "--supersedes", firstID])
    #expect(second.status == 0, "\(second)")
    let secondID = second.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let family = try store.family(familyID)
    #expect(family.decision(secondID)?.supersedes == firstID)
    #expect(family.decision(firstID) != nil)
    let before = store.data(StoreLayout.familyFile(familyID))
    let again = try store.tafel(
      base + [
        "--outcome", "other", "--outcome-text", "x", "--rationale", "Nog eens.", "--supersedes",
        firstID,
      ])
    #expect(again.status == 1, "\(again)")
    #expect(again.stderr.contains("--supersedes"))
    #expect(store.data(StoreLayout.familyFile(familyID)) == before)
  }

  struct Refusal: CustomStringConvertible, Sendable {
    var arguments: [String]
    var status: Int32
    var names: String
    var description: String { arguments.joined(separator: " ") }
  }

  static var refusals: [Refusal] {
    let today = CliRunner.today
    let child = ["--child-not-heard", "Niet aanwezig."]
    return [
      Refusal(
        arguments: ["--outcome", "maybe", "--rationale", "x"], status: 2, names: "--outcome"),
      Refusal(
        arguments: ["--outcome", "drang", "--rationale", "x", "--agreement", "a|b|"] + child,
        status: 1, names: "--deadline"),
      Refusal(
        arguments: [
          "--outcome", "drang", "--rationale", "x", "--deadline",
          today.adding(months: 7).description,
          "--agreement", "a|b|",
        ] + child,
        status: 1, names: "6 months"),
      Refusal(
        arguments: [
          "--outcome", "drang", "--rationale", "x", "--deadline",
          today.adding(months: 2).description,
        ] + child,
        status: 1, names: "--agreement"),
      Refusal(
        arguments: ["--outcome", "drang", "--rationale", "x", "--deadline", "2027-02-30"] + child,
        status: 2, names: "--deadline"),
      Refusal(
        arguments: ["--outcome", "other", "--rationale", "x", "--agreement", "a|b|morgen"] + child,
        status: 2, names: "--agreement 1"),
      Refusal(
        arguments: ["--outcome", "other", "--rationale", "x", "--agreement", "a|b|c|d"] + child,
        status: 2, names: "--agreement 1"),
      Refusal(
        arguments: [
          "--outcome", "other", "--outcome-text", "t", "--rationale", "x",
          "--agreement", "a|b|\(today.adding(days: -3))",
        ] + child,
        status: 1, names: "--agreement 1"),
      Refusal(
        arguments: ["--outcome", "other", "--rationale", "x"] + child, status: 1,
        names: "--outcome-text"),
      Refusal(
        arguments: ["--outcome", "other", "--outcome-text", "t", "--rationale", "  "] + child,
        status: 1, names: "--rationale"),
      Refusal(
        arguments: ["--outcome", "other", "--outcome-text", "t"] + child, status: 2,
        names: "--rationale"),
      Refusal(
        arguments: [
          "--outcome", "investigation", "--rationale", "x", "--supersedes", "FV-0000-0000-D009",
        ] + child, status: 1, names: "--supersedes"),
      Refusal(
        arguments: [
          "--outcome", "investigation", "--rationale", "x", "--meeting", "JBT-1999-01-01",
        ] + child, status: 1, names: "JBT-1999-01-01"),
      Refusal(
        arguments: [
          "--outcome", "investigation", "--rationale", "x", "--meeting",
          "JBT-\(CliRunner.today.adding(days: 14))",
        ] + child, status: 1, names: "--meeting"),
      Refusal(
        arguments: ["--outcome", "investigation", "--rationale", "x", "--meeting", "../etc"]
          + child, status: 2, names: "../etc"),
    ]
  }

  @Test(
    "refusals name their field, exit 1 (data) or 2 (usage), and change nothing", arguments: refusals
  )
  func refused(_ refusal: Refusal) throws {
    let store = try CliStore()
    let familyID = DemoFamily.id(52)
    let before = try cliSnapshot(store.path)
    let result = try store.tafel(["decide", familyID] + refusal.arguments)
    #expect(result.status == refusal.status, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains(refusal.names), "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(
      try cliSnapshot(store.path).filter { !$0.key.hasPrefix(".locks") }
        == before.filter { !$0.key.hasPrefix(".locks") })
  }

  @Test("a child of 12 or older needs a view or a reason")
  func childVoice() throws {
    let store = try CliStore()
    let today = CliRunner.today
    let families = try store.ids("families").map { try store.family($0) }
    let family = try #require(families.first { !$0.childrenToHear(on: today).isEmpty })
    let result = try store.tafel([
      "decide", family.id, "--outcome", "investigation", "--rationale", "x",
    ])
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.contains("--child-view"))
    let heard = try store.tafel([
      "decide", family.id, "--outcome", "investigation", "--rationale", "x", "--child-view",
      "Wil praten.",
    ])
    #expect(heard.status == 0, "\(heard)")
  }

  @Test("an unknown family exits 1 with one line naming it")
  func unknownFamily() throws {
    let store = try CliStore()
    let result = try store.tafel([
      "decide", "FV-2026-9999", "--outcome", "other", "--outcome-text", "x", "--rationale", "x",
    ])
    #expect(result.status == 1, "\(result)")
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains("FV-2026-9999"))
  }

  @Test("a directory that is not a store exits 1 naming it")
  func notAStore() throws {
    let store = try CliStore(demo: false)
    try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: true)
    let result = try store.tafel([
      "decide", "FV-2026-0001", "--outcome", "other", "--outcome-text", "x", "--rationale", "x",
    ])
    #expect(result.status == 1, "\(result)")
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains(store.path))
  }
}
