// Who holds responsibility for the child's safety now ("zicht op
// veiligheid"), apart from who directs the help: the inspectorates asked the
// chain for it for every child that waits, the RvdK's investigation
// included. Responsibility passes by a handover the receiving organisation
// accepts or refuses, with a reason; until it accepts, the one before keeps it.

package enum HandoverAnswer: String, Codable, CaseIterable, Sendable {
  case accepted
  case refused
}

package struct SafetyResponsibility: Codable, Hashable, Sendable, Identifiable {
  /// Unique within the family, e.g. "S2".
  package var id: String
  /// The organisation that holds (or is offered) it.
  package var organisation: String
  /// Its professional, if one is named.
  package var professional: String?
  /// For a handover: the organisation that offered it, and when.
  package var offeredBy: String?
  package var offeredOn: Day?
  /// For a handover: accepted or refused, when and by whom; absent while unanswered.
  package var answer: HandoverAnswer?
  package var answeredOn: Day?
  package var answeredBy: String?
  /// Why it was refused (required then), or a note with the acceptance.
  package var reason: String?
  /// The first day it held: the day it was taken up, or the day a handover was accepted.
  package var from: Day?
  /// The day it passed on (the next holder's first day).
  package var to: Day?
  /// The agreements that hold while the family waits (for the RvdK, for help to start).
  package var agreements: [String]?

  package init(
    id: String, organisation: String, professional: String? = nil, offeredBy: String? = nil,
    offeredOn: Day? = nil, from: Day? = nil, agreements: [String]? = nil
  ) {
    self.id = id
    self.organisation = organisation
    self.professional = professional
    self.offeredBy = offeredBy
    self.offeredOn = offeredOn
    self.from = from
    self.agreements = agreements
  }

  /// Whether it is a handover no one has answered yet.
  package var isOpenOffer: Bool { offeredBy != nil && answer == nil }

  /// Whether it held on `day`.
  package func holds(on day: Day) -> Bool {
    guard let from, from <= day else { return false }
    return to.map { day < $0 } ?? true
  }
}

extension Family {
  /// Who holds the child's safety on `day`, if anyone.
  package func safetyHolder(on day: Day) -> SafetyResponsibility? {
    (safety ?? []).last { $0.holds(on: day) }
  }

  /// The holder whose responsibility has not passed on: the one who took it
  /// up last (two replicas may each have recorded one; `check` names that).
  package var currentSafety: SafetyResponsibility? {
    (safety ?? []).filter { $0.from != nil && $0.to == nil }.max { $0.from! < $1.from! }
  }

  /// The last day anything was recorded about the child's safety: a record
  /// after it cannot be dated before it.
  var lastSafetyDay: Day? {
    (safety ?? []).flatMap { [$0.from, $0.offeredOn, $0.answeredOn, $0.to] }.compactMap { $0 }
      .max()
  }

  /// The handover waiting for an answer, if any (at most one at a time).
  package var openSafetyOffer: SafetyResponsibility? { (safety ?? []).last { $0.isOpenOffer } }

  /// "S3" (on replica "b": "S3-b").
  package func nextSafetyID(replica: String? = nil) -> String {
    Family.nextNumber(prefix: "S", among: (safety ?? []).map(\.id), replica: replica)
  }
}

/// What can go wrong recording safety responsibility, in words for the commands.
package struct SafetyRefusal: Error, Hashable, Sendable, CustomStringConvertible {
  package var description: String
  package init(_ description: String) { self.description = description }
}

extension Family {
  /// Records that `organisation` holds the child's safety from `day` (no
  /// handover: the first holder, or a change the table made). The holder
  /// before it holds it until then.
  package mutating func takeSafety(
    organisation: String, professional: String?, on day: Day, agreements: [String],
    replica: String? = nil
  ) throws(SafetyRefusal) -> SafetyResponsibility {
    if let offer = openSafetyOffer {
      throw SafetyRefusal(
        "a handover to \(offer.organisation) offered on \(offer.offeredOn?.description ?? "?") waits for an answer; accept or refuse it first"
      )
    }
    if let current = currentSafety, let from = current.from, day < from {
      throw SafetyRefusal("\(day) is before the current holder took it up (\(from))")
    }
    if let last = lastSafetyDay, day < last {
      throw SafetyRefusal("\(day) is before the last record of the child's safety (\(last))")
    }
    let open = (safety ?? []).filter { $0.from != nil && $0.to == nil }
    if open.count == 1, currentSafety?.organisation == organisation {
      throw SafetyRefusal("\(organisation) already holds the child's safety")
    }
    endCurrent(on: day)
    let taken = SafetyResponsibility(
      id: nextSafetyID(replica: replica), organisation: organisation, professional: professional,
      from: day,
      agreements: agreements.isEmpty ? nil : agreements)
    safety = (safety ?? []) + [taken]
    return taken
  }

