// Preparing a table: the changes to a family's file the preparation commands
// make — a chain step, a risk assessment, a professional involved (and that
// involvement changed or ended), the family plan, the request for
// discussion. One operation each, under the family's lock, with its rules
// checked there; a refusal names the option it came from (`ArgumentRefusal`)
// or says what is already recorded (`StoreError.refused`), and nothing is
// written then.

import TafelCore

/// What an operation recorded (its value), and what was written.
package struct Recorded<Value: Sendable>: Sendable {
  package var value: Value
  package var receipt: Receipt
}

/// One list of the family plan changed by `changePlan`: what is added, and
/// what is removed (by its number as listed before the change, or its text).
package struct PlanListChange {
  package var list: WritableKeyPath<FamilyPlan, [String]>
  /// "concerns", "strengths", "goals", "safety agreements".
  package var word: String
  /// The option's name without its dashes ("concern", "safety").
  package var option: String
  package var add: [String]
  package var remove: [String]

  package init(
    list: WritableKeyPath<FamilyPlan, [String]>, word: String, option: String,
    add: [String], remove: [String]
  ) {
    self.list = list
    self.word = word
    self.option = option
    self.add = add
    self.remove = remove
  }
}

/// A change of who holds the child's safety (`Store.changeSafety`).
package enum SafetyChange {
  /// `organisation` holds it from the day (with its professional).
  case take(organisation: String, professional: String?, agreements: [String])
  /// Offered to `organisation`; what holds meanwhile is agreed with it.
  case offer(organisation: String, professional: String?, agreements: [String])
  /// Agreed while the offer waits.
  case agree([String])
  /// The offer answered, by `who`, for `reason`, by `professional` of the organisation offered.
  case answer(HandoverAnswer, who: String, reason: String?, professional: Professional?)
}

extension Store {
  /// Records a chain step (its id is made here); the phase follows when it
  /// is the latest step. The value: the step, the phase before and after.
  package func recordChainStep(_ step: ChainEvent, family familyID: String, by author: String)
    throws -> Recorded<(step: ChainEvent, before: Phase, after: Phase)>
  {
    try changeFamily(familyID, by: author, what: "recorded \(step.kind.rawValue) on \(step.date)") {
      family in
      let before = family.phase
      let recorded = family.record(event: step, replica: replica)
      return (recorded, before, family.phase)
    }
  }

  /// Adds a risk assessment (its id is made here); the same one twice is refused.
  package func addAssessment(
    _ assessment: RiskAssessment, family familyID: String, by author: String
  ) throws -> Recorded<RiskAssessment> {
    try changeFamily(
      familyID, by: author, what: "added a \(assessment.instrument.displayName) assessment"
    ) { family in
      var assessment = assessment
      assessment.id = Family.nextNumber(
        prefix: "R", among: family.assessments.map(\.id), replica: replica)
      if let earlier = family.assessments.first(where: assessment.repeats) {
        throw StoreError.refused(
          "\(earlier.id) already records this assessment (same instrument, day, organisation, rater, subject and outcome); nothing was recorded"
        )
      }
      family.assessments.append(assessment)
      return assessment
    }
  }

  /// Involves `professional` (shown as `name` in a refusal) in `functions`
  /// from `start`; one who directs becomes the plan's director when it has
  /// none. The value: the involvement, and whether it became director.
  package func involve(
    _ professional: String, named name: String, functions: [CaseFunction], from start: Day,
    to stop: Day?, family familyID: String, by author: String
  ) throws -> Recorded<(involvement: Involvement, director: Bool)> {
    try changeFamily(
      familyID, by: author,
      what: "involved \(professional) (\(functions.map(\.rawValue).joined(separator: ",")))"
    ) { family in
      let involvement = Involvement(
        id: Family.nextNumber(
          prefix: "I", among: family.involvements.map(\.id), replica: replica),
        professional: professional, functions: functions, from: start, to: stop)
      if let earlier = family.involvements.first(where: involvement.repeats) {
        throw StoreError.refused(
          "\(earlier.id) already records \(name) (\(professional)) in these functions from \(start); nothing was recorded"
        )
      }
      family.involvements.append(involvement)
      var director = false
      if functions.contains(.direction), family.plan.director == nil {
        family.plan.director = professional
        director = true
      }
      return (involvement, director)
    }
  }

