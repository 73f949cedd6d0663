// Carries what the board asks for to the store's operations and brings the
// answer back as an event: load, save a decision (and mark the agenda item),
// keep a draft, start or adjourn a case, store attendance, open the editor.
// Requests and the events answering them are one queue, worked through in
// order: an event's answer waits behind what was asked before it. A store
// error never ends the board; it comes back as one refused line.

import Foundation
import TafelCore
import TafelStore
import TafelUI

/// One thing for the loop to work through.
enum BoardWork {
  case request(Request)
  case event(Event)
}

extension BoardSession {
  enum Outcome { case keepRunning, quit }

  /// Queues `requests` and works through the queue; `.quit` when one asked to quit.
  func carry(_ requests: [Request]) -> Outcome {
    queue.append(contentsOf: requests.map(BoardWork.request))
    workThrough()
    return quitAsked ? .quit : .keepRunning
  }

  /// Tells the board an event (queued behind what is already asked).
  func tell(_ event: Event) {
    queue.append(.event(event))
    workThrough()
  }

  /// Works through the queue, oldest first, until it is empty or a request
  /// asked to quit. Called again while working (a request that tells an
  /// event), it returns at once: the one already working goes on.
  private func workThrough() {
    guard !working else { return }
    working = true
    defer { working = false }
    while !queue.isEmpty, !quitAsked {
      switch queue.removeFirst() {
      case .request(let request):
        if carry(request) == .quit {
          quitAsked = true
          queue.removeAll()
          return
        }
        // What the store says besides its answer (saved, but not yet
        // committed; the access log could not be written) reaches the chair.
        for line in Array(Set(store.takeCommitProblems())).sorted() {
          queue.append(.event(.warning(line)))
        }
      case .event(let event):
        queue.append(contentsOf: app.apply(event).map(BoardWork.request))
      }
    }
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
      summaries.load()
    case .saveDecision(let familyID, let draft):
      saveDecision(draft, familyID: familyID)
    case .resolveConflict(let familyID, let field, let take):
      settle(familyID, field: field, take: take)
    case .saveDraft(let record):
      attempt { try store.saveDraft(record, user: author) }
    case .removeDraft(let familyID):
      attempt { try store.removeDraft(family: familyID, user: author) }
    case .loadDraft(let familyID):
      tell(.draft(familyID: familyID, record: store.draft(family: familyID, user: author)))
    case .startCase(let meetingID, let familyID):
      // One case at the table: one still in progress (from any terminal) is paused.
      changeMeeting {
        try store.startCase(familyID, at: meetingID, by: author, at: SystemClock.now())
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
      changeMeeting {
        try store.leaveCaseDiscussed(familyID, at: meetingID, by: author, at: SystemClock.now())
      }
    case .adjournCase(let meetingID, let familyID, let reason, let target):
      adjourn(familyID, at: meetingID, reason: reason, to: target)
    case .recordRvdK(
      let familyID, let request, let accepted, let date, let by, let expert, let text):
      recordRvdK(
        familyID, request: request, accepted: accepted, on: date, by: by, expert: expert,
        text: text)
    case .setAttendance(let meetingID, let familyID, let attendance):
      let saved = changeMeeting {
        try store.recordAttendance(attendance, of: familyID, at: meetingID, by: author)
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

  /// The decision and its agenda item, by the one operation `tafel decide` uses.
  private func saveDecision(_ draft: DecisionDraft, familyID: String) {
    let now = SystemClock.now()
    let language = app.options.language
    do {
      let answer = try store.recordDecision(
        draft, family: familyID, by: author, at: now, today: SystemClock.zone.day(of: now))
      reloadFamily(familyID)
      // Stored is stored: said before the agenda, so an agenda that could
      // not be marked is its own line, never "not saved".
      tell(.saved(answer.decision.id))
      if let problem = answer.agendaProblem {
        tell(.refused("\(answer.decision.id) saved, but the agenda was not updated: \(problem)"))
      }
      if let meetingID = answer.markedMeeting, meetingID == app.data.meeting?.id {
        tell(.meetingChanged(try store.meeting(meetingID)))
      }
      warn(answer.receipt)
    } catch let refusal as DecisionRefusal {
      // Another decision is in force since the form opened: show the family
      // as it now is, so the form can offer this one as its correction.
      if case .inForce = refusal.field { reloadFamily(familyID) }
      tell(.decisionRefused(refusal))
    } catch let refusal as OperationRefusal {
      tell(.refused(BoardRefusalWords.words(refusal, language)))
    } catch {
      tell(.refused("\(error)"))
    }
  }

  /// What the store says besides its answer (saved, but not yet committed;
  /// the access log could not be written) reaches the chair.
  private func warn(_ receipt: Receipt) {
    for line in receipt.warnings { tell(.warning(line)) }
  }

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
  /// The RvdK's decision, by the one operation `tafel rvdk` uses.
  private func recordRvdK(
    _ familyID: String, request: String, accepted: Bool, on day: Day, by: String,
    expert: String, text: String?
  ) {
    let decision = RvdKDecision(
      by: by, expert: expert, conditions: accepted ? text : nil, reason: accepted ? nil : text,
      request: request)
    do {
      let answer = try store.recordRvdK(
        familyID, accepted: accepted, on: day, decision: decision, by: author)
      reloadFamily(familyID)
      tell(
        .notice(
          app.options.language.pick(
            "\(familyID): \(answer.step.id) the RvdK \(accepted ? "investigates" : "does not investigate")",
            "\(familyID): \(answer.step.id) de Raad \(accepted ? "doet onderzoek" : "doet geen onderzoek")"
          )))
      warn(answer.receipt)
    } catch let refusal as RvdKRefusal {
      tell(.refused("\(familyID): not recorded: \(refusal.description)"))
    } catch {
      tell(.refused("\(error)"))
    }
  }

  /// The adjournment and its carry-over, by the one operation `tafel meeting adjourn` uses.
  private func adjourn(_ familyID: String, at meetingID: String, reason: String, to target: String?)
  {
    let now = SystemClock.now()
    let language = app.options.language
    do {
      let answer = try store.adjournCase(
        familyID, at: meetingID, reason: reason, to: target, by: author, at: now,
        today: SystemClock.zone.day(of: now))
      if meetingID == app.data.meeting?.id { tell(.meetingChanged(try store.meeting(meetingID))) }
      if let carriedTo = answer.carriedTo {
        tell(
          .notice(
            language.pick(
              "\(familyID) adjourned; carried over to \(carriedTo)",
              "\(familyID) aangehouden; overgenomen naar \(carriedTo)")))
      } else if let target, let problem = answer.carryProblem {
        tell(.refused("\(familyID) adjourned, but not carried over to \(target): \(problem)"))
      } else {
        tell(
          .notice(
            language.pick(
              "\(familyID) adjourned; not yet planned on a later agenda",
              "\(familyID) aangehouden; nog niet op een latere agenda")))
      }
      warn(answer.receipt)
    } catch {
      tell(.refused("\(error)"))
    }
  }

  /// Runs an operation on the meeting and shows the meeting as it wrote it;
  /// a refusal is one line. True when it was stored.
  @discardableResult
  private func changeMeeting(_ operation: () throws -> MeetingReceipt) -> Bool {
    do {
      let answer = try operation()
      if answer.meeting.id == app.data.meeting?.id { tell(.meetingChanged(answer.meeting)) }
      warn(answer.receipt)
      return true
    } catch let refusal as OperationRefusal {
      tell(.refused(BoardRefusalWords.words(refusal, app.options.language)))
      return false
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

/// A meeting's rule, in the board's words: the way out is a key or a field.
enum BoardRefusalWords {
  static func words(_ refusal: OperationRefusal, _ language: Language) -> String {
    switch refusal {
    case .notOnAgenda(let family, let meeting):
      language.pick(
        "\(family) is not on the agenda of \(meeting); nothing was saved",
        "\(family) staat niet op de agenda van \(meeting); niets opgeslagen")
    case .meetingClosed(let meeting, let at):
      language.pick(
        "\(meeting) was closed at \(SystemClock.zone.local(at).clock); "
          + "a decision now can only correct one (c on the decision)",
        "\(meeting) is gesloten om \(SystemClock.zone.local(at).clock); "
          + "een besluit kan nu alleen een besluit verbeteren (c op het besluit)")
    case .reasonRequired(let meeting):
      language.pick(
        "\(meeting) is closed: say why it is corrected (Why corrected)",
        "\(meeting) is gesloten: zeg waarom het wordt verbeterd (Waarom verbeterd)")
    }
  }
}