  /// Offers the child's safety to `organisation`; the current holder keeps it
  /// until the offer is accepted.
  package mutating func offerSafety(
    to organisation: String, professional: String?, on day: Day, agreements: [String],
    replica: String? = nil
  ) throws(SafetyRefusal) -> SafetyResponsibility {
    guard let current = currentSafety else {
      throw SafetyRefusal(
        "nobody holds the child's safety to hand it over; record who does with --holder")
    }
    if current.organisation == organisation {
      throw SafetyRefusal("\(organisation) already holds the child's safety")
    }
    if let from = current.from, day < from {
      throw SafetyRefusal("\(day) is before the current holder took it up (\(from))")
    }
    if let offer = openSafetyOffer {
      throw SafetyRefusal(
        "a handover to \(offer.organisation) already waits for an answer; it is answered first")
    }
    let offer = SafetyResponsibility(
      id: nextSafetyID(replica: replica), organisation: organisation, professional: professional,
      offeredBy: current.organisation, offeredOn: day,
      agreements: agreements.isEmpty ? nil : agreements)
    safety = (safety ?? []) + [offer]
    return offer
  }

  /// Adds what holds while the family waits to the current holder's record.
  package mutating func addSafetyAgreements(_ agreements: [String]) throws(SafetyRefusal)
    -> SafetyResponsibility
  {
    guard let current = currentSafety,
      let index = safety?.lastIndex(where: { $0.id == current.id })
    else {
      throw SafetyRefusal(
        "nobody holds the child's safety to keep these agreements; record who does with --holder")
    }
    safety![index].agreements = (current.agreements ?? []) + agreements
    return safety![index]
  }

  /// The receiving organisation's answer to the open handover; with an
  /// acceptance it may name its professional.
  package mutating func answerSafetyOffer(
    _ answer: HandoverAnswer, by: String, on day: Day, reason: String?,
    professional: String? = nil
  ) throws(SafetyRefusal) -> SafetyResponsibility {
    guard let offer = openSafetyOffer,
      let index = safety?.lastIndex(where: { $0.id == offer.id })
    else { throw SafetyRefusal("no handover waits for an answer") }
    if let offered = offer.offeredOn, day < offered {
      throw SafetyRefusal("\(day) is before the handover was offered (\(offered))")
    }
    if answer == .accepted, let from = currentSafety?.from, day < from {
      throw SafetyRefusal("\(day) is before the current holder took it up (\(from))")
    }
    // After a sync, another holder may have been recorded meanwhile.
    if answer == .accepted, let by = offer.offeredBy, currentSafety?.organisation != by {
      throw SafetyRefusal(
        "the handover was offered by \(by), who no longer holds the child's safety; refuse it, and offer it again from the holder"
      )
    }
    if answer == .refused, reason?.trimmed.isEmpty ?? true {
      throw SafetyRefusal("a refusal says why (--reason)")
    }
    if answer == .accepted { endCurrent(on: day) }
    safety![index].answer = answer
    safety![index].answeredOn = day
    safety![index].answeredBy = by
    safety![index].reason = reason?.trimmed.nonEmpty
    if answer == .accepted {
      safety![index].from = day
      if let professional { safety![index].professional = professional }
    }
    return safety![index]
  }

  /// Ends every responsibility still open (after a sync there can be two).
  private mutating func endCurrent(on day: Day) {
    for index in (safety ?? []).indices where safety![index].from != nil && safety![index].to == nil
    {
      safety![index].to = day
    }
  }
}