  /// Other functions or days for involvement `id` (typed wrong, or the work
  /// changed): the id stays. An involvement that no longer directs is no
  /// longer the plan's director. The value: the involvement as it now is,
  /// and whether its professional stopped being director.
  package func changeInvolvement(
    _ id: String, functions: [CaseFunction]?, from start: Day?, to stop: Day?,
    family familyID: String, by author: String
  ) throws -> Recorded<(involvement: Involvement, noLongerDirector: Bool)> {
    try changeFamily(familyID, by: author, what: "changed involvement \(id)") { family in
      guard let index = family.involvements.firstIndex(where: { $0.id == id }) else {
        throw ArgumentRefusal("--change", "\(familyID) has no involvement \(id)")
      }
      var involvement = family.involvements[index]
      if let functions { involvement.functions = functions }
      if let start { involvement.from = start }
      if let stop { involvement.to = stop }
      if let end = involvement.to, end < involvement.from {
        throw ArgumentRefusal("--to", "\(end) is before its start \(involvement.from)")
      }
      if let earlier = family.involvements.first(where: { $0.id != id && $0.repeats(involvement) })
      {
        throw StoreError.refused("\(earlier.id) already records this; nothing was recorded")
      }
      family.involvements[index] = involvement
      let stillDirects = family.involvements.contains {
        $0.professional == involvement.professional && $0.functions.contains(.direction)
      }
      var stopped = false
      if family.plan.director == involvement.professional, !stillDirects {
        family.plan.director = nil
        stopped = true
      }
      return (involvement, stopped)
    }
  }

  /// Ends involvement `id` on `stop`.
  package func endInvolvement(
    _ id: String, on stop: Day, family familyID: String, by author: String
  ) throws -> Recorded<Involvement> {
    try changeFamily(familyID, by: author, what: "ended involvement \(id)") { family in
      guard let index = family.involvements.firstIndex(where: { $0.id == id }) else {
        throw ArgumentRefusal("--end", "\(familyID) has no involvement \(id)")
      }
      family.involvements[index].to = stop
      return family.involvements[index]
    }
  }

  /// Adds to and removes from the lists of the family plan, saying `what`
  /// in the plan's own change log too. Removals first, by the numbers as
  /// listed before this change; an item already in a list is refused.
  package func changePlan(
    _ changes: [PlanListChange], what: String, family familyID: String, by author: String,
    at now: Timestamp
  ) throws -> Recorded<Void> {
    try changeFamily(familyID, by: author, what: what) { family in
      for change in changes {
        var items = family.plan[keyPath: change.list]
        var gone: [Int] = []
        for wanted in change.remove {
          let text = wanted.trimmed
          let position = Int(text).map { $0 - 1 } ?? items.firstIndex { $0.trimmed == text }
          guard let position, items.indices.contains(position), !gone.contains(position) else {
            throw ArgumentRefusal(
              "--remove-\(change.option)",
              "\(familyID) has no \(change.word.dropLast()) \"\(text)\" (see tafel plan \(familyID))"
            )
          }
          gone.append(position)
        }
        for position in gone.sorted(by: >) { items.remove(at: position) }
        for added in change.add {
          let text = added.trimmed
          guard !items.contains(where: { Folding.fold($0) == Folding.fold(text) }) else {
            throw ArgumentRefusal(
              "--\(change.option)",
              "\"\(text)\" is already in the plan's \(change.word); nothing was recorded")
          }
          items.append(text)
        }
        family.plan[keyPath: change.list] = items
      }
      family.plan.changes.append(ChangeRecord(by: author, at: now, what: what))
    }
  }

  /// Records the request for discussion; the one it replaces is kept, not
  /// dropped (why the family came to the table before), and the chain step
  /// `request-for-discussion` is recorded on its day unless one is there.
  /// The value: the request replaced, and the step recorded.
  package func recordRequest(
    _ request: RequestForDiscussion, fromOrganisation organisation: String,
    family familyID: String, by author: String
  ) throws -> Recorded<(replaced: RequestForDiscussion?, step: ChainEvent?)> {
    try changeFamily(
      familyID, by: author, what: "recorded the request for discussion of \(request.date)"
    ) { family in
      let earlier = family.request
      if let earlier, earlier != request {
        family.earlierRequests = (family.earlierRequests ?? []) + [earlier]
      }
      family.request = request
      let recorded = family.events.contains {
        $0.kind == .requestForDiscussion && $0.date == request.date
      }
      let step =
        recorded
        ? nil
        : family.record(
          event: ChainEvent(
            id: "", date: request.date, kind: .requestForDiscussion, from: organisation),
          replica: replica)
      return (earlier, step)
    }
  }

