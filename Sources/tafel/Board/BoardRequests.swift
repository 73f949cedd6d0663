// Carries what the board asks for to the store and brings the answer back as
// an event: load, save a decision (and mark the agenda item), keep a draft,
// start or adjourn a case, store attendance, open the editor. A store error
// never ends the board; it comes back as one refused line.

import Foundation
import TafelCore
import TafelStore
import TafelUI

extension BoardSession {
  enum Outcome { case keepRunning, quit }

  /// Carries every request in order; `.quit` stops at once.
  func carry(_ requests: [Request]) -> Outcome {
    for request in requests {
      if carry(request) == .quit { return .quit }
      // What the store says besides its answer (saved, but not yet
      // committed; the access log could not be written) reaches the chair.
      for line in Array(Set(store.takeCommitProblems())).sorted() { tell(.warning(line)) }
    }
    return .keepRunning
  }

  /// The demo board's answer to who is at the keyboard: from now on it
  /// records as that person of the store's list (no other board asks).
  private func recordAs(_ personID: String) {
    guard !app.options.keyboardChoices.isEmpty else { return }
    do {
      let people = try store.people() ?? People()
      guard let person = people.people.first(where: { $0.id == personID }) else {
        tell(.refused("\(personID) is not on the store's list of people"))
        return
      }
      try StoreOptions.record(as: person.name, in: people, store: store)
      author = person.name
      sync.author = person.name
      tell(
        .recording(
          user: person.name, recordingAs: person.name + ", " + person.role.words(app.language)))
    } catch {
      tell(.refused("\(error)"))
    }
  }

  private func carry(_ request: Request) -> Outcome {
    switch request {
    case .quit:
      return .quit
    case .redraw:
      terminal.clearOnNextDraw()
    case .loadFamily(let id):
      reloadFamily(id)
    case .searchFamilies(let query):
      search.ask(query)
    case .loadSummaries:
      loadSummaries()
    case .saveDecision(let familyID, let draft):
      saveDecision(draft, familyID: familyID)
    case .resolveConflict(let familyID, let field, let take):
      settle(familyID, field: field, take: take)
    case .saveDraft(let familyID, let data):
      attempt { try store.saveDraft(data, family: familyID, user: author) }
    case .removeDraft(let familyID):
      attempt { try store.removeDraft(family: familyID, user: author) }
    case .loadDraft(let familyID):
      let data = store.draft(family: familyID, user: author)
      tell(.draft(familyID: familyID, data: data))
    case .startCase(let meetingID, let familyID):
      // One case at the table: one still in progress (from any terminal) is paused.
      updateMeeting(meetingID, what: "\(familyID) in progress") { meeting, now in
        try meeting.refuseIfClosed("meeting")
        meeting.startCase(familyID, at: now)
      }
    case .closeMeeting(let meetingID, let carryTo):
      do {
        let result = try store.closeMeeting(
          meetingID, carryTo: carryTo, by: author, at: SystemClock.now())
        if meetingID == app.data.meeting?.id { tell(.meetingChanged(result.meeting)) }
        if let carryTo, !result.carried.isEmpty {
          let language = app.options.language
          tell(
            .notice(
              language.pick(
                "\(result.carried.count) unfinished carried over to \(carryTo)",
                "\(result.carried.count) niet afgerond overgenomen naar \(carryTo)")))
        }
      } catch {
        tell(.refused("\(error)"))
      }
    case .finishCase(let meetingID, let familyID):
      updateItem(meetingID, familyID, what: "\(familyID) discussed, no decision") { item, now in
        item.leave(as: .discussed, at: now)
      }
    case .adjournCase(let meetingID, let familyID, let reason, let target):
      adjourn(familyID, at: meetingID, reason: reason, to: target)
    case .recordRvdK(
      let familyID, let request, let accepted, let date, let by, let expert, let text):
      recordRvdK(
        familyID, request: request, accepted: accepted, on: date, by: by, expert: expert,
        text: text)
    case .setAttendance(let meetingID, let familyID, let attendance):
      let saved = updateItem(meetingID, familyID, what: "\(familyID) attendance") { item, _ in
        item.attendance = attendance
      }
      if saved {
        let name = app.data.families[familyID].map {
          app.context.familyLabel(id: $0.id, name: $0.name)
        }
        tell(
          .notice(
            AttendanceOverlay.savedNotice(
              attendance, family: name ?? familyID, app.options.language)))
      }
    case .recordAs(let personID):
      recordAs(personID)
    case .editText(let text):
      if let edited = BoardEditor.edit(text, terminal: terminal, environment: environment) {
        tell(.edited(edited))
      } else {
        tell(.edited(text))
      }
    case .editFamilyPart(let familyID, let part):
      editPart(part, familyID: familyID)
    }
    return .keepRunning
  }

