// The OTS review as regions hold it (issue 25): the RvdK's review of the
// GI's decision not to extend an OTS is scheduled only with its three
// documents, which the agenda records and the minutes name; the outcome
// reads in the words of that review. The real binary, the JSON on disk.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("the OTS review as regions hold it")
struct CliOTSReviewTests {
  @Test("an OTS end review needs its three documents, and its minutes say so")
  func otsEnd() throws {
    let store = try CliStore()
    let familyID = try CliRegionTests.family(named: "Familie Mahabier", in: store)
    let later = CliRunner.today.adding(days: 7)
    let meeting = try store.tafel(["meeting", "create", "--date", later.description])
    #expect(meeting.status == 0, "\(meeting)")
    let id = "JBT-\(later)"
    let before = store.data("meetings/\(id).json")
    let refused = try store.tafel([
      "meeting", "add", id, familyID, "--kind", "ots-end", "--document", "request-to-end",
    ])
    #expect(refused.status == 1, "\(refused)")
    #expect(
      refused.stderrLines == [
        "tafel: --document: an ots-end case is scheduled only with its documents; missing: evaluation, decision-letter"
      ], "\(refused)")
    #expect(store.data("meetings/\(id).json") == before)
    let wrong = try store.tafel([
      "meeting", "add", id, familyID, "--kind", "first", "--document", "evaluation",
    ])
    #expect(wrong.status == 2, "\(wrong)")
    let added = try store.tafel([
      "meeting", "add", id, familyID, "--kind", "ots-end", "--document", "request-to-end",
      "--document", "evaluation", "--document", "decision-letter",
    ])
    #expect(added.status == 0, "\(added)")
    let item = try #require(try store.meeting(id).items.first { $0.family == familyID })
    #expect(item.kind == .otsEnd)
    #expect(item.documents == [.requestToEnd, .evaluation, .decisionLetter])
    let minutes = try store.tafel(["minutes", id, "--lang", "nl"])
    #expect(
      minutes.stdout.contains(
        "einde OTS: toets door de Raad van het besluit niet te verlengen"), "\(minutes)")
    #expect(
      minutes.stdout.contains(
        "Stukken aanwezig: het verzoek tot beëindiging van de OTS, de evaluatie of het eindverslag en de brief met het besluit niet te verlengen."
      ), "\(minutes)")
  }
}