  /// What became of an agreement, as its owner reported or the table set it
  /// at `meeting` (the rules are `Family.review`'s: `AgreementRefusal`).
  package func reviewAgreement(
    _ agreementID: String, status: AgreementStatus, note: String?, on day: Day, by who: String,
    meeting: String?, what: String, family familyID: String, author: String, at now: Timestamp
  ) throws -> Recorded<AgreementReview> {
    try changeFamily(familyID, by: author, what: what) { family in
      try family.review(
        agreement: agreementID, status: status, note: note, on: day, by: who, meeting: meeting,
        at: now, replica: replica)
    }
  }

  /// The family's name and municipality (`what` says what changed).
  package func renameFamily(
    _ familyID: String, name: String, municipality: String, what: String, by author: String
  ) throws -> Recorded<Void> {
    try changeFamily(familyID, by: author, what: what) { family in
      family.name = name
      family.municipality = municipality
    }
  }

  /// Records consent given (one record a person, or one for whoever gave it).
  package func recordConsent(
    _ given: [Consent], what: String, family familyID: String, by author: String
  ) throws -> Recorded<Void> {
    try changeFamily(familyID, by: author, what: what) { $0.consent += given }
  }

  /// Withdraws consent number `number` (from 1) on `day`: not one withdrawn
  /// already, nor on a day before it was given.
  package func withdrawConsent(
    _ number: Int, on day: Day, what: String, family familyID: String, by author: String
  ) throws -> Recorded<Void> {
    try changeFamily(familyID, by: author, what: what) { family in
      guard family.consent.indices.contains(number - 1) else {
        throw StoreError.refused("\(familyID) has no consent number \(number)")
      }
      let consent = family.consent[number - 1]
      if let withdrawn = consent.withdrawn {
        throw StoreError.refused(
          "consent \(number) of \(familyID) was withdrawn on \(withdrawn)")
      }
      if day < consent.date {
        throw ArgumentRefusal("--date", "\(day) is before the consent was given (\(consent.date))")
      }
      family.consent[number - 1].withdrawn = day
    }
  }

  /// Who holds the child's safety: taken, offered to another organisation,
  /// agreed while waiting, or an offer answered (the rules are the family's:
  /// `SafetyRefusal`). An answer by a professional of another organisation
  /// than the one offered is refused, against the offer as it stands.
  package func changeSafety(
    _ change: SafetyChange, on day: Day, what: String, family familyID: String, by author: String
  ) throws -> Recorded<SafetyResponsibility> {
    try changeFamily(familyID, by: author, what: what) { family in
      switch change {
      case .take(let organisation, let professional, let agreements):
        return try family.takeSafety(
          organisation: organisation, professional: professional, on: day,
          agreements: agreements, replica: replica)
      case .offer(let organisation, let professional, let agreements):
        return try family.offerSafety(
          to: organisation, professional: professional, on: day, agreements: agreements,
          replica: replica)
      case .agree(let agreements):
        return try family.addSafetyAgreements(agreements)
      case .answer(let answer, let who, let reason, let professional):
        if let professional, let offered = family.openSafetyOffer,
          professional.organisation != offered.organisation
        {
          throw ArgumentRefusal(
            "--professional",
            "\(professional.name) works for \(professional.organisation), not \(offered.organisation)"
          )
        }
        return try family.answerSafetyOffer(
          answer, by: who, on: day, reason: reason, professional: professional?.id)
      }
    }
  }

  /// One change of a family's file and its receipt.
  private func changeFamily<Value: Sendable>(
    _ familyID: String, by author: String, what: String,
    _ change: (inout Family) throws -> Value
  ) throws -> Recorded<Value> {
    let value = try updateFamily(familyID, by: author, what: what, change)
    return Recorded(value: value, receipt: receipt([relativePath(family: familyID)]))
  }
}