  /// `e` on a pane: the same validated editor flow as `tafel edit --part`, on
  /// the normal screen; the board comes back and shows the result at once.
  private func editPart(_ part: FamilyPart, familyID: String) {
    let result = terminal.runOutside {
      EditorSession.run(
        store: store, relativePath: store.relativePath(family: familyID), part: part,
        by: author, environment: environment,
        input: { readLine() },
        output: { line in print(line) })
    }
    terminal.clearOnNextDraw()
    reloadFamily(familyID)
    switch result {
    case .saved: tell(.notice("\(familyID): \(part.rawValue) saved"))
    case .unchanged: tell(.notice("\(familyID): \(part.rawValue) unchanged"))
    default: tell(.refused(result.message))
    }
  }

  /// The decision and its agenda item are one change: one commit under git.
  private func saveDecision(_ draft: DecisionDraft, familyID: String) {
    store.asOneChange { saveDecisionAndItem(draft, familyID: familyID) }
  }

  private func saveDecisionAndItem(_ draft: DecisionDraft, familyID: String) {
    let now = SystemClock.now()
    var meetingClosed = false
    if let meetingID = draft.meeting, let meeting = try? store.meeting(meetingID),
      let closedAt = meeting.closedAt
    {
      meetingClosed = true
      if draft.supersedes == nil {
        tell(
          .refused(
            "\(meetingID) was closed at \(SystemClock.zone.local(closedAt).clock); "
              + "a decision now can only correct one (c on the decision)"))
        return
      }
      // What changes the record after closing says why.
      if draft.correctionReason?.trimmed.nonEmpty == nil {
        tell(
          .refused(
            app.options.language.pick(
              "\(meetingID) is closed: say why it is corrected (Why corrected)",
              "\(meetingID) is gesloten: zeg waarom het wordt verbeterd (Waarom verbeterd)")))
        return
      }
    }
    let today = SystemClock.zone.day(of: now)
    let author = self.author
    do {
      // The rules on disk, not those the board read at start: a region that
      // changed them meanwhile is kept to.
      let settings = try store.info().settings
      let decision = try store.updateFamily(
        familyID, by: author,
        what: DecisionChange.what(draft)
      ) { family in
        try family.record(
          draft, time: now, today: today, by: author, replica: store.replica, settings: settings)
      }
      reloadFamily(familyID)
      // Stored is stored: said before the agenda is marked, so an agenda
      // that cannot be updated is its own line, never "not saved".
      tell(.saved(decision.id))
      if let meetingID = draft.meeting, !meetingClosed {
        let status: AgendaStatus = decision.outcome == .adjourned ? .adjourned : .decided
        updateItem(meetingID, familyID, what: "\(familyID) \(status.rawValue)") { item, now in
          item.leave(as: status, at: now)
        }
      }
    } catch let refusal as DecisionRefusal {
      // Another decision is in force since the form opened: show the family
      // as it now is, so the form can offer this one as its correction.
      if case .inForce = refusal.field { reloadFamily(familyID) }
      tell(.decisionRefused(refusal))
    } catch {
      tell(.refused("\(error)"))
    }
  }

  /// Changes the agenda item of `familyID` in a meeting and shows the result;
  /// a closed meeting is not changed (one line says when it was closed).
  @discardableResult
  private func updateItem(
    _ meetingID: String, _ familyID: String, what: String,
    _ change: @escaping (inout AgendaItem, Timestamp) -> Void
  ) -> Bool {
    updateMeeting(meetingID, what: what) { meeting, now in
      try meeting.refuseIfClosed("meeting")
      for index in meeting.items.indices where meeting.items[index].family == familyID {
        change(&meeting.items[index], now)
      }
    }
  }

  /// Adjourns a case with its reason; with a target meeting, carries it over there.
  /// Value `take` of a conflict a sync kept stands, recorded with who and
  /// when (the same as `tafel resolve`); the family is shown as it now is.
  private func settle(_ familyID: String, field: String, take: Int) {
    let language = app.options.language
    do {
      try store.resolveConflict(
        in: store.relativePath(family: familyID), field: field, by: author
      ) { conflict in
        guard conflict.values.indices.contains(take - 1) else {
          throw StoreError.refused("\(field): there is no value \(take)")
        }
        return conflict.values[take - 1]
      }
      reloadFamily(familyID)
      let words = ConflictWords.field(field, language)
      tell(
        .notice(
          language.pick(
            "Settled: value \(take) stands for \(words)",
            "Beslist: waarde \(take) geldt voor \(words)")))
    } catch {
      tell(.refused("\(error)"))
    }
  }

