// What a secretary types for an assessment becomes the instrument's own
// outcome, and a score outside the instrument's scale is refused by name.

import Testing

@testable import TafelCore

@Suite struct AssessmentInputTests {
  @Test func aLevelOnItsInstrumentsScaleIsKeptAndMapped() throws {
    let outcome = try AssessmentInput(instrument: .arij, level: "high").outcome(rater: "A")
    #expect(outcome.level == "high")
    let assessment = RiskAssessment(
      id: "R1", instrument: .arij, date: Day("2026-11-01")!, organisation: "vt",
      rater: "A", subject: "household", outcome: outcome)
    #expect(assessment.safetyNow == .concerns)
    #expect(assessment.futureRisk == .high)
  }

  @Test func aLevelOfAnotherInstrumentIsRefused() {
    #expect(
      throws: ArgumentRefusal(
        "--level", "\"acute\" is not a level of lirik; use one of low, medium, high, very-high")
    ) {
      try AssessmentInput(instrument: .lirik, level: "acute").outcome(rater: "A")
    }
  }

  @Test func aMissingLevelIsRefusedButOtherMayBeTextOnly() throws {
    #expect(throws: ArgumentRefusal.self) {
      try AssessmentInput(instrument: .delta).outcome(rater: "A")
    }
    let outcome = try AssessmentInput(instrument: .other, text: "Kindcheck: zorgen").outcome(
      rater: "A")
    #expect(outcome.text == "Kindcheck: zorgen")
    #expect(outcome.level == nil)
  }

  @Test func zrmDomainsAreScoredOneToFive() throws {
    let outcome = try AssessmentInput(
      instrument: .zrm, domains: ["finances=2", " housing = 4 ", "parenting=3"]
    ).outcome(rater: "A")
    #expect(outcome.domains == ["finances": 2, "housing": 4, "parenting": 3])
  }

  @Test("a Dutch secretary types the matrix's Dutch words, with or without diacritics")
  func dutchZrmDomainNames() throws {
    let outcome = try AssessmentInput(
      instrument: .zrm,
      domains: [
        "Financiën=2", "huisvesting=4", "Werk & opleiding=3", "huiselijke_relaties=2",
        "verslaving=5",
      ]
    ).outcome(rater: "A")
    #expect(
      outcome.domains == [
        "finances": 2, "housing": 4, "work-education": 3, "domestic-relations": 2,
        "addiction": 5,
      ])
    #expect(SharedScale.zrmDomain(named: "financien") == "finances")
    #expect(SharedScale.zrmDomain(named: "FINANCES") == "finances")
    #expect(SharedScale.zrmDomain(named: "geluk") == nil)
    #expect(SharedScale.zrmDomainName("finances", .nl) == "financiën")
    // The same domain twice, once in each language, is one domain given twice.
    #expect(throws: ArgumentRefusal.self) {
      try AssessmentInput(instrument: .zrm, domains: ["finances=2", "financiën=3"])
        .outcome(rater: "A")
    }
  }

  @Test("the summary of a ZRM outcome says average in the reader's language")
  func zrmSummaryInBothLanguages() throws {
    let outcome = try AssessmentInput(instrument: .zrm, domains: ["finances=2", "housing=4"])
      .outcome(rater: "A")
    let assessment = RiskAssessment(
      id: "R1", instrument: .zrm, date: Day("2026-11-01")!, organisation: "lt", rater: "A",
      subject: "household", outcome: outcome)
    #expect(assessment.outcomeSummary(.en) == "min 2 · avg 3.0")
    #expect(assessment.outcomeSummary(.nl) == "min 2 · gem 3,0")
  }

  @Test func anUnknownZrmDomainIsRefused() {
    #expect {
      try AssessmentInput(instrument: .zrm, domains: ["happiness=3"]).outcome(rater: "A")
    } throws: { error in
      let refusal = error as? ArgumentRefusal
      return refusal?.argument == "--domain"
        && refusal?.message.hasPrefix("\"happiness\" is not a ZRM domain") == true
    }
  }

  @Test(arguments: ["finances=0", "finances=6", "finances=x", "finances", "=3"])
  func aZrmScoreOutsideItsScaleIsRefused(entry: String) {
    #expect {
      try AssessmentInput(instrument: .zrm, domains: [entry]).outcome(rater: "A")
    } throws: { error in (error as? ArgumentRefusal)?.argument == "--domain" }
  }

  @Test func aZrmDomainTwiceIsRefused() {
    #expect(throws: ArgumentRefusal("--domain", "\"housing\" is given twice")) {
      try AssessmentInput(instrument: .zrm, domains: ["housing=2", "housing=3"]).outcome(
        rater: "A")
    }
  }

  @Test func safetyScoresTakeTheRaterOrTheAssessmentsRater() throws {
    let outcome = try AssessmentInput(
      instrument: .signsOfSafety, safetyScores: ["4", "moeder=7"], worries: ["slaan"],
      working: ["oma helpt"], next: ["veiligheidsplan"]
    ).outcome(rater: "Els Jansen")
    let columns = try #require(outcome.columns)
    #expect(
      columns.scores == [
        RaterScore(rater: "Els Jansen", score: 4), RaterScore(rater: "moeder", score: 7),
      ])
    #expect(columns.worries == ["slaan"])
    #expect(columns.working == ["oma helpt"])
    #expect(columns.next == ["veiligheidsplan"])
  }

  @Test(arguments: ["11", "-1", "tien", "moeder=12"])
  func aSafetyScoreOutsideZeroToTenIsRefused(entry: String) {
    #expect {
      try AssessmentInput(instrument: .signsOfSafety, safetyScores: [entry]).outcome(rater: "A")
    } throws: { error in (error as? ArgumentRefusal)?.argument == "--safety-score" }
  }

  @Test func optionsOfAnotherInstrumentAreRefusedByName() {
    #expect {
      try AssessmentInput(instrument: .lirik, level: "low", domains: ["housing=3"]).outcome(
        rater: "A")
    } throws: { error in (error as? ArgumentRefusal)?.argument == "--domain" }
    #expect {
      try AssessmentInput(instrument: .zrm, level: "low", domains: ["housing=3"]).outcome(
        rater: "A")
    } throws: { error in (error as? ArgumentRefusal)?.argument == "--level" }
    #expect {
      try AssessmentInput(instrument: .arij, level: "low", worries: ["x"]).outcome(rater: "A")
    } throws: { error in (error as? ArgumentRefusal)?.argument == "--worry" }
  }
}
