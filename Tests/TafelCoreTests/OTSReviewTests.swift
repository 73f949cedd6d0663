// The OTS review kinds (issue 25): an OTS end review is scheduled only with
// its three documents, and its outcome reads as whether the decision not to
// extend stands; an extension discussed reads as advice to the judge.

import Testing

@testable import TafelCore

struct OTSReviewTests {
  @Test func anOTSEndReviewIsScheduledOnlyWithItsDocuments() throws {
    var meeting = Meeting(id: "JBT-2026-12-14", date: Day("2026-12-14")!)
    #expect(throws: ArgumentRefusal.self) {
      try meeting.addItem(
        family: "FV-2026-0001", start: nil, minutes: nil, kind: .otsEnd,
        documents: [.evaluation])
    }
    let item = try meeting.addItem(
      family: "FV-2026-0001", start: nil, minutes: nil, kind: .otsEnd,
      documents: OTSDocument.allCases)
    #expect(item.missingDocuments == [])
    // A case of before, whose documents were not recorded, says so.
    let old = AgendaItem(family: "FV-2026-0002", start: "10:00", kind: .otsEnd)
    #expect(old.missingDocuments == nil)
    #expect(Minutes.documentsLine(old, .en) == "Documents: not recorded.")
    #expect(AgendaItem(family: "x", start: "09:00").missingDocuments == [])
  }

  @Test func theOutcomeReadsInTheWordsOfTheReview() {
    #expect(
      MinutesWords.outcome(.endOTS, .en, at: .otsEnd)
        == "The decision not to extend stands: the OTS ends")
    #expect(
      MinutesWords.outcome(.extendOTS, .nl, at: .otsEnd)
        == "Het besluit niet te verlengen blijft niet staan: verlenging geadviseerd")
    #expect(
      MinutesWords.outcome(.extendOTS, .en, at: .otsExtension)
        == "Extension advised: the GI asks the juvenile judge")
    #expect(MinutesWords.outcome(.endOTS, .en, at: .otsReview) == "Agree to end the OTS")
  }
}
