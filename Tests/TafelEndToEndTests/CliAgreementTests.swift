// The review of the table's agreements from the command line (issue 25),
// with the real binary on a demo store: the list with ids, a status reported
// by the owning agency and one set by the table, "not possible" needing what
// changed, the plan action following, the minutes of the next sitting
// listing the review, and `tafel edit` unable to rewrite a review.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("the review of agreements")
struct CliAgreementTests {
  @Test("reported before the meeting, set at it, in the minutes, and kept")
  func review() throws {
    let store = try CliStore()
    let familyID = try CliRegionTests.family(named: "Familie Bakker", in: store)
    let meeting = "JBT-\(CliRunner.today)"
    let listed = try store.tafel(["agreement", familyID])
    #expect(listed.status == 0, "\(listed)")
    #expect(listed.stdout.contains("D001.1  Moeder start behandeling bij Valleizorg GGZ"))
    #expect(listed.stdout.contains("D001.2  Wekelijks huisbezoek door de jeugdbeschermer (drang)"))
    #expect(listed.stdout.contains("open: no status reported"))
    let open = try store.tafel(["agreement", familyID, "--open"])
    #expect(!open.stdout.contains("D001.1"), "\(open)")

    let file = StoreLayout.familyFile(familyID)
    let before = store.data(file)
    let agreement = "\(familyID)-D001.2"
    for (arguments, names) in [
      (["--status", "not-possible"], "say what changed"),
      (["--status", "later", "--note", "x"], "--status"),
      (["--status", "done", "--meeting", "JBT-1999-01-01"], "JBT-1999-01-01"),
    ] {
      let refused = try store.tafel(["agreement", agreement] + arguments)
      #expect(refused.status != 0, "\(refused)")
      #expect(refused.stderrLines.count == 1, "\(refused)")
      #expect(refused.stderr.contains(names), "\(refused)")
      #expect(store.data(file) == before)
    }
    // The table sets a status at its meeting, never before it sits.
    let future = "JBT-\(CliRunner.today.adding(days: 7))"
    _ = try store.tafel([
      "meeting", "create", "--date", CliRunner.today.adding(days: 7).description,
    ])
    _ = try store.tafel(["meeting", "add", future, familyID])
    let early = try store.tafel(["agreement", agreement, "--status", "done", "--meeting", future])
    #expect(early.status == 1, "\(early)")
    #expect(early.stderr.contains("after today"), "\(early)")
    #expect(store.data(file) == before)
    let wrong = try store.tafel(["agreement", "\(familyID)-D001.7", "--status", "done"])
    #expect(wrong.status == 1, "\(wrong)")
    #expect(wrong.stderr.contains("is not an agreement of \(familyID)"), "\(wrong)")

    // The agency reports before the meeting; the table then sets what it found.
    let reported = try store.tafel([
      "agreement", agreement, "--status", "not-possible", "--note",
      "De jeugdbeschermer is langdurig ziek.", "--by", "Bram de Ruiter",
    ])
    #expect(reported.status == 0, "\(reported)")
    let set = try store.tafel([
      "agreement", agreement, "--status", "not-done", "--note",
      "Geen vervanger gezocht; het Leger des Heils regelt dat deze week.", "--meeting", meeting,
      "--as", "Secretaris",
    ])
    #expect(set.status == 0, "\(set)")
    let family = try store.family(familyID)
    let reviews = try #require(family.agreementReviews)
    #expect(reviews.count == 3, "the demo's own review and these two")
    #expect(reviews[1].status == .notPossible)
    #expect(reviews[1].by == "Bram de Ruiter")
    #expect(reviews[1].meeting == nil)
    #expect(reviews[2].status == .notDone)
    #expect(reviews[2].meeting == meeting)
    #expect(reviews[2].date == CliRunner.today)
    #expect(reviews[2].by == "Secretaris")
    let action = try #require(family.plan.actions.first { $0.what.hasPrefix("Wekelijks") })
    #expect(action.status == .open, "not done: still to do")
    #expect(family.changes.last?.what.hasPrefix("D001.2: not-done (the table, \(meeting))") == true)

    let minutes = try store.tafel(["minutes", meeting])
    #expect(minutes.stdout.contains("**Agreements from earlier meetings:**"), "\(minutes)")
    #expect(
      minutes.stdout.contains(
        "— not done by its owner: Geen vervanger gezocht; het Leger des Heils regelt dat deze week. Set by the table at \(meeting)."
      ))
    #expect(minutes.stdout.contains("D001.1 Moeder start behandeling bij Valleizorg GGZ"))
    #expect(
      minutes.stdout.contains(
        "— done: Moeder is in behandeling; de eerste gesprekken zijn gevoerd."))

    // A review stays as it was reported: tafel edit refuses a rewrite, nothing written.
    let recorded = store.data(file)
    let edit = try store.editReplacing("langdurig ziek", with: "op vakantie", family: familyID)
    #expect(edit.status == 1, "\(edit)")
    #expect(edit.stderr.contains("the review V2 of \(agreement) was changed"), "\(edit)")
    #expect(store.data(file) == recorded)
  }
}
