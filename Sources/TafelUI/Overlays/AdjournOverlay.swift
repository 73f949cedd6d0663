// `a` on a case: adjourning asks why (said at the table, it goes into the
// minutes) and, when it is known, the later meeting the case moves to — one
// that exists, chosen with ↑↓ or typed; there it appears carried over, with
// its reason and its kind. Tab moves between the two, Enter adjourns, Esc
// goes back without changing anything; a meeting that is not there is
// refused in the form, and what was typed stays.

import TafelCore
import TafelScreen

package final class AdjournOverlay: Overlay {
  package let meetingID: String
  package let familyID: String
  package internal(set) var reason = TextField(multiline: false, wrapWidth: 60)
  package internal(set) var target = TextField(multiline: false, wrapWidth: 30)
  /// 0: the reason, 1: the meeting it moves to.
  package internal(set) var focus = 0
  package internal(set) var problem: String?

  package init(meetingID: String, familyID: String) {
    self.meetingID = meetingID
    self.familyID = familyID
  }

  package var actionContext: ActionContext { .adjourn }

  package var hasUnsavedWork: Bool { !reason.isEmpty || !target.isEmpty }

  package func frame(in area: Rect) -> Rect {
    area.centred(width: min(area.width, 76), height: 9)
  }

  package func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    let language = context.language
    switch ActionTable.action(for: key, in: [.adjourn]) {
    case .adjournCancel:
      return .close([])
    case .adjournOtherField:
      focus = 1 - focus
    case .adjournChooseMeeting:
      guard focus == 1 else {
        focus = 1
        return .stay([])
      }
      let later = context.data.laterMeetings
      guard !later.isEmpty else {
        problem = language.pick(
          "No later meeting exists yet: leave empty, or make one first (tafel meeting create).",
          "Er is nog geen latere vergadering: laat leeg, of maak er eerst een (tafel meeting create)."
        )
        return .stay([])
      }
      let step = key == .up ? -1 : 1
      let current = later.firstIndex(of: target.text.trimmed)
      let next =
        current.map { ($0 + step + later.count) % later.count } ?? (step > 0 ? 0 : later.count - 1)
      target.setText(later[next])
      problem = nil
    case .adjournSave:
      // Enter, or Ctrl-S as in the other forms.
      let why = reason.text.trimmed
      guard !why.isEmpty else {
        problem = language.pick(
          "Say why the case is adjourned.", "Zeg waarom de casus wordt aangehouden.")
        focus = 0
        return .stay([])
      }
      let moveTo = target.text.trimmed
      if !moveTo.isEmpty {
        guard let day = Meeting.date(fromID: moveTo), moveTo != meetingID else {
          problem = language.pick(
            "\"\(moveTo)\" is not a later meeting (JBT-YYYY-MM-DD).",
            "\"\(moveTo)\" is geen latere vergadering (JBT-JJJJ-MM-DD).")
          focus = 1
          return .stay([])
        }
        if day < context.data.today {
          problem = language.pick("\(moveTo) lies in the past.", "\(moveTo) ligt in het verleden.")
          focus = 1
          return .stay([])
        }
        // Only a meeting that exists, open: the case would otherwise be
        // adjourned to nowhere (the store refuses it, and what was typed is lost).
        let later = context.data.laterMeetings
        if !later.contains(moveTo) {
          let offered =
            later.isEmpty
            ? language.pick("none yet", "nog geen") : later.prefix(2).joined(separator: ", ")
          problem = language.pick(
            "No open meeting \(moveTo); ↑↓: \(offered)",
            "Geen open vergadering \(moveTo); ↑↓: \(offered)")
          focus = 1
          return .stay([])
        }
      }
      return .close([
        .adjournCase(
          meetingID: meetingID, familyID: familyID, reason: why,
          to: moveTo.isEmpty ? nil : moveTo)
      ])
    default:
      if focus == 0 { reason.handle(key) } else { target.handle(key) }
      problem = nil
    }
    return .stay([])
  }

  package func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    let language = context.language
    let family = context.data.families[familyID]
    let name = family.map { context.familyLabel(id: $0.id, name: $0.name) } ?? familyID
    let inside = grid.drawBox(area, title: language.pick("Adjourn", "Aanhouden") + " — " + name)
    guard inside.height >= 5 else { return }
    grid.cursor = nil
    let labels = [language.pick("Why", "Waarom"), language.pick("Moves to", "Naar")]
    let fields = [reason, target]
    for row in 0..<2 {
      let text = fields[row].visibleLines().first ?? ""
      let first = context.data.laterMeetings.first
      let shown =
        text.isEmpty && focus != row && row == 1
        ? (first.map {
          language.pick(
            "↑↓ e.g. \($0) (empty: not planned yet)", "↑↓ bv. \($0) (leeg: nog niet gepland)")
        }
          ?? language.pick(
            "no later meeting yet (empty: not planned yet)",
            "nog geen latere vergadering (leeg: nog niet gepland)")) : text
      FormRow.draw(
        labels[row], labelWidth: 10, shown: shown, field: fields[row], focused: focus == row,
        into: &grid, x: inside.x, y: inside.y + row * 2, width: inside.width)
    }
    let hint =
      problem
      ?? language.pick(
        "Tab: next field · ↑↓ a later meeting · Enter adjourns · Esc goes back",
        "Tab: volgend veld · ↑↓ vergadering · Enter houdt aan · Esc terug")
    grid.put(
      hint, x: inside.x, y: inside.maxY - 1, maxWidth: inside.width,
      role: problem == nil ? .dim : .error)
  }
}
