// Who sits at the table for a case: parents, the child, the applicant, LT,
// VT, RvdK, GI, the chair and secretary of the meeting, network and others,
// with names from the family, its involved professionals and the meeting.
// Space moves a person's mark on (not recorded → present → sent apologies →
// did not come), Delete removes an entry, Enter saves through
// `Request.setAttendance`; names not on file are typed on an add row, one for
// every role the minutes know (network, interpreter, RvdK, VT, …, other).

import TafelCore
import TafelScreen

package final class AttendanceOverlay: Overlay {
  package let meetingID: String
  package let familyID: String
  package internal(set) var attendees: [Attendee]
  let initial: [Attendee]
  /// The row with the cursor: attendees first, then an add row per role.
  package internal(set) var selected = 0
  /// The roles of the add rows, in order: the people most often added
  /// first, "other" last.
  package static let addOrder: [AttendeeRole] = [
    .network, .interpreter, .rvdk, .vt, .lt, .gi, .applicant, .parent, .child, .chair,
    .secretary, .other,
  ]
  /// The add rows this table offers: the order above, kept to the roles
  /// the region's settings name.
  package internal(set) var addRoles: [AttendeeRole] = AttendanceOverlay.addOrder
  /// What is typed on each add row, by role.
  package internal(set) var newNames: [AttendeeRole: TextField] = [:]
  var confirming = false
  /// The people the list is made from (family, professionals, chair,
  /// secretary): Delete resets their mark, it cannot take them off the list.
  var invited: [String] = []

  package init(meetingID: String, familyID: String, attendees: [Attendee]) {
    self.meetingID = meetingID
    self.familyID = familyID
    self.attendees = attendees
    self.initial = attendees
  }

  /// The form for a family on the agenda, or nil when it is not on the meeting's agenda.
  package convenience init?(family: Family, context: BoardContext) {
    guard let meeting = context.data.meeting,
      let item = meeting.items.first(where: { $0.family == family.id })
    else { return nil }
    self.init(
      meetingID: meeting.id, familyID: family.id,
      attendees: AttendanceOverlay.candidates(
        family: family, directory: context.data.directory, today: context.data.today,
        recorded: item.attendance, meeting: meeting))
    invited = AttendanceOverlay.candidates(
      family: family, directory: context.data.directory, today: context.data.today, recorded: [],
      meeting: meeting
    ).map(\.name)
    let roles = context.data.info.settings.roles
    addRoles = AttendanceOverlay.addOrder.filter(roles.contains)
  }

  /// Everyone who may be at the table, in the order of the roles, with what
  /// was recorded before kept as it was.
  package static func candidates(
    family: Family, directory: Directory, today: Day, recorded: [Attendee],
    meeting: Meeting? = nil
  ) -> [Attendee] {
    var people: [Attendee] = []
    func add(_ role: AttendeeRole, _ name: String) {
      guard !name.isEmpty, !people.contains(where: { samePerson($0.name, name) }) else { return }
      // What was recorded before wins: its role, its wording of the name, its tick.
      if let before = recorded.first(where: { samePerson($0.name, name) }) {
        people.append(before)
      } else {
        people.append(Attendee(role: role, name: name, present: false))
      }
    }
    for member in family.members where member.role != .child { add(.parent, member.name) }
    for member in family.children where (member.age(on: today) ?? 0) >= DecisionRules.childVoiceAge
    {
      add(.child, member.name)
    }
    if let request = family.request {
      add(.applicant, directory.professional(request.from)?.name ?? request.from)
    }
    var professionals: [(AttendeeRole, String)] = []
    for involvement in family.involvements where involvement.isActive(on: today) {
      guard let professional = directory.professional(involvement.professional) else { continue }
      let kind = directory.organisation(professional.organisation)?.kind
      professionals.append((role(for: kind), professional.name))
    }
    let order = AttendeeRole.allCases
    for (role, name) in professionals.sorted(by: {
      order.firstIndex(of: $0.0)! < order.firstIndex(of: $1.0)!
    }) {
      add(role, name)
    }
    // The chair and the secretary sit at every case; they come from the meeting.
    if let meeting {
      add(.chair, meeting.chair)
      add(.secretary, meeting.secretary)
    }
    for attendee in recorded where !people.contains(where: { samePerson($0.name, attendee.name) }) {
      people.append(attendee)
    }
    return people
  }

  /// "Karin Oosterveld" and "Karin Oosterveld (Lokaal Team Ede)" are one person.
  static func samePerson(_ one: String, _ other: String) -> Bool {
    one == other || one.hasPrefix(other + " (") || other.hasPrefix(one + " (")
  }

  static func role(for kind: OrganisationKind?) -> AttendeeRole {
    switch kind {
    case .localTeam, .accessTeam: .lt
    case .veiligThuis: .vt
    case .rvdk: .rvdk
    case .gi: .gi
    default: .other
    }
  }

  /// The role as the minutes name it, with a capital (one word per role everywhere).
  static func label(_ role: AttendeeRole, _ language: Language) -> String {
    let word = MinutesWords.role(role, language)
    return word.prefix(1).uppercased() + word.dropFirst()
  }

  package var actionContext: ActionContext { confirming ? .confirm : .attendance }

  package var hasUnsavedWork: Bool {
    attendees != initial || newNames.values.contains { !$0.isEmpty }
  }

  package func frame(in area: Rect) -> Rect {
    area.centred(
      width: min(area.width, 90),
      height: min(area.height, attendees.count + addRoles.count + 5))
  }

  var rowCount: Int { attendees.count + addRoles.count }

  /// The role of the add row `row` (counted from the top of the list), if it is one.
  package func addRole(at row: Int) -> AttendeeRole? {
    let index = row - attendees.count
    return addRoles.indices.contains(index)
      ? addRoles[index] : nil
  }

  package func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    if key == .resize || ActionTable.action(for: key, in: [.board]) == .redraw { return .pass }
    if confirming {
      switch ActionTable.action(for: key, in: [.confirm]) {
      case .confirmYes: return .close([])
      case .confirmNo:
        confirming = false
        return .stay([])
      default: return .stay([])
      }
    }
    let onPerson = selected < attendees.count
    switch ActionTable.action(for: key, in: [.attendance]) {
    case .attendanceUp: selected = max(0, selected - 1)
    case .attendanceDown: selected = min(rowCount - 1, selected + 1)
    case .attendanceFirst: selected = 0
    case .attendanceLast: selected = rowCount - 1
    case .attendanceCancel:
      if hasUnsavedWork { confirming = true } else { return .close([]) }
    case .attendanceSave:
      if selected >= attendees.count, addTyped() { return .stay([]) }
      return .close([
        .setAttendance(meetingID: meetingID, familyID: familyID, attendance: attendees)
      ])
    case .formToggle where onPerson:
      attendees[selected].mark = attendees[selected].mark.next
    case .formRemoveEntry where onPerson:
      let name = attendees[selected].name
      if invited.contains(where: { AttendanceOverlay.samePerson($0, name) }) {
        attendees[selected].mark = .notRecorded
      } else {
        attendees.remove(at: selected)
        selected = min(selected, rowCount - 1)
      }
    default:
      if let role = addRole(at: selected) {
        var field = newNames[role] ?? TextField(multiline: false, wrapWidth: 40)
        field.handle(key)
        newNames[role] = field
      }
    }
    return .stay([])
  }

  /// Adds the name typed on an add row as present; false when nothing was typed.
  private func addTyped() -> Bool {
    guard let role = addRole(at: selected) else { return false }
    let name = (newNames[role]?.text ?? "").trimmed
    guard !name.isEmpty else { return false }
    attendees.append(Attendee(role: role, name: name, mark: .present))
    newNames[role] = nil
    selected += 1
    return true
  }

  /// The role as the list's column shows it: short enough for 12 columns.
  static func columnLabel(_ role: AttendeeRole, _ language: Language) -> String {
    role == .network ? language.pick("Network", "Netwerk") : label(role, language)
  }

  /// The column of the marks' words: the longest of them.
  static func markWidth(_ language: Language) -> Int {
    [AttendanceMark.present, .sentApologies, .didNotCome].map {
      DisplayWidth.of(MinutesWords.mark($0, language))
    }.max() ?? 0
  }

  /// A mark that reads apart from the others without colour.
  static func box(_ mark: AttendanceMark) -> String {
    switch mark {
    case .present: "[x]"
    case .notRecorded: "[ ]"
    case .sentApologies: "[-]"
    case .didNotCome: "[!]"
    }
  }

  /// The notice line after saving: whose attendance, and how it reads now.
  package static func savedNotice(_ attendance: [Attendee], family: String, _ language: Language)
    -> String
  {
    let counts = [AttendanceMark.present, .sentApologies, .didNotCome, .notRecorded].compactMap {
      mark -> String? in
      let count = attendance.filter { $0.mark == mark }.count
      return count == 0 ? nil : "\(count) \(MinutesWords.mark(mark, language))"
    }
    return language.pick("Attendance saved for ", "Aanwezigheid bewaard voor ") + family + ": "
      + (counts.isEmpty
        ? language.pick("nobody listed", "niemand vermeld") : counts.joined(separator: ", "))
  }

  package func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    let language = context.language
    let family = context.data.families[familyID]
    let name = family.map { context.familyLabel(id: $0.id, name: $0.name) } ?? familyID
    let inside = grid.drawBox(area, title: language.pick("Present", "Aanwezig") + " — " + name)
    guard inside.height >= 3 else { return }
    grid.cursor = nil
    let showNames = context.mayShowNames(of: familyID)
    let count = attendees.filter(\.present).count
    let open = attendees.filter { $0.mark == .notRecorded }.count
    grid.put(
      language.pick(
        "\(count) of \(attendees.count) present · \(open) not recorded",
        "\(count) van \(attendees.count) aanwezig · \(open) niet vastgelegd"),
      x: inside.x, y: inside.y, maxWidth: inside.width, role: .dim)
    // Rows scroll so the selected one stays in view.
    let listHeight = max(1, inside.height - 3)
    let top = max(0, min(selected - listHeight + 1, rowCount - listHeight))
    for row in 0..<listHeight {
      let index = top + row
      guard index < rowCount else { break }
      let y = inside.y + 1 + row
      let isSelected = index == selected
      let role: StyleRole = isSelected ? .selected : .overlay
      let pointer = isSelected ? "▸ " : "  "
      if index < attendees.count {
        let attendee = attendees[index]
        let shown =
          showNames || attendee.role != .parent && attendee.role != .child
          ? attendee.name : Privacy.initials(of: attendee.name)
        // The mark's word has a column of its own before the name: a long
        // name is cut at its end, never the word that says who came.
        let word = attendee.mark == .notRecorded ? "" : MinutesWords.mark(attendee.mark, language)
        let line =
          pointer + AttendanceOverlay.box(attendee.mark) + " "
          + DisplayWidth.pad(AttendanceOverlay.columnLabel(attendee.role, language), to: 12) + " "
          + DisplayWidth.pad(word, to: AttendanceOverlay.markWidth(language)) + " " + shown
        grid.put(DisplayWidth.pad(line, to: inside.width), x: inside.x, y: y, role: role)
      } else {
        let addRole = self.addRole(at: index) ?? .other
        let field = newNames[addRole] ?? TextField(multiline: false, wrapWidth: 40)
        // The add rows line up with the roles above (box of 4).
        let label =
          pointer + "+   "
          + DisplayWidth.pad(AttendanceOverlay.columnLabel(addRole, language), to: 13)
        let used = grid.put(label, x: inside.x, y: y, role: role)
        let text =
          field.isEmpty && !isSelected ? language.pick("type a name", "typ een naam") : field.text
        grid.put(
          DisplayWidth.pad(text, to: inside.width - used), x: inside.x + used, y: y,
          role: isSelected ? .input : .dim)
        if isSelected {
          grid.cursor = Position(
            x: inside.x + used + min(field.cursorPosition().x, inside.width - used - 1), y: y)
        }
      }
    }
    // More rows than fit: arrows at the edge say there is more above or below.
    if top > 0 { grid.put("↑", x: inside.maxX, y: inside.y + 1, role: .dim) }
    if top + listHeight < rowCount {
      grid.put("↓", x: inside.maxX, y: inside.y + listHeight, role: .dim)
    }
    let hint =
      confirming
      ? language.pick("Throw away the changes? (y/n)", "Wijzigingen weggooien? (j/n)")
      : language.pick(
        "Space: present, sent apologies, did not come, not recorded · Delete removes · "
          + "Enter saves (+ row: adds) · Esc closes",
        "Spatie: aanwezig, afgemeld, niet verschenen, niet vastgelegd · Delete verwijdert · "
          + "Enter bewaart (+-regel: voegt toe) · Esc sluit")
    // Two rows under the list: a narrow overlay wraps the hint instead of cutting it.
    var rows = Array(DisplayWidth.wrap(hint, to: inside.width).prefix(2))
    if DisplayWidth.wrap(hint, to: inside.width).count > 2, let last = rows.last {
      rows[rows.count - 1] = DisplayWidth.truncate(last + " …", to: inside.width)
    }
    for (offset, row) in rows.enumerated() {
      grid.put(
        row, x: inside.x, y: inside.maxY - rows.count + offset, maxWidth: inside.width,
        role: confirming ? .warning : .dim)
    }
  }
}
