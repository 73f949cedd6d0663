// What it takes to record a decision, in one place for the board's form and
// for `tafel decide`: the draft as typed, the rules it must meet (each refusal
// names its field), and the recording itself — a new numbered decision, its
// agreements turned into actions of the one family plan.

package struct AgreementDraft: Codable, Hashable, Sendable {
  package var what: String
  package var owner: String
  /// As typed: empty, or "YYYY-MM-DD".
  package var due: String

  package init(what: String = "", owner: String = "", due: String = "") {
    self.what = what
    self.owner = owner
    self.due = due
  }

  package var isBlank: Bool {
    what.trimmed.isEmpty && owner.trimmed.isEmpty && due.trimmed.isEmpty
  }
}

/// A decision as it is being typed. Every text is kept exactly as typed, so
/// that a refusal never loses input.
package struct DecisionDraft: Codable, Hashable, Sendable {
  package var outcome: Outcome?
  package var outcomeText: String
  /// As typed: empty, or "YYYY-MM-DD" (required for drang).
  package var deadline: String
  package var rationale: String
  package var agreements: [AgreementDraft]
  package var parentsView: String
  package var childView: String
  package var childNotHeard: String
  package var dissent: String
  package var present: [String]
  package var meeting: String?
  package var supersedes: String?
  /// For a correction: why it is made (required once the meeting is closed).
  package var correctionReason: String?

  package init(
    outcome: Outcome? = nil, outcomeText: String = "", deadline: String = "",
    rationale: String = "", agreements: [AgreementDraft] = [], parentsView: String = "",
    childView: String = "", childNotHeard: String = "", dissent: String = "",
    present: [String] = [], meeting: String? = nil, supersedes: String? = nil
  ) {
    self.outcome = outcome
    self.outcomeText = outcomeText
    self.deadline = deadline
    self.rationale = rationale
    self.agreements = agreements
    self.parentsView = parentsView
    self.childView = childView
    self.childNotHeard = childNotHeard
    self.dissent = dissent
    self.present = present
    self.meeting = meeting
    self.supersedes = supersedes
  }

  /// The draft a recorded decision would have been typed as (to check a
  /// decision written some other way by the same rules).
  package init(of decision: Decision) {
    self.init(
      outcome: decision.outcome, outcomeText: decision.outcomeText ?? "",
      deadline: decision.deadline?.description ?? "", rationale: decision.rationale,
      agreements: decision.agreements.map {
        AgreementDraft(what: $0.what, owner: $0.owner, due: $0.due?.description ?? "")
      },
      parentsView: decision.parentsView ?? "", childView: decision.childView ?? "",
      childNotHeard: decision.childNotHeard ?? "", dissent: decision.dissent ?? "",
      present: decision.present, meeting: decision.meeting, supersedes: decision.supersedes)
    correctionReason = decision.correctionReason
  }

  /// A draft for correcting `decision`: everything prefilled, superseding it.
  package init(correcting decision: Decision) {
    self.init(of: decision)
    supersedes = decision.id
    correctionReason = nil
  }
}

/// The part of a draft a refusal is about.
package enum DecisionField: Hashable, Sendable {
  case outcome
  case outcomeText
  case deadline
  case rationale
  case agreements
  case agreementWhat(Int)
  case agreementDue(Int)
  case childView
  /// The meeting the decision is taken at has not sat yet.
  case meeting
  case supersedes
  /// Another decision for this case at this meeting is in force (its id):
  /// the new one can only be stored as a correction of it.
  case inForce(String)
}

package struct DecisionRefusal: Error, Hashable, Sendable, CustomStringConvertible {
  package var field: DecisionField
  /// English and Dutch wording of the same refusal.
  package var english: String
  package var dutch: String

  package init(_ field: DecisionField, english: String, dutch: String) {
    self.field = field
    self.english = english
    self.dutch = dutch
  }

  package var description: String { english }
}

package enum DecisionRules {
  /// A child of this age or older is heard at the table, or the reason why not is written.
  package static let childVoiceAge = 12
}

extension Family {
  /// Children of 12 or older on `day`: their view (or why not heard) is required.
  package func childrenToHear(on day: Day) -> [Member] {
    children.filter { ($0.age(on: day) ?? 0) >= DecisionRules.childVoiceAge }
  }

