// The demo's meetings: every past sitting a demo decision names (built from
// those decisions, so the log and the agendas agree), today's meeting with
// seven families, and one meeting two weeks ahead.

import TafelCore

enum DemoMeetings {
  static let location = "Gemeentehuis Ede, zaal De Valk"

  static func all(today: Day, staff: DemoStaff, families: [Family]) -> [Meeting] {
    var meetings = past(today: today, staff: staff, families: families)
    meetings.append(todays(today: today, staff: staff, families: families))
    meetings.append(future(today: today, staff: staff, families: families))
    return meetings.sorted { $0.id < $1.id }
  }

  /// One meeting per past meeting id that a decision names; its items are the
  /// families decided there, in the order of their first decision.
  static func past(today: Day, staff: DemoStaff, families: [Family]) -> [Meeting] {
    var firstDecision: [String: [(Timestamp, String)]] = [:]
    for family in families {
      for decision in family.decisions {
        guard let id = decision.meeting, let date = Meeting.date(fromID: id), date < today else {
          continue
        }
        if !(firstDecision[id]?.contains { $0.1 == family.id } ?? false) {
          firstDecision[id, default: []].append((decision.time, family.id))
        }
      }
    }
    return firstDecision.keys.sorted().map { id in
      let date = Meeting.date(fromID: id)!
      let ordered = firstDecision[id]!.sorted { $0.0 < $1.0 }
      let items = ordered.enumerated().map { index, entry in
        let family = families.first { $0.id == entry.1 }!
        let attendance =
          family.decisions.first { $0.meeting == id }?.present.map {
            Attendee(role: role(of: $0), name: $0, present: true)
          } ?? []
        // The case started on the hour before its first decision.
        let hour = min(DemoTime.hour(of: entry.0), 9 + index)
        return AgendaItem(
          family: family.id, start: "\(two(hour)):00", minutes: 60,
          kind: family.decisions.contains { $0.meeting == id && $0.outcome == .extendOTS }
            ? .otsReview : .first,
          status: .decided, startedAt: DemoTime.at(date, hour: hour),
          attendance: attendance)
      }
      // A past sitting was closed by its chair that afternoon, so its
      // minutes are final; a correction made later says it came after.
      return Meeting(
        id: id, date: date, location: location, chair: DemoFamilies.chair(staff),
        secretary: DemoFamilies.secretary(staff), items: items,
        closedAt: DemoTime.at(date, hour: 16), closedBy: DemoFamilies.chair(staff),
        changes: [ChangeRecord(by: "demo", at: DemoTime.at(today, hour: 7), what: "demo data")])
    }
  }

  /// Today's table: first discussions, an OTS review and the review of a
  /// decision not to extend an OTS, from nine o'clock.
  static func todays(today: Day, staff: DemoStaff, families: [Family]) -> Meeting {
    let plan: [(number: Int, start: String, minutes: Int, kind: AgendaKind)] = [
      (52, "09:00", 60, .first),  // Öztürk
      (58, "10:00", 60, .first),  // 王
      (31, "11:00", 45, .otsReview),  // Hoekstra
      (63, "11:45", 60, .first),  // Kramer
      (33, "13:15", 60, .first),  // Bakker
      (71, "14:15", 45, .first),  // Visser
      // The GI decided not to extend Lammers's OTS; the RvdK's review is heard
      // with its three documents.
      (19, "15:00", 45, .otsEnd),  // Lammers
    ]
    let items = plan.map { entry in
      let family = families.first { $0.id.hasSuffix("-" + zeroPadded(entry.number, 4)) }!
      var item = AgendaItem(
        family: family.id, start: entry.start, minutes: entry.minutes, kind: entry.kind,
        attendance: invitations(family, staff: staff, today: today))
      if !entry.kind.requiredDocuments.isEmpty { item.documents = entry.kind.requiredDocuments }
      return item
    }
    return Meeting(
      id: "JBT-\(today)", date: today, location: location, chair: DemoFamilies.chair(staff),
      secretary: DemoFamilies.secretary(staff), items: items,
      changes: [ChangeRecord(by: "demo", at: DemoTime.at(today, hour: 7), what: "demo data")])
  }

  /// The next sitting, two weeks ahead.
  static func future(today: Day, staff: DemoStaff, families: [Family]) -> Meeting {
    let date = today.adding(days: 14)
    let items = [(90, "09:00"), (96, "10:00")].map { number, start in
      let family = families.first { $0.id.hasSuffix("-" + zeroPadded(number, 4)) }!
      return AgendaItem(
        family: family.id, start: start, attendance: invitations(family, staff: staff, today: today)
      )
    }
    return Meeting(
      id: "JBT-\(date)", date: date, location: location, chair: staff.name("jbt-fv", 1),
      secretary: DemoFamilies.secretary(staff), items: items,
      changes: [ChangeRecord(by: "demo", at: DemoTime.at(today, hour: 7), what: "demo data")])
  }

  /// Who is invited for a family: parents, children of 12 or older, and the
  /// professionals involved today (none marked present yet).
  static func invitations(_ family: Family, staff: DemoStaff, today: Day) -> [Attendee] {
    var attendees: [Attendee] = []
    for member in family.members where member.role != .child {
      attendees.append(Attendee(role: .parent, name: member.name, present: false))
    }
    for member in family.members where member.role == .child {
      if let age = member.age(on: today), age >= DecisionRules.childVoiceAge {
        attendees.append(Attendee(role: .child, name: member.name, present: false))
      }
    }
    var seen: Set<String> = []
    for involvement in family.involvements where involvement.isActive(on: today) {
      guard !seen.contains(involvement.professional),
        let professional = staff.directory.professional(involvement.professional),
        let organisation = staff.directory.organisation(professional.organisation)
      else { continue }
      seen.insert(involvement.professional)
      let role: AttendeeRole
      switch organisation.kind {
      case .localTeam, .accessTeam: role = .lt
      case .veiligThuis: role = .vt
      case .rvdk: role = .rvdk
      case .gi: role = .gi
      case .school, .gp, .careProvider, .police: role = .network
      default: role = .other
      }
      attendees.append(
        Attendee(role: role, name: "\(professional.name) (\(organisation.name))", present: false))
    }
    return attendees
  }

  /// The attendee role a "Name (what)" entry of a decision's present list suggests.
  static func role(of entry: String) -> AttendeeRole {
    let lower = entry.lowercased()
    if lower.contains("(vader)") || lower.contains("(moeder)") { return .parent }
    if !lower.contains("(") { return .child }
    if lower.contains("veilig thuis") { return .vt }
    if lower.contains("raad voor de kinderbescherming") { return .rvdk }
    // The table's own people: its chair and secretary, not a GI.
    if lower.contains("jeugdbeschermingstafel") { return .chair }
    if lower.contains("jeugdbescherming") || lower.contains("leger des heils")
      || lower.contains("william schrikker")
    {
      return .gi
    }
    if lower.contains("team") || lower.contains("toegang") { return .lt }
    if lower.contains("jeugdbeschermingstafel") { return .other }
    return .network
  }
}
