// A decision of the table. Decisions are never edited or removed: a
// correction is a new decision whose `supersedes` names the one it replaces.

package enum Outcome: String, Codable, CaseIterable, Sendable {
  /// No RvdK investigation; voluntary help continues.
  case noInvestigation = "no-investigation"
  /// RvdK investigation postponed with agreements (drang), with a deadline ≤ six months.
  case drang
  /// The table asks the RvdK to investigate; the RvdK decides (`rvdk-accept`, `rvdk-reject`).
  case investigation
  /// OTS review: agree to end the OTS.
  case endOTS = "end-ots"
  /// OTS review: advise extension of the OTS.
  case extendOTS = "extend-ots"
  case adjourned
  /// Anything else, described in `outcomeText`.
  case other

  /// The outcomes a decision is recorded with today. Adjourning is not a
  /// decision: it has one way, the adjourn form (`a`, `tafel meeting
  /// adjourn`), which asks why and where the case goes; `adjourned` stays
  /// readable in decisions recorded before.
  package static let offered: [Outcome] = allCases.filter { $0 != .adjourned }
}

package struct Agreement: Codable, Hashable, Sendable {
  package var what: String
  /// A name or professional id; may be empty, which the agreements signal reports.
  package var owner: String
  package var due: Day?

  package init(what: String, owner: String, due: Day? = nil) {
    self.what = what
    self.owner = owner
    self.due = due
  }
}

package struct Decision: Codable, Hashable, Sendable, Identifiable {
  /// "<family id>-D<number>", e.g. "FV-2026-0042-D003".
  package var id: String
  package var family: String
  package var meeting: String?
  package var time: Timestamp

  /// The day the decision was taken, as the calendar at the table reads it.
  /// The rules (the child's voice, drang deadlines) count in Dutch days, so a
  /// decision at 00:30 in Ede is on that day, not on the UTC day before.
  package var day: Day { TimeZoneRule.amsterdam.day(of: time) }

  /// The day of the sitting it was taken at: its meeting's date, else its own day.
  package var tableDay: Day { meeting.flatMap(Meeting.date(fromID:)) ?? day }
  package var outcome: Outcome
  /// The words for `other`, or a clarification of any outcome.
  package var outcomeText: String?
  /// For `drang`: the day by which the agreements must have worked.
  package var deadline: Day?
  package var rationale: String
  package var agreements: [Agreement]
  package var parentsView: String?
  package var childView: String?
  /// Why the child was not heard, when a child of 12 or older was not.
  package var childNotHeard: String?
  package var dissent: String?
  package var present: [String]
  package var recordedBy: String
  package var supersedes: String?
  /// The other decisions in force for the case at the same meeting that
  /// this correction replaces too: after a sync, two replicas may each have
  /// recorded one offline, and a correction settles both.
  package var resolves: [String]?
  /// For a correction: why it was made (asked when the meeting was closed
  /// already, so the record says why it changed afterwards).
  package var correctionReason: String?

  /// Every decision this one corrects: the one it supersedes, then those it resolves.
  package var corrects: [String] { (supersedes.map { [$0] } ?? []) + (resolves ?? []) }

  package init(
    id: String, family: String, meeting: String? = nil, time: Timestamp, outcome: Outcome,
    outcomeText: String? = nil, deadline: Day? = nil, rationale: String,
    agreements: [Agreement] = [], parentsView: String? = nil, childView: String? = nil,
    childNotHeard: String? = nil, dissent: String? = nil, present: [String] = [],
    recordedBy: String, supersedes: String? = nil
  ) {
    self.id = id
    self.family = family
    self.meeting = meeting
    self.time = time
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
    self.recordedBy = recordedBy
    self.supersedes = supersedes
  }

  /// The first line of the rationale, for one-line lists.
  package var rationaleHeadline: String {
    rationale.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
  }
}

extension Decision {
  /// "D003" for "FV-2026-0042-D003", "D003-b" for a replica's "FV-2026-0042-D003-b".
  package static func shortID(_ id: String, family: String) -> String {
    id.hasPrefix(family + "-") ? String(id.dropFirst(family.count + 1)) : id
  }
}
