// The request for investigation to the RvdK (issue 25): filled from the file
// and the table's conclusion, in Dutch, naming what the RvdK's three intake
// questions still lack.

import Foundation
import Testing

@testable import TafelCore

struct InvestigationRequestTests {
  static func family() -> Family {
    RvdKDecisionTests.requested()
  }

  @Test func itNamesWhatTheIntakeQuestionsLack() throws {
    let family = Self.family()
    let decision = try #require(InvestigationRequest.decision(in: family))
    let gaps = InvestigationRequest.gaps(
      family: family, decision: decision, today: SignalFixture.today)
    #expect(
      gaps == [
        "Is hulp geprobeerd? Er is niet vastgelegd wat er is geprobeerd (het verzoek tot bespreking ontbreekt of zegt het niet).",
        "Is het netwerk ingezet? Nergens staat wat familie, vrienden of buren hebben gedaan.",
        "Is er vertrouwen in de opvoeding door de ouders? Hun visie is niet vastgelegd.",
        "Is het kind onveilig? Er is geen risicotaxatie van de laatste 90 dagen.",
      ])
    // With what was tried (the network too), the parents' view and a recent assessment: none.
    var filled = family
    filled.request = RequestForDiscussion(
      from: "P1", date: SignalFixture.day(-40), reason: "Zorgen.",
      tried: "Opvoedondersteuning; oma past twee dagen op.", parentsReaction: "Moeder twijfelt.")
    var assessment = RiskAssessment(
      id: "R1", instrument: .lirik, date: SignalFixture.day(-30), organisation: "lt",
      rater: "P1", subject: "M2", outcome: InstrumentOutcome(level: "high"))
    assessment.safetyNow = .concerns
    filled.assessments = [assessment]
    #expect(
      InvestigationRequest.gaps(
        family: filled, decision: decision, today: SignalFixture.today
      ).isEmpty)
  }

  @Test func itIsFilledFromTheFileInDutch() throws {
    var family = Self.family()
    family.request = RequestForDiscussion(
      from: "P1", date: SignalFixture.day(-40), reason: "Blauwe plekken.",
      tried: "Gezinscoach sinds de zomer.", parentsReaction: "Moeder is boos.")
    let decision = try #require(InvestigationRequest.decision(in: family))
    let (title, blocks) = InvestigationRequest.blocks(
      family: family, decision: decision, directory: SignalFixture.directory,
      region: "Foodvalley", today: SignalFixture.today, made: nil)
    let text = DocumentText.markdown(title: title, blocks)
    #expect(
      text.hasPrefix(
        "# Verzoek tot onderzoek aan de Raad voor de Kinderbescherming — Familie Test"))
    #expect(text.contains("Kind Test — kind, geboren 1 maart 2018"))
    #expect(text.contains("Besluit FV-2026-0001-D001: Verzoek tot onderzoek aan de Raad"))
    #expect(text.contains("Aangemeld door Persoon 1 (Lokaal Team Oost)"))
    #expect(text.contains("Wat is geprobeerd: Gezinscoach sinds de zomer."))
    #expect(text.contains("Reactie van de ouders op de aanmelding: Moeder is boos."))
    #expect(text.contains("## Wat de intake van de Raad nog mist"))
    // Not a decision that asks: none to write.
    var drang = family
    drang.decisions[0].outcome = .drang
    #expect(InvestigationRequest.decision(in: drang) == nil)
  }
}
