// A sitting of the table and its agenda. One file per meeting
// (meetings/<id>.json); the id starts with the date so that today's meeting
// is found from the file names alone.

package enum AgendaKind: String, Codable, CaseIterable, Sendable {
  /// First discussion of a family at the table.
  case first
  /// Review of an OTS coming to its end: end or extension.
  case otsReview = "ots-review"
  /// Drang's deadline has come: were the conditions met (voluntary help
  /// goes on) or not (a request to the RvdK)? Put on the first meeting on
  /// or after the deadline when that meeting is made (DrangCycle).
  case drangEvaluation = "drang-evaluation"
  /// The RvdK's review of the GI's decision not to extend an OTS (toets
  /// beëindiging OTS): scheduled only with its three documents (OTSDocument).
  case otsEnd = "ots-end"
  /// Where a region discusses an extension of an OTS at the table.
  case otsExtension = "ots-extension"

  /// The documents a case of this kind is scheduled with; empty for most.
  package var requiredDocuments: [OTSDocument] { self == .otsEnd ? OTSDocument.allCases : [] }

  /// Whether the case reviews an OTS (any of its kinds).
  package var isOTS: Bool { self == .otsReview || self == .otsEnd || self == .otsExtension }
}

/// The documents the RvdK reviews a decision not to extend an OTS with.
package enum OTSDocument: String, Codable, CaseIterable, Sendable {
  /// The GI's request to end the OTS.
  case requestToEnd = "request-to-end"
  /// The evaluation or closing report.
  case evaluation
  /// The letter with the decision not to extend.
  case decisionLetter = "decision-letter"
}

package enum AgendaStatus: String, Codable, CaseIterable, Sendable {
  case waiting
  case inProgress = "in-progress"
  /// Left the table for now (another case was started); it can be started again.
  case paused
  /// Discussed and finished without a decision.
  case discussed
  case decided
  case adjourned
  /// The meeting closed before the case came up.
  case notReached = "not-reached"
}

/// Who can sit at the table for a case: everyone at a JBT.
package enum AttendeeRole: String, Codable, CaseIterable, Sendable {
  case parent
  case child
  /// Someone from the family's network, or a confidant (*vertrouwenspersoon*).
  case network
  /// Who asked for the case to be discussed (*aanmelder*).
  case applicant
  case lt
  case vt
  case rvdk
  case gi
  case chair
  case secretary
  case interpreter
  case other
}

/// What the record says of one person's attendance: only what was recorded.
/// Attendance not taken is "not recorded", never "absent".
package enum AttendanceMark: String, Codable, CaseIterable, Sendable {
  case notRecorded = "not-recorded"
  case present
  /// Absent, and said so beforehand (*afgemeld*).
  case sentApologies = "sent-apologies"
  /// Absent without a word (*niet verschenen*).
  case didNotCome = "did-not-come"

  /// The next mark in the order the attendance list cycles through.
  package var next: AttendanceMark {
    let all = AttendanceMark.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }
}

package struct Attendee: Codable, Hashable, Sendable {
  package var role: AttendeeRole
  package var name: String
  package var mark: AttendanceMark

  /// Whether the record says this person was there.
  package var present: Bool { mark == .present }

  package init(role: AttendeeRole, name: String, mark: AttendanceMark) {
    self.role = role
    self.name = name
    self.mark = mark
  }

  /// `present: false` is "not recorded": nobody said the person was absent.
  package init(role: AttendeeRole, name: String, present: Bool) {
    self.init(role: role, name: name, mark: present ? .present : .notRecorded)
  }

  enum CodingKeys: String, CodingKey { case role, name, mark, present }

  /// Files of format 1 before marks held only `present`; `false` there was
  /// written for everyone invited whose attendance nobody took, so it is read
  /// as "not recorded", never as "absent".
  package init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    role = try container.decode(AttendeeRole.self, forKey: .role)
    name = try container.decode(String.self, forKey: .name)
    if let mark = try container.decodeIfPresent(AttendanceMark.self, forKey: .mark) {
      self.mark = mark
    } else {
      mark = try container.decode(Bool.self, forKey: .present) ? .present : .notRecorded
    }
  }

  /// Writes the mark, and `present` beside it for readers that know only that.
  package func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(role, forKey: .role)
    try container.encode(name, forKey: .name)
    try container.encode(mark, forKey: .mark)
    try container.encode(present, forKey: .present)
  }
}

extension AgendaItem {
  /// Whether anyone's attendance was recorded for this case.
  package var attendanceTaken: Bool { attendance.contains { $0.mark != .notRecorded } }
}

