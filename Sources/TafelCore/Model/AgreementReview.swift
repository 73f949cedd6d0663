// The review of an agreement made at the table. Every agreement of a
// decision has an id of its own, derived from the decision and its place
// ("FV-2026-0052-D003.2"): decisions never change, so the id never does, and
// a store written before needs nothing added. The owning agency reports a
// status before the next meeting, or the table sets it there; the review
// tells "not possible" (circumstances changed) apart from "not done" (the
// agency, or a parent, did not do it). Reviews are kept, oldest first; the latest counts.

package enum AgreementStatus: String, Codable, CaseIterable, Sendable {
  case done
  /// Circumstances changed: the agreement can no longer be carried out.
  case notPossible = "not-possible"
  /// Whoever owned it (an agency, or a parent) did not carry it out.
  case notDone = "not-done"
}

package struct AgreementReview: Codable, Hashable, Sendable, Identifiable {
  /// Unique within the family, e.g. "V2" (R is taken by assessments).
  package var id: String
  /// The agreement's id, "FV-2026-0052-D003.2".
  package var agreement: String
  package var status: AgreementStatus
  package var note: String?
  /// The day the status holds from.
  package var date: Day
  /// Who reported it (the owning agency's professional), or the table's secretary.
  package var by: String
  /// The meeting at which the table set it; absent for a status reported before.
  package var meeting: String?
  package var recordedAt: Timestamp

  package init(
    id: String, agreement: String, status: AgreementStatus, note: String? = nil, date: Day,
    by: String, meeting: String? = nil, recordedAt: Timestamp
  ) {
    self.id = id
    self.agreement = agreement
    self.status = status
    self.note = note
    self.date = date
    self.by = by
    self.meeting = meeting
    self.recordedAt = recordedAt
  }
}

/// One agreement of a decision in force, with its id and its latest review.
package struct AgreementItem: Hashable, Sendable {
  package var id: String
  package var agreement: Agreement
  package var decision: Decision
  /// The plan action the agreement became, if it is in the plan.
  package var action: String?
  package var review: AgreementReview?

  /// "D003.2" for "FV-2026-0052-D003.2".
  package var shortID: String { Decision.shortID(id, family: decision.family) }

  /// Whether the agreement still needs doing: no review, or "not done".
  package var isOpen: Bool { review.map { $0.status == .notDone } ?? true }
}

/// What can go wrong reviewing an agreement, in words for the commands.
package struct AgreementRefusal: Error, Hashable, Sendable, CustomStringConvertible {
  package var description: String
  package init(_ description: String) { self.description = description }
}

extension Decision {
  /// The id of its `index`-th agreement (from 0): "FV-2026-0052-D003.2".
  package func agreementID(_ index: Int) -> String { "\(id).\(index + 1)" }
}

extension Family {
  /// The family id an agreement id belongs to: "FV-2026-0052" for
  /// "FV-2026-0052-D003.2" (nil when it has no decision part).
  package static func owner(ofAgreement id: String) -> String? {
    guard let range = id.range(of: "-D", options: .backwards) else { return nil }
    return String(id[..<range.lowerBound])
  }

  /// The agreements of every decision in force, in the order they were
  /// made, each with the latest review dated on or before `day` (all when nil).
  package func agreementItems(asOf day: Day? = nil) -> [AgreementItem] {
    let corrected = correctedIDs
    var latest: [String: AgreementReview] = [:]
    for review in agreementReviews ?? [] where day.map({ review.date <= $0 }) ?? true {
      if let found = latest[review.agreement],
        (found.date, found.recordedAt) > (review.date, review.recordedAt)
      {
        continue
      }
      latest[review.agreement] = review
    }
    // A correction that repeats an agreement (the same words) keeps what was
    // reported for it: the status follows the agreement, not the decision's id.
    var byID: [String: Decision] = [:]
    for decision in decisions where byID[decision.id] == nil { byID[decision.id] = decision }
    func carried(_ decision: Decision, _ what: String, depth: Int = 0) -> AgreementReview? {
      guard depth < 50 else { return nil }
      for id in decision.corrects {
        guard let old = byID[id] else { continue }
        if let index = old.agreements.firstIndex(where: { $0.what == what }),
          let review = latest[old.agreementID(index)]
        {
          return review
        }
        if let review = carried(old, what, depth: depth + 1) { return review }
      }
      return nil
    }
    var claimed: Set<String> = []
    var items: [AgreementItem] = []
    for decision in decisions.sorted(by: { ($0.time, $0.id) < ($1.time, $1.id) })
    where !corrected.contains(decision.id) {
      for (index, agreement) in decision.agreements.enumerated() {
        let id = decision.agreementID(index)
        let action = plan.actions.first {
          $0.decision == decision.id && $0.what == agreement.what && !claimed.contains($0.id)
        }
        if let action { claimed.insert(action.id) }
        items.append(
          AgreementItem(
            id: id, agreement: agreement, decision: decision, action: action?.id,
            review: latest[id]
              ?? (decision.corrects.isEmpty ? nil : carried(decision, agreement.what))))
      }
    }
    return items
  }