  /// The adjournment and the item it carries over are one change: one commit under git.
  /// The RvdK's decision, by the rule `tafel rvdk` keeps (Family.recordRvdK, under the lock).
  private func recordRvdK(
    _ familyID: String, request: String, accepted: Bool, on day: Day, by: String,
    expert: String, text: String?
  ) {
    let decision = RvdKDecision(
      by: by, expert: expert, conditions: accepted ? text : nil, reason: accepted ? nil : text,
      request: request)
    let word = accepted ? "accepted" : "rejected"
    do {
      let organisation = try store.directory().organisations.first { $0.kind == .rvdk }?.id
      let step = try store.updateFamily(
        familyID, by: author,
        what: "the RvdK \(word) the request for investigation on \(day)"
          + (text.map { accepted ? "" : " (\(Sanitized.line($0)))" } ?? "")
      ) { family in
        try family.recordRvdK(
          accepted: accepted, on: day, decision: decision, organisation: organisation,
          replica: store.replica)
      }
      reloadFamily(familyID)
      tell(
        .notice(
          app.options.language.pick(
            "\(familyID): \(step.id) the RvdK \(accepted ? "investigates" : "does not investigate")",
            "\(familyID): \(step.id) de Raad \(accepted ? "doet onderzoek" : "doet geen onderzoek")"
          )))
    } catch let refusal as RvdKRefusal {
      tell(.refused("\(familyID): not recorded: \(refusal.description)"))
    } catch {
      tell(.refused("\(error)"))
    }
  }

  private func adjourn(_ familyID: String, at meetingID: String, reason: String, to target: String?)
  {
    store.asOneChange { adjournAndCarry(familyID, at: meetingID, reason: reason, to: target) }
  }

  private func adjournAndCarry(
    _ familyID: String, at meetingID: String, reason: String, to target: String?
  ) {
    let today = SystemClock.today()
    if let target {
      do {
        try store.meeting(target).refuseIfClosed("to")
      } catch {
        tell(.refused("\(error)"))
        return
      }
    }
    var adjourned = false
    updateMeeting(meetingID, what: "\(familyID) adjourned") { meeting, now in
      try meeting.adjourn(familyID, reason: reason, to: target, today: today, at: now)
      adjourned = true
    }
    let language = app.options.language
    guard adjourned else { return }
    let sourceItem = (try? store.meeting(meetingID))?.items.first { $0.family == familyID }
    let kind = sourceItem?.kind ?? .first
    guard let target else {
      tell(
        .notice(
          language.pick(
            "\(familyID) adjourned; not yet planned on a later agenda",
            "\(familyID) aangehouden; nog niet op een latere agenda")))
      return
    }
    do {
      try store.updateMeeting(
        target, by: author, what: "\(familyID) carried over from \(meetingID)"
      ) {
        found in
        try found.carryOver(
          familyID, from: meetingID, reason: reason.trimmed.nonEmpty, kind: kind,
          minutes: sourceItem?.minutes ?? 60, documents: sourceItem?.documents)
      }
      tell(
        .notice(
          language.pick(
            "\(familyID) adjourned; carried over to \(target)",
            "\(familyID) aangehouden; overgenomen naar \(target)")))
    } catch {
      tell(.refused("\(familyID) adjourned, but not carried over to \(target): \(error)"))
    }
  }

  /// Changes a meeting (under its lock, re-read first) and shows the result.
  /// True when the change was stored.
  @discardableResult
  private func updateMeeting(
    _ meetingID: String, what: String, _ change: @escaping (inout Meeting, Timestamp) throws -> Void
  ) -> Bool {
    let now = SystemClock.now()
    do {
      try store.updateMeeting(meetingID, by: author, what: what) { meeting in
        try change(&meeting, now)
      }
      if meetingID == app.data.meeting?.id {
        tell(.meetingChanged(try store.meeting(meetingID)))
      }
      return true
    } catch {
      tell(.refused("\(error)"))
      return false
    }
  }

  private func attempt(_ body: () throws -> Void) {
    do {
      try body()
    } catch {
      tell(.refused("\(error)"))
    }
  }
}