package struct AgendaItem: Codable, Hashable, Sendable {
  package var family: String
  /// Planned start, "HH:MM".
  package var start: String
  package var minutes: Int
  package var kind: AgendaKind
  package var status: AgendaStatus
  /// When the case last came to the table (the timer runs from here while
  /// it is in progress).
  package var startedAt: Timestamp?
  /// Seconds spent at the table before `startedAt` (earlier stretches; paused
  /// time left out). Absent until the case first leaves the table.
  package var spentSeconds: Int?
  package var attendance: [Attendee]
  /// Why the case was adjourned (said at the table).
  package var adjournedReason: String?
  /// The meeting an adjourned case moves to.
  package var carriedTo: String?
  /// The meeting this case was carried over from.
  package var carriedFrom: String?
  /// Why it was adjourned there: it travels with the case.
  package var carriedReason: String?
  /// For a case scheduled with documents (an OTS end review): those present.
  /// Absent for a case of before, whose documents were not recorded.
  package var documents: [OTSDocument]?

  /// The required documents not present; nil when none were recorded.
  package var missingDocuments: [OTSDocument]? {
    guard let documents else { return kind.requiredDocuments.isEmpty ? [] : nil }
    return kind.requiredDocuments.filter { !documents.contains($0) }
  }

  package init(
    family: String, start: String, minutes: Int = 60, kind: AgendaKind = .first,
    status: AgendaStatus = .waiting, startedAt: Timestamp? = nil, spentSeconds: Int? = nil,
    attendance: [Attendee] = [], adjournedReason: String? = nil, carriedTo: String? = nil,
    carriedFrom: String? = nil
  ) {
    self.adjournedReason = adjournedReason
    self.carriedTo = carriedTo
    self.carriedFrom = carriedFrom
    self.family = family
    self.start = start
    self.minutes = minutes
    self.kind = kind
    self.status = status
    self.startedAt = startedAt
    self.spentSeconds = spentSeconds
    self.attendance = attendance
  }

  /// The time the case spent at the table by `now`: earlier stretches, and
  /// the current one while it is in progress. Paused time is not counted.
  package func secondsAtTable(at now: Timestamp) -> Int {
    let running =
      status == .inProgress ? startedAt.map { max(0, now.seconds - $0.seconds) } ?? 0 : 0
    return (spentSeconds ?? 0) + running
  }

  /// Brings the case to the table now.
  package mutating func start(at now: Timestamp) {
    if status == .inProgress { return }
    status = .inProgress
    startedAt = now
  }

  /// The case leaves the table as `status` (paused, discussed, decided,
  /// adjourned); the time of the stretch that ends is kept.
  package mutating func leave(as status: AgendaStatus, at now: Timestamp) {
    if self.status == .inProgress, let startedAt {
      spentSeconds = (spentSeconds ?? 0) + max(0, now.seconds - startedAt.seconds)
    }
    self.status = status
  }
}

extension Meeting {
  /// One case at the table: `family` is started, and a case still in progress
  /// (started in another terminal, say) is paused, its time kept.
  package mutating func startCase(_ family: String, at now: Timestamp) {
    for index in items.indices where items[index].family != family {
      if items[index].status == .inProgress { items[index].leave(as: .paused, at: now) }
    }
    for index in items.indices where items[index].family == family {
      items[index].start(at: now)
    }
  }

  /// The case at the table now, if any.
  package var caseAtTable: AgendaItem? { items.first { $0.status == .inProgress } }
}

package struct Meeting: Codable, Hashable, Sendable, Identifiable {
  /// "JBT-YYYY-MM-DD", with "-2", "-3" … for a second meeting on one day.
  package var id: String
  package var date: Day
  package var location: String
  package var chair: String
  package var secretary: String
  package var items: [AgendaItem]
  /// When the meeting was closed: its minutes are final from then on.
  package var closedAt: Timestamp?
  /// Who closed it.
  package var closedBy: String?
  /// When it was called off before it sat (`tafel meeting remove`): the file
  /// stays, as the record that it was planned; nothing is put on its agenda.
  package var cancelledAt: Timestamp?
  package var cancelledBy: String?
  package var cancelReason: String?
  package var changes: [ChangeRecord]
  /// Values two replicas changed differently (see Family.conflicts).
  package var conflicts: [MergeConflict]?

  package init(
    id: String, date: Day, location: String = "", chair: String = "", secretary: String = "",
    items: [AgendaItem] = [], closedAt: Timestamp? = nil, closedBy: String? = nil,
    changes: [ChangeRecord] = []
  ) {
    self.closedAt = closedAt
    self.closedBy = closedBy
    self.id = id
    self.date = date
    self.location = location
    self.chair = chair
    self.secretary = secretary
    self.items = items
    self.changes = changes
  }

  /// The date in a meeting id ("JBT-2026-11-29" or "JBT-2026-11-29-2"), read without opening the file.
  package static func date(fromID id: String) -> Day? {
    guard id.hasPrefix("JBT-"), id.count >= 14 else { return nil }
    let start = id.index(id.startIndex, offsetBy: 4)
    let end = id.index(start, offsetBy: 10)
    return Day(String(id[start..<end]))
  }

  /// Today's meeting, else the next one, else the latest — from ids alone.
  package static func pick(fromIDs ids: [String], today: Day) -> String? {
    let dated = ids.compactMap { id in date(fromID: id).map { (id, $0) } }
      .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    if let todays = dated.first(where: { $0.1 == today }) { return todays.0 }
    if let next = dated.first(where: { $0.1 > today }) { return next.0 }
    return dated.last?.0
  }
}
