// The decision form as the chair uses it at the table, driven through the
// board with keys: open with `d`, pick an outcome, type Dutch and CJK, add an
// agreement, save with Ctrl-S; refusals that name the field and keep the
// text; Esc that asks; drafts written and offered back; corrections.

import Foundation
import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite struct DecisionFormTests {
  let familyID = BoardFixture.ozturk.id

  /// A board with the Öztürk case (in progress, a child of 14) selected and the form open.
  func openForm(_ app: BoardApp = BoardFixture.app()) -> (BoardApp, DecisionFormOverlay, [Request])
  {
    let requests = app.handle(.character("d"))
    let form = app.openOverlays.last as! DecisionFormOverlay
    return (app, form, requests)
  }

  func type(_ text: String, into app: BoardApp) -> [Request] {
    text.flatMap { app.handle(.character($0)) }
  }

  func press(_ keys: [Key], _ app: BoardApp) -> [Request] {
    keys.flatMap { app.handle($0) }
  }

  func drafts(in requests: [Request]) -> [DraftRecord] {
    requests.compactMap { request in
      if case .saveDraft(let record) = request { return record }
      return nil
    }
  }

  /// Fills a whole drang decision; returns every request the keys made.
  func fillDrang(_ app: BoardApp) -> [Request] {
    var requests: [Request] = []
    requests += type("2", into: app)  // drang
    requests += press([.tab], app)
    requests += type("2027-03-01", into: app)
    requests += press([.tab], app)
    requests += type("Ouders en school zijn het eens. 一个家庭，一个计划。", into: app)
    requests += press([.enter], app)
    requests += type("Zoë gaat weer naar school.", into: app)
    requests += press([.tab, .enter], app)  // to "add an agreement", add one
    requests += type("Wekelijks huisbezoek", into: app)
    requests += press([.tab, .down, .tab], app)  // owner: the first name offered
    requests += type("2026-12-15", into: app)
    requests += press([.tab, .tab, .tab], app)  // add-line, parents' view, child's view
    requests += type("Zoë wil thuis blijven wonen.", into: app)
    return requests
  }

  @Test func dOpensTheFormAndAsksForADraft() {
    let (app, form, opening) = openForm()
    let first = app.handle(.character("1"))
    let asked = (opening + first).filter { $0 == .loadDraft(familyID: familyID) }
    #expect(asked.count == 1)
    #expect(form.form.outcome == .noInvestigation)
    #expect(form.actionContext == .form)
  }

  @Test func ctrlSSendsTheExactDraft() {
    let (app, form, _) = openForm()
    _ = fillDrang(app)
    // The first Ctrl-S reads the decision back as it will be stored.
    _ = app.handle(.control("s"))
    #expect(form.phase == .reviewing)
    let preview = app.render(width: 120, height: 40).text
    #expect(preview.contains("Read back before storing — Familie Öztürk"), "\(preview)")
    #expect(preview.contains("Wekelijks huisbezoek"), "\(preview)")
    #expect(preview.contains("Ctrl-S stores it as shown"), "\(preview)")
    // Esc goes back to editing, nothing lost; Ctrl-S twice stores it.
    _ = app.handle(.escape)
    #expect(form.phase == .editing)
    _ = app.handle(.control("s"))
    let requests = app.handle(.control("s"))
    let expected = DecisionDraft(
      outcome: .drang, deadline: "2027-03-01",
      rationale: "Ouders en school zijn het eens. 一个家庭，一个计划。\nZoë gaat weer naar school.",
      agreements: [
        // The owner picked as "Sanne Jansen (LT)" goes to the store as her id.
        AgreementDraft(what: "Wekelijks huisbezoek", owner: "P-01", due: "2026-12-15")
      ],
      childView: "Zoë wil thuis blijven wonen.", meeting: "JBT-2026-11-30")
    #expect(requests == [.saveDecision(familyID: familyID, draft: expected)])
    #expect(form.phase == .saving)
    // "Saved" only once the loop says so; then the draft goes.
    #expect(!app.render(width: 120, height: 40).text.contains("Saved FV"))
    let answer = app.apply(.saved("FV-2026-0001-D003"))
    #expect(answer == [.removeDraft(familyID: familyID)])
    #expect(form.phase == .saved("FV-2026-0001-D003"))
    #expect(app.render(width: 120, height: 40).text.contains("Saved FV-2026-0001-D003"))
  }

  @Test("the read-back before storing scrolls to its end with End and G, and back with g")
  func readBackScrollsToTheEnd() {
    let (app, form, _) = openForm()
    _ = fillDrang(app)
    for line in 1...25 {
      _ = app.handle(.enter)
      _ = type("Regel \(line) van het kind", into: app)
    }
    _ = app.handle(.control("s"))
    #expect(form.phase == .reviewing)
    let top = app.render(width: 80, height: 24).text
    for key in [Key.end, .character("G")] {
      _ = app.handle(key)
      let bottom = app.render(width: 80, height: 24).text
      #expect(bottom != top, "\(key) scrolled")
      #expect(bottom.contains("Regel 25 van het kind"), "\(bottom)")
      #expect(!top.contains("Regel 25 van het kind"))
      _ = app.handle(.character("g"))
      #expect(app.render(width: 80, height: 24).text == top)
    }
  }

  @Test func drangWithoutAgreementsIsRefusedWithTheFieldNamedAndTextKept() {
    let (app, form, _) = openForm()
    _ = type("2", into: app)
    _ = press([.tab], app)
    _ = type("2027-03-01", into: app)
    _ = press([.tab], app)
    _ = type("Één gezin, één plan.", into: app)
    _ = press([.tab, .tab, .tab], app)
    _ = type("Zoë is gehoord.", into: app)
    let requests = app.handle(.control("s"))
    #expect(!requests.contains { if case .saveDecision = $0 { true } else { false } })
    #expect(form.phase == .editing)
    #expect(form.form.focus == .addAgreement)
    #expect(form.form.rationale.text == "Één gezin, één plan.")
    #expect(form.form.childView.text == "Zoë is gehoord.")
    #expect(
      app.render(width: 120, height: 40).text.contains(
        "agreements: drang needs at least one agreement"))
  }

  @Test func aRefusalFromTheLoopMovesTheCursorToItsField() {
    let (app, form, _) = openForm()
    _ = type("3", into: app)
    _ = app.apply(
      .decisionRefused(
        DecisionRefusal(.rationale, english: "rationale: write why", dutch: "onderbouwing: schrijf")
      ))
    #expect(form.form.focus == .rationale)
    #expect(form.message?.text == "rationale: write why")
  }

  @Test func escAsksBeforeThrowingAwayAndNoKeepsEverything() {
    let (app, form, _) = openForm()
    _ = press([.tab], app)
    _ = type("Nog niet klaar", into: app)
    _ = app.handle(.escape)
    #expect(form.phase == .confirmingDiscard)
    #expect(app.render(width: 120, height: 40).text.contains("Throw away what you typed? (y/n)"))
    _ = app.handle(.character("n"))
    #expect(form.phase == .editing)
    #expect(form.form.rationale.text == "Nog niet klaar")
    _ = app.handle(.escape)
    let requests = app.handle(.character("y"))
    #expect(requests == [.removeDraft(familyID: familyID)])
    #expect(app.openOverlays.isEmpty)
  }

  @Test func escOnAnUntouchedFormClosesIt() {
    let (app, _, _) = openForm()
    _ = app.handle(.escape)
    #expect(app.openOverlays.isEmpty)
  }

  @Test func aFieldChangeWritesADraftAndTicksWriteWhatWasTypedSince() {
    let (app, _, _) = openForm()
    var requests = type("3", into: app)
    #expect(drafts(in: requests).map(\.draft.outcome) == [.investigation])
    requests = type("Zorgen", into: app.self)
    requests += press([.tab], app)
    requests += type("Ouders willen hulp", into: app)
    #expect(drafts(in: requests).isEmpty)  // typing inside a field waits for the tick
    requests = press([.tab], app)
    #expect(drafts(in: requests).map(\.draft.rationale) == ["Ouders willen hulp"])
    requests = press([.tab], app)
    #expect(drafts(in: requests).isEmpty)  // nothing changed since
    requests = type("x", into: app)
    let now = BoardFixture.now
    #expect(drafts(in: app.apply(.tick(Timestamp(seconds: now.seconds + 1)))).isEmpty)
    let written = drafts(in: app.apply(.tick(Timestamp(seconds: now.seconds + 5))))
    #expect(written.count == 1)
    #expect(written.first?.savedAt == Timestamp(seconds: now.seconds + 5))
    #expect(drafts(in: app.apply(.tick(Timestamp(seconds: now.seconds + 10)))).isEmpty)
  }

  @Test func anEarlierDraftIsOfferedBackAndRestored() throws {
    let (app, form, _) = openForm()
    let draft = DecisionDraft(
      outcome: .investigation, rationale: "Van gisteren", present: ["Daniëlle Öztürk"])
    let record = DraftRecord(
      family: familyID, savedAt: Timestamp("2026-11-30T07:03:00Z")!, draft: draft)
    _ = app.apply(.draft(familyID: familyID, record: record))
    #expect(
      app.render(width: 120, height: 40).text.contains(
        "A draft from 08:03 exists. Restore it? (y = restore, n = throw away)"))
    _ = app.handle(.character("y"))
    #expect(form.phase == .editing)
    #expect(form.form.draft == draft)
  }

  /// The footer (the last row) of the board as drawn now.
  func footer(_ app: BoardApp) -> String {
    app.render(width: 120, height: 40).lines.last ?? ""
  }

  @Test("each phase of the form has the footer of its own keys, from the action table")
  func eachPhaseHasItsOwnFooter() {
    let (app, form, _) = openForm()
    let record = DraftRecord(
      family: familyID, savedAt: BoardFixture.now, draft: DecisionDraft(rationale: "oud"))
    _ = app.apply(.draft(familyID: familyID, record: record))
    #expect(footer(app).contains("y restore"), "\(footer(app))")
    #expect(footer(app).contains("n discard"), "\(footer(app))")
    // The Dutch answer restores too.
    _ = app.handle(.character("j"))
    #expect(form.phase == .editing)
    #expect(footer(app).contains("Ctrl-S save"), "\(footer(app))")
    _ = app.handle(.escape)
    _ = app.handle(.character("n"))
    _ = fillDrang(app)
    _ = app.handle(.control("s"))
    #expect(form.phase == .reviewing)
    #expect(footer(app).contains("Ctrl-S store"), "\(footer(app))")
    #expect(footer(app).contains("Esc back to the form"), "\(footer(app))")
    #expect(!footer(app).contains("next field"), "\(footer(app))")
    _ = app.handle(.control("s"))
    _ = app.apply(.saved("FV-2026-0001-D003"))
    // The notice says it was saved; the keys are those of a stored decision.
    #expect(footer(app).contains("Saved D003"), "\(footer(app))")
    #expect(form.actionContext == .saved)
    _ = app.handle(.character("q"))
    #expect(app.openOverlays.isEmpty)
  }

  @Test func discardingTheOfferedDraftRemovesIt() {
    let (app, form, _) = openForm()
    let record = DraftRecord(
      family: familyID, savedAt: BoardFixture.now, draft: DecisionDraft(rationale: "oud"))
    _ = app.apply(.draft(familyID: familyID, record: record))
    let requests = app.handle(.character("n"))
    #expect(requests.contains(.removeDraft(familyID: familyID)))
    #expect(form.form.rationale.text == "")
  }

  @Test func noDraftOfferWhenThereIsNone() {
    let (app, form, _) = openForm()
    _ = app.apply(.draft(familyID: familyID, record: nil))
    #expect(form.phase == .editing)
  }

  @Test func cOpensACorrectionPrefilledFromTheLatestDecision() {
    let app = BoardFixture.app()
    _ = app.handle(.character("c"))
    let form = app.openOverlays.last as! DecisionFormOverlay
    let latest = BoardFixture.ozturk.decision("FV-2026-0001-D002")!
    #expect(form.form.draft == DecisionDraft(correcting: latest))
    #expect(form.form.supersedes == "FV-2026-0001-D002")
    #expect(app.render(width: 120, height: 40).text.contains("Correct FV-2026-0001-D002"))
  }

  @Test func aCorrectionAsksWhyAndCarriesTheReasonIntoTheDraft() {
    let app = BoardFixture.app()
    _ = app.handle(.character("c"))
    let form = app.openOverlays.last as! DecisionFormOverlay
    // The last field of a correction, and only of a correction.
    #expect(form.form.fieldOrder.last == .correctionReason)
    #expect(DecisionForm(familyID: "x").fieldOrder.contains(.correctionReason) == false)
    // Shift-Tab from the outcome goes round to it; what is typed is the reason.
    _ = app.handle(.backTab)
    #expect(form.form.focus == .correctionReason)
    for character in "Nieuwe zorgen." { _ = app.handle(.character(character)) }
    #expect(form.form.draft.correctionReason == "Nieuwe zorgen.")
    let screen = app.render(width: 120, height: 40).text
    #expect(screen.contains("Why corrected"), "\(screen)")
  }

  @Test func ctrlEHandsTheFieldToTheEditorAndTakesItBack() {
    let (app, form, _) = openForm()
    _ = press([.tab], app)
    _ = type("eerste", into: app)
    #expect(app.handle(.control("e")) == [.editText("eerste")])
    let requests = app.apply(.edited("eerste\ntweede regel"))
    #expect(form.form.rationale.text == "eerste\ntweede regel")
    #expect(drafts(in: requests).count == 1)
  }

  @Test func ownerIsPickedFromProfessionalsAndMembersOrTyped() {
    let (app, form, _) = openForm()
    #expect(
      form.form.ownerChoices == [
        "Sanne Jansen (LT)", "Tom Hoekstra (GI)", "Daniëlle Öztürk", "Zoë Öztürk",
      ])
    _ = app.handle(.control("n"))
    _ = press([.tab, .down, .down], app)
    #expect(form.form.agreements[0].owner.text == "Tom Hoekstra (GI)")
    _ = press([.up, .up], app)
    #expect(form.form.agreements[0].owner.text == "Zoë Öztürk")
    _ = app.handle(.control("d"))
    #expect(form.form.agreements.isEmpty)
  }

  @Test func goldenFilledForm() {
    let (app, _, _) = openForm()
    _ = fillDrang(app)
    Golden.check(app.render(width: 120, height: 40), "meeting-decision-form-en-120x40")
  }

  @Test func goldenOutcomeListInDutch() {
    let (app, _, _) = openForm(BoardFixture.app(language: .nl))
    _ = type("2", into: app)
    Golden.check(app.render(width: 120, height: 40), "meeting-decision-form-nl-120x40")
  }

  /// At 80×24 the Dutch outcomes wrap under their words: "(drang)" tells
  /// options 1–3 apart and is never cut.
  @Test func goldenOutcomeListInDutchAt80x24() {
    let (app, _, _) = openForm(BoardFixture.app(language: .nl))
    let screen = app.render(width: 80, height: 24)
    #expect(screen.text.contains("(drang)"))
    #expect(!screen.text.contains("afspraken…"))
    Golden.check(screen, "meeting-decision-form-nl-80x24")
  }

  /// A word that ends exactly at the field's edge keeps its last letter: the
  /// space after it hangs past the edge and is not drawn as a cut ("…").
  @Test func aWordEndingAtTheEdgeIsShownWhole() {
    for (width, height) in [(80, 24), (120, 40), (200, 60)] {
      let (app, form, _) = openForm()
      _ = type("1", into: app)
      _ = app.render(width: width, height: height)  // sets the wrap widths
      while form.form.focus != .rationale { _ = press([.tab], app) }
      let columns = form.form.rationale.wrapWidth
      let word = "Daniëlle" + String(repeating: "x", count: columns - 8)
      _ = type(word + " Zoë", into: app)
      let text = app.render(width: width, height: height).text
      #expect(text.contains(word), "\(width)×\(height): \(columns) columns")
      #expect(!text.contains("xx…"), "\(width)×\(height)")
      #expect(text.contains("Zoë"))
    }
  }

  /// The notes under the deadline and the child's view wrap instead of being
  /// cut: the latest allowed deadline must be readable at 80×24.
  @Test func notesWrapAndKeepTheLatestDeadline() {
    for (width, height) in [(80, 24), (120, 40)] {
      let (app, _, _) = openForm()
      _ = type("2", into: app)  // drang: the deadline and its note appear
      let latest = BoardFixture.today.adding(months: RegionSettings().drangMaximumMonths)
        .description
      let text = app.render(width: width, height: height).text
      #expect(text.contains("latest") && text.contains("\(latest))"), "\(width)×\(height)")
      while app.openOverlays.last.map({ ($0 as! DecisionFormOverlay).form.focus }) != .childNotHeard
      {
        _ = press([.tab], app)
      }
      let lower = app.render(width: width, height: height).text
      #expect(lower.contains("not heard"), "\(width)×\(height)")
      #expect(!lower.contains("the view, o…"), "\(width)×\(height)")
    }
  }

  @Test func aDecisionStoredElsewhereMeanwhileIsShownAndTheNextCtrlSCorrectsIt() {
    let (app, form, _) = openForm()
    _ = fillDrang(app)
    _ = app.handle(.control("s"))
    _ = app.handle(.control("s"))
    // The secretary's `tafel decide` got there first: the store refuses, and
    // the loop hands the board the family as it now is.
    let standing = "FV-2026-0001-D003"
    var family = BoardFixture.ozturk
    family.decisions.append(
      Decision(
        id: standing, family: family.id, meeting: "JBT-2026-11-30",
        time: Timestamp("2026-11-30T08:50:00Z")!, outcome: .investigation, rationale: "Onderzoek.",
        childNotHeard: "Ziek.", recordedBy: "notulist"))
    _ = app.apply(.familyChanged(family))
    let refusal = DecisionRefusal(
      .inForce(standing),
      english: "\(standing) (investigation, 2026-11-30 09:50, by notulist) is already in force for "
        + "this case at JBT-2026-11-30; store this one as a correction of it",
      dutch: "\(standing) geldt al")
    _ = app.apply(.decisionRefused(refusal))
    #expect(form.phase == .editing)
    #expect(form.form.supersedes == standing)
    let screen = app.render(width: 200, height: 60).text
    #expect(screen.contains("Correct \(standing)"), "\(screen)")
    #expect(
      screen.contains(
        "D003 stored meanwhile: Ctrl-S corrects it · Esc: nothing stored"
      ),
      "\(screen)")
    // Nothing was lost, and the next Ctrl-S sends the same draft as a correction.
    let requests = app.handle(.control("s"))
    let sent = requests.compactMap { request -> DecisionDraft? in
      if case .saveDecision(_, let draft) = request { return draft }
      return nil
    }
    #expect(sent.count == 1)
    #expect(sent.first?.supersedes == standing)
    #expect(sent.first?.rationale.hasPrefix("Ouders en school") == true)
  }

  @Test func aDecisionStoredElsewhereIsSaidAtOnceWhileTheFormIsOpen() {
    let (app, form, _) = openForm()
    _ = fillDrang(app)
    var family = BoardFixture.ozturk
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D003", family: family.id, meeting: "JBT-2026-11-30",
        time: Timestamp("2026-11-30T08:50:00Z")!, outcome: .investigation, rationale: "Onderzoek.",
        childNotHeard: "Ziek.", recordedBy: "notulist"))
    _ = app.apply(.familyChanged(family))
    #expect(form.form.supersedes == "FV-2026-0001-D003")
    let screen = app.render(width: 120, height: 40).text
    #expect(
      screen.contains("D003 stored meanwhile: Ctrl-S corrects it · Esc: nothing stored"),
      "\(screen)")
    // Not read back yet: the next Ctrl-S reads it back first.
    _ = app.handle(.control("s"))
    #expect(form.phase == .reviewing)
  }

  /// The secretary records D003 with an agreement while the chair's form is
  /// open: the form shows D003 whole above the fields, the correction keeps
  /// its agreement and its view, and the board's notice line says who and what.
  @Test func aCorrectionKeepsWhatTheOtherDecisionRecordedAndShowsItWhole() {
    let (app, form, _) = openForm()
    _ = fillDrang(app)
    var family = BoardFixture.ozturk
    family.decisions.append(
      Decision(
        id: "FV-2026-0001-D003", family: family.id, meeting: "JBT-2026-11-30",
        time: Timestamp("2026-11-30T08:50:00Z")!, outcome: .noInvestigation,
        rationale: "De hulp loopt goed.",
        agreements: [
          Agreement(what: "Warme overdracht naar volwassenen-GGZ", owner: "Sanne Jansen", due: nil)
        ], parentsView: "Eens met de overdracht.", childNotHeard: "Ziek.", recordedBy: "notulist"))
    _ = app.apply(.familyChanged(family))
    #expect(form.form.supersedes == "FV-2026-0001-D003")
    let screen = app.render(width: 120, height: 40).text
    #expect(screen.contains("Stored meanwhile: FV-2026-0001-D003, 09:50, by notulist"), "\(screen)")
    #expect(screen.contains("Rationale: De hulp loopt goed."), "\(screen)")
    #expect(screen.contains("Agreement 1: Warme overdracht naar volwassenen-GGZ — Sanne Jansen"))
    // The notice line, under the form, names who recorded what.
    let footer = app.render(width: 200, height: 60).lines.last ?? ""
    #expect(
      footer.contains(
        "notulist recorded FV-2026-0001-D003 for Familie Öztürk: No RvdK investigation; voluntary help continues"
      ), "\(footer)")
    // Stored, the correction carries D003's agreement beside the chair's.
    _ = app.handle(.control("s"))
    let sent = app.handle(.control("s")).compactMap { request -> DecisionDraft? in
      if case .saveDecision(_, let draft) = request { return draft }
      return nil
    }
    #expect(sent.count == 1)
    #expect(
      sent.first?.agreements.map(\.what).contains("Warme overdracht naar volwassenen-GGZ") == true)
    #expect(sent.first?.agreements.count == 2)
    #expect(sent.first?.parentsView == "Eens met de overdracht.")
  }

  /// Without colour the chair still sees which agreement is being typed.
  @Test func theAgreementBeingTypedIsMarked() {
    let (app, _, _) = openForm()
    _ = type("1", into: app)
    _ = press([.tab, .tab, .enter], app)
    _ = type("Schoolbezoek", into: app)
    let row = app.render(width: 120, height: 40).lines.first { $0.contains("Schoolbezoek") } ?? ""
    #expect(row.contains("│   ▸                   1   Schoolbezoek"), "\(row)")
  }

  @Test func theFormOffersTheRegionsOutcomesAndItsDrangTerm() {
    var settings = RegionSettings()
    settings.outcomes = [.noInvestigation, .drang, .other]
    settings.drangMaximumMonths = 3
    let (app, form, _) = openForm(MeetingFlowFixture.app(settings: settings))
    #expect(form.form.outcomes == [.noInvestigation, .drang, .other])
    let screen = app.render(width: 120, height: 40).text
    #expect(screen.contains("↑↓ or 1–3 choose the outcome"), "\(screen)")
    #expect(!screen.contains("RvdK investigation starts"), "\(screen)")
    _ = type("3", into: app)
    #expect(form.form.outcome == .other)
    _ = type("2", into: app)
    let drang = app.render(width: 120, height: 40).text
    #expect(drang.contains("at most 3 months ahead"), "\(drang)")
  }

  @Test func anOpenFormFollowsTheRegionsOutcomesWhenStoreJsonChanges() {
    let (app, form, _) = openForm(MeetingFlowFixture.app())
    #expect(form.form.outcomes == Outcome.offered)
    var info = BoardFixture.info
    info.settings.outcomes = [.noInvestigation, .investigation]
    _ = app.apply(.infoChanged(info))
    #expect(form.form.outcomes == [.noInvestigation, .investigation])
    let screen = app.render(width: 120, height: 40).text
    #expect(screen.contains("↑↓ or 1–2 choose the outcome"), "\(screen)")
  }
}