  /// Every rule the draft breaks, in form order; empty when it can be saved.
  /// `settings` are the region's: the outcomes it offers and how long drang may run.
  package func refusals(
    of draft: DecisionDraft, today: Day, settings: RegionSettings = RegionSettings()
  )
    -> [DecisionRefusal]
  {
    var refusals: [DecisionRefusal] = []
    // A decision is taken at its meeting, never before it sits.
    if let meeting = draft.meeting, let sits = Meeting.date(fromID: meeting), sits > today {
      return [
        DecisionRefusal(
          .meeting,
          english:
            "meeting: \(meeting) sits on \(sits), after \(today); a decision is recorded at or after its meeting",
          dutch:
            "vergadering: \(meeting) is op \(sits), na \(today); een besluit wordt bij of na de vergadering vastgelegd"
        )
      ]
    }
    guard let outcome = draft.outcome else {
      return [
        DecisionRefusal(
          .outcome, english: "outcome: choose an outcome", dutch: "uitkomst: kies een uitkomst")
      ]
    }
    if !settings.outcomes.contains(outcome) {
      let offered = settings.outcomes.map(\.rawValue).joined(separator: ", ")
      return [
        DecisionRefusal(
          .outcome,
          english: "outcome: \(outcome.rawValue) is not an outcome this table offers (\(offered))",
          dutch:
            "uitkomst: \(outcome.rawValue) is geen uitkomst van deze tafel (\(offered))")
      ]
    }
    // The RvdK's decision on the table's request is another body's act: a
    // correction that drops the request cannot take it back.
    if let superseded = draft.supersedes, outcome != .investigation {
      let replaced = Set([superseded] + inForceBeside(superseded))
      for (request, answer) in Family.rvdkAnswers(steps: chainSteps)
      where replaced.contains(request.decision ?? "") {
        guard let answer, answer.kind.isRvdKDecision else { continue }
        return [
          DecisionRefusal(
            .outcome,
            english:
              "outcome: the RvdK decided on the request of \(superseded) on \(answer.date) (\(answer.id)); a correction cannot take the request back: record what follows at a later meeting",
            dutch:
              "uitkomst: de Raad heeft op \(answer.date) op het verzoek van \(superseded) besloten (\(answer.id)); een verbetering kan het verzoek niet terugnemen: leg het vervolg vast in een latere vergadering"
          )
        ]
      }
    }
    if outcome == .other, draft.outcomeText.trimmed.isEmpty {
      refusals.append(
        DecisionRefusal(
          .outcomeText, english: "outcome: describe the other outcome",
          dutch: "uitkomst: beschrijf de andere uitkomst"))
    }
    if outcome == .drang {
      let months = settings.drangMaximumMonths
      let latest = today.adding(months: months)
      if let deadline = Day(draft.deadline.trimmed) {
        if deadline <= today {
          refusals.append(
            DecisionRefusal(
              .deadline, english: "deadline: \(deadline) is not after today",
              dutch: "termijn: \(deadline) ligt niet na vandaag"))
        } else if deadline > latest {
          refusals.append(
            DecisionRefusal(
              .deadline,
              english:
                "deadline: \(deadline) is more than \(months) months ahead (latest \(latest))",
              dutch:
                "termijn: \(deadline) ligt meer dan \(months) maanden vooruit (uiterlijk \(latest))"
            )
          )
        }
      } else {
        refusals.append(
          DecisionRefusal(
            .deadline,
            english: draft.deadline.trimmed.isEmpty
              ? "deadline: drang needs a deadline (YYYY-MM-DD)"
              : "deadline: \"\(draft.deadline)\" is not a date (YYYY-MM-DD)",
            dutch: draft.deadline.trimmed.isEmpty
              ? "termijn: drang vraagt een termijn (JJJJ-MM-DD)"
              : "termijn: \"\(draft.deadline)\" is geen datum (JJJJ-MM-DD)"))
      }
    }
    if draft.rationale.trimmed.isEmpty {
      refusals.append(
        DecisionRefusal(
          .rationale, english: "rationale: write why the table decided this",
          dutch: "onderbouwing: schrijf waarom de tafel dit besluit"))
    }
    let agreements = draft.agreements.filter { !$0.isBlank }
    if outcome == .drang, agreements.isEmpty {
      refusals.append(
        DecisionRefusal(
          .agreements, english: "agreements: drang needs at least one agreement",
          dutch: "afspraken: drang vraagt minstens één afspraak"))
    }
    for (index, agreement) in draft.agreements.enumerated() where !agreement.isBlank {
      if agreement.what.trimmed.isEmpty {
        refusals.append(
          DecisionRefusal(
            .agreementWhat(index), english: "agreement \(index + 1): say what is agreed",
            dutch: "afspraak \(index + 1): zeg wat er is afgesproken"))
      }
      let due = agreement.due.trimmed
      if !due.isEmpty {
        if let day = Day(due) {
          if day < today {
            refusals.append(
              DecisionRefusal(
                .agreementDue(index),
                english: "agreement \(index + 1): due date \(day) lies in the past",
                dutch: "afspraak \(index + 1): datum \(day) ligt in het verleden"))
          }
        } else {
          refusals.append(
            DecisionRefusal(
              .agreementDue(index),
              english: "agreement \(index + 1): due date \"\(due)\" is not a date (YYYY-MM-DD)",
              dutch: "afspraak \(index + 1): datum \"\(due)\" is geen datum (JJJJ-MM-DD)"))
        }
      }
    }
    if !childrenToHear(on: today).isEmpty, draft.childView.trimmed.isEmpty,
      draft.childNotHeard.trimmed.isEmpty
    {
      refusals.append(
        DecisionRefusal(
          .childView,
          english:
            "child's view: a child of 12 or older is on this case: write the view, or why the child was not heard",
          dutch:
            "visie kind: er is een kind van 12 of ouder: schrijf de visie, of waarom het kind niet is gehoord"
        ))
    }
    // At most one decision is in force per case per meeting: a second one,
    // from another terminal or `tafel decide`, must name the one it corrects.
    // (After a sync there may be several in force; correcting any of them will do.)
    let together = Set(
      decisionsInForceTogether.first { $0.meeting == draft.meeting }?.decisions.map(\.id) ?? [])
    if let meeting = draft.meeting, let standing = inForce(at: meeting),
      draft.supersedes != standing.id, !together.contains(draft.supersedes ?? "")
    {
      let when = "\(standing.day) \(TimeZoneRule.amsterdam.local(standing.time).clock)"
      refusals.append(
        DecisionRefusal(
          .inForce(standing.id),
          english:
            "\(standing.id) (\(standing.outcome.rawValue), \(when), by \(standing.recordedBy)) is already "
            + "in force for this case at \(meeting); store this one as a correction of it",
          dutch:
            "\(standing.id) (\(standing.outcome.rawValue), \(when), door \(standing.recordedBy)) geldt al "
            + "voor deze casus bij \(meeting); bewaar dit besluit als verbetering ervan"))
    }
    if let supersedes = draft.supersedes {
      if decision(supersedes) == nil {
        refusals.append(
          DecisionRefusal(
            .supersedes, english: "supersedes: no decision \(supersedes) in family \(id)",
            dutch: "vervangt: geen besluit \(supersedes) bij gezin \(id)"))
      } else if let correction = correction(of: supersedes) {
        refusals.append(
          DecisionRefusal(
            .supersedes,
            english:
              "supersedes: \(supersedes) was already corrected by \(correction.id); correct that one",
            dutch:
              "vervangt: \(supersedes) is al verbeterd door \(correction.id); verbeter dat besluit")
        )
      }
    }
    return refusals
  }