  /// The agreements the table reviews at a sitting on `day`: those of the
  /// decisions taken at earlier sittings that were still open at the last
  /// of them, with their status as reported since.
  package func agreementsToReview(on day: Day) -> [AgreementItem] {
    let corrected = correctedIDs
    let sittings = decisions.filter { !corrected.contains($0.id) }.map(\.tableDay)
    guard let previous = sittings.filter({ $0 < day }).max() else { return [] }
    return agreementItems(asOf: day).filter { item in
      guard item.decision.tableDay < day else { return false }
      guard let review = item.review, review.status != .notDone else { return true }
      // Settled and seen at an earlier sitting: not again.
      return item.decision.tableDay == previous || review.date > previous
    }
  }

  /// Records a status for the agreement `id`. The plan action it became
  /// follows: done → done, not possible → cancelled, not done → open.
  @discardableResult
  package mutating func review(
    agreement id: String, status: AgreementStatus, note: String?, on day: Day, by: String,
    meeting: String?, at time: Timestamp, replica: String? = nil
  ) throws(AgreementRefusal) -> AgreementReview {
    let note = note?.trimmed.nonEmpty
    guard let item = agreementItems().first(where: { $0.id == id }) else {
      if let decision = decisions.first(where: { id.hasPrefix($0.id + ".") }),
        correctedIDs.contains(decision.id)
      {
        throw AgreementRefusal(
          "\(id) belongs to \(decision.id), which a later decision corrected; review the correction's agreements"
        )
      }
      throw AgreementRefusal(
        "\(id) is not an agreement of \(self.id) (see tafel agreement \(self.id))")
    }
    guard item.decision.tableDay <= day else {
      throw AgreementRefusal("\(id) was agreed on \(item.decision.tableDay), after \(day)")
    }
    if status != .done, note == nil {
      throw AgreementRefusal(
        status == .notPossible
          ? "not possible: say what changed (--note)" : "not done: say why (--note)")
    }
    if let last = item.review, last.status == status, last.note == note {
      throw AgreementRefusal(
        "\(id) is \(status.rawValue) already (\(last.id), \(last.date)); nothing new to record")
    }
    if let last = item.review, last.date > day {
      throw AgreementRefusal(
        "\(id) has a status from \(last.date) (\(last.status.rawValue)); a review is not dated before it"
      )
    }
    let review = AgreementReview(
      id: Family.nextNumber(
        prefix: "V", among: (agreementReviews ?? []).map(\.id), replica: replica),
      agreement: id, status: status, note: note, date: day, by: by, meeting: meeting,
      recordedAt: time)
    agreementReviews = (agreementReviews ?? []) + [review]
    if let action = item.action, let index = plan.actions.firstIndex(where: { $0.id == action }) {
      plan.actions[index].status = status.actionStatus
    }
    return review
  }

  /// The plan actions `decision`'s agreements became, set to what was
  /// reported for them (a correction's, carried from the decision it corrects).
  mutating func followReviews(of decision: String) {
    guard agreementReviews != nil else { return }
    for item in agreementItems() where item.decision.id == decision {
      guard let review = item.review, let action = item.action,
        let index = plan.actions.firstIndex(where: { $0.id == action })
      else { continue }
      plan.actions[index].status = review.status.actionStatus
    }
  }
}

extension AgreementStatus {
  /// The plan action's status that follows: done, cancelled (not
  /// possible), or still open (not done).
  package var actionStatus: ActionStatus {
    switch self {
    case .done: .done
    case .notPossible: .cancelled
    case .notDone: .open
    }
  }
}