  /// The decision in force for this family's case at `meeting`: the last one
  /// taken there that no later decision corrects.
  package func inForce(at meeting: String) -> Decision? {
    let corrected = correctedIDs
    return decisions.last { $0.meeting == meeting && !corrected.contains($0.id) }
  }

  /// The id the next decision of this family gets: "<family>-D001", "-D002",
  /// …; on a tagged replica "-D003-b" (numbered on from every replica's).
  package func nextDecisionID(replica: String? = nil) -> String {
    let prefix = id + "-D"
    let highest =
      decisions.compactMap { decision -> Int? in
        guard decision.id.hasPrefix(prefix) else { return nil }
        return Int(ReplicaTag.untagged(decision.id.dropFirst(prefix.count)))
      }.max() ?? 0
    return ReplicaTag.tagged(prefix + zeroPadded(highest + 1, 3), replica)
  }

  /// The other decisions a correction of `superseded` replaces too: those
  /// in force together with it at its meeting (a sync brought them).
  package func inForceBeside(_ superseded: String) -> [String] {
    guard let meeting = decisions.first(where: { $0.id == superseded })?.meeting,
      let together = decisionsInForceTogether.first(where: { $0.meeting == meeting })
    else { return [] }
    return together.decisions.map(\.id).filter { $0 != superseded }
  }

  /// Records the draft as a new decision: refuses with the first broken rule,
  /// otherwise appends the decision and turns its agreements into open plan
  /// actions. Open actions of a superseded decision are cancelled.
  @discardableResult
  package mutating func record(
    _ draft: DecisionDraft, time: Timestamp, today: Day, by: String, replica: String? = nil,
    settings: RegionSettings = RegionSettings()
  ) throws(DecisionRefusal) -> Decision {
    if let refusal = refusals(of: draft, today: today, settings: settings).first { throw refusal }
    let agreements = draft.agreements.filter { !$0.isBlank }.map {
      Agreement(what: $0.what.trimmed, owner: $0.owner.trimmed, due: Day($0.due.trimmed))
    }
    var decision = Decision(
      id: nextDecisionID(replica: replica), family: id, meeting: draft.meeting, time: time,
      outcome: draft.outcome!,
      outcomeText: draft.outcomeText.trimmed.nonEmpty,
      deadline: draft.outcome == .drang ? Day(draft.deadline.trimmed) : nil,
      rationale: draft.rationale, agreements: agreements,
      parentsView: draft.parentsView.trimmed.nonEmpty, childView: draft.childView.trimmed.nonEmpty,
      childNotHeard: draft.childNotHeard.trimmed.nonEmpty, dissent: draft.dissent.trimmed.nonEmpty,
      present: draft.present, recordedBy: by, supersedes: draft.supersedes)
    // A correction of one of several decisions in force together at that
    // meeting (a sync brought them) replaces them all.
    if let superseded = draft.supersedes {
      let others = inForceBeside(superseded)
      if !others.isEmpty { decision.resolves = others }
      decision.correctionReason = draft.correctionReason?.trimmed.nonEmpty
    }
    decisions.append(decision)
    // The decision is a chain step: the family's phase follows it unless a
    // step dated later is already recorded (history typed out of order).
    if !events.contains(where: { $0.date > decision.tableDay }) {
      phase = decision.outcome.phase(after: phase)
      // Two offline decisions leave the phase kept two ways; the decision in
      // force now decides it, and the file says so.
      if let kept = conflicts, kept.contains(where: { $0.id == "phase" }) {
        let rest = kept.filter { $0.id != "phase" }
        conflicts = rest.isEmpty ? nil : rest
        changes.append(
          ChangeRecord(
            by: by, at: time,
            what: "\(decision.id) settled the conflict on phase: \"\(phase.rawValue)\""))
      }
    }
    if let superseded = draft.supersedes {
      let replaced = Set([superseded] + (decision.resolves ?? []))
      for index in plan.actions.indices
      where replaced.contains(plan.actions[index].decision ?? "")
        && plan.actions[index].status == .open
      {
        plan.actions[index].status = .cancelled
      }
    }
    for agreement in agreements {
      plan.actions.append(
        PlanAction(
          id: Family.nextNumber(prefix: "A", among: plan.actions.map(\.id), replica: replica),
          what: agreement.what, owner: agreement.owner, due: agreement.due,
          decision: decision.id))
    }
    if decision.supersedes != nil { followReviews(of: decision.id) }
    if !agreements.isEmpty || draft.supersedes != nil {
      plan.changes.append(
        ChangeRecord(by: by, at: time, what: "actions from decision \(decision.id)"))
    }
    return decision
  }
}

extension String {
  /// Without leading and trailing spaces and newlines.
  /// (Found by index, once: removing scalars one by one from a copy was
  /// quadratic in an optimised build — 35 M instructions a decision save.)
  package var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// nil for an empty string.
  package var nonEmpty: String? { isEmpty ? nil : self }
}
