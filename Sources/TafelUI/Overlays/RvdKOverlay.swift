// `K` on a family: the RvdK's decision on the request waiting for it, as
// `tafel rvdk` records it — investigates or not (←→), the day, the RvdK's
// investigator, the behavioural expert, and the conditions (an acceptance)
// or why not (a rejection, required). Tab moves between the fields, Enter
// records, Esc goes back without changing anything; what was typed stays
// when a field is refused.

import TafelCore
import TafelScreen

package final class RvdKOverlay: Overlay {
  package let familyID: String
  /// The request it answers (its step id), and the day it was made.
  package let request: String
  package let requestDate: Day
  package internal(set) var accepted = true
  package internal(set) var date: TextField
  package internal(set) var by = TextField(multiline: false, wrapWidth: 50)
  package internal(set) var expert = TextField(multiline: false, wrapWidth: 50)
  package internal(set) var text = TextField(multiline: false, wrapWidth: 60)
  /// 0: the answer, 1: the day, 2: the investigator, 3: the expert, 4: conditions or reason.
  package internal(set) var focus = 0
  package internal(set) var problem: String?

  package init(familyID: String, request: String, requestDate: Day, today: Day) {
    self.familyID = familyID
    self.request = request
    self.requestDate = requestDate
    date = TextField(multiline: false, wrapWidth: 10)
    date.setText(today.description)
  }

  package var actionContext: ActionContext { .rvdk }

  package var hasUnsavedWork: Bool { !by.isEmpty || !expert.isEmpty || !text.isEmpty }

  package func frame(in area: Rect) -> Rect {
    area.centred(width: min(area.width, 78), height: 15)
  }

  package func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    let language = context.language
    switch ActionTable.action(for: key, in: [.rvdk]) {
    case .rvdkCancel:
      return .close([])
    case .rvdkNextField:
      focus = (focus + (key == .backTab ? 4 : 1)) % 5
    case .rvdkChooseAnswer where focus == 0:
      accepted.toggle()
      problem = nil
    case .rvdkSave:
      guard let day = Day(date.text.trimmed) else {
        problem = language.pick("The day: YYYY-MM-DD.", "De dag: JJJJ-MM-DD.")
        focus = 1
        return .stay([])
      }
      if day > context.data.today || day < requestDate {
        problem =
          day > context.data.today
          ? language.pick("\(day) is after today.", "\(day) ligt na vandaag.")
          : language.pick(
            "The request was made on \(requestDate): the RvdK decided on or after it.",
            "Het verzoek is van \(requestDate): de Raad besliste op of na die dag.")
        focus = 1
        return .stay([])
      }
      for (field, value) in [(2, by), (3, expert)] where value.text.trimmed.isEmpty {
        problem =
          field == 2
          ? language.pick("Name the RvdK's investigator.", "Noem de raadsonderzoeker.")
          : language.pick(
            "Name the behavioural expert who decided with them.",
            "Noem de gedragsdeskundige die mee besliste.")
        focus = field
        return .stay([])
      }
      let words = text.text.trimmed
      if !accepted, words.isEmpty {
        problem = language.pick(
          "Say why the RvdK does not investigate.", "Zeg waarom de Raad geen onderzoek doet.")
        focus = 4
        return .stay([])
      }
      return .close([
        .recordRvdK(
          familyID: familyID, request: request, accepted: accepted, date: day,
          by: by.text.trimmed, expert: expert.text.trimmed,
          text: words.isEmpty ? nil : words)
      ])
    default:
      switch focus {
      case 1: date.handle(key)
      case 2: by.handle(key)
      case 3: expert.handle(key)
      case 4: text.handle(key)
      default: break
      }
      problem = nil
    }
    return .stay([])
  }

  package func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    let language = context.language
    let family = context.data.families[familyID]
    let name = family.map { context.familyLabel(id: $0.id, name: $0.name) } ?? familyID
    let inside = grid.drawBox(
      area, title: language.pick("The RvdK's decision", "Besluit van de RvdK") + " — " + name)
    guard inside.height >= 11 else { return }
    grid.cursor = nil
    grid.put(
      language.pick("On the table's request of ", "Op het verzoek van ") + requestDate.description,
      x: inside.x, y: inside.y,
      maxWidth: inside.width, role: .dim)
    let answer =
      accepted
      ? language.pick("◀ investigates ▶", "◀ doet onderzoek ▶")
      : language.pick("◀ does not investigate ▶", "◀ doet geen onderzoek ▶")
    let labels = [
      language.pick("The RvdK", "De Raad"), language.pick("On", "Op"),
      language.pick("Decided by", "Besloten door"),
      language.pick("With expert", "Met deskundige"),
      accepted
        ? language.pick("Conditions", "Voorwaarden") : language.pick("Why not", "Waarom niet"),
    ]
    let fields: [TextField?] = [nil, date, by, expert, text]
    for row in 0..<5 {
      FormRow.draw(
        labels[row], labelWidth: 16,
        shown: fields[row].map { $0.visibleLines().first ?? "" } ?? answer, field: fields[row],
        focused: focus == row, into: &grid, x: inside.x, y: inside.y + 2 + row * 2,
        width: inside.width, textRole: .normal)
    }
    let hint =
      problem
      ?? language.pick(
        "←→ investigates or not · Tab: next field · Enter records · Esc goes back",
        "←→ wel/geen onderzoek · Tab: volgend veld · Enter: vastleggen · Esc: terug")
    grid.put(
      hint, x: inside.x, y: inside.maxY - 1, maxWidth: inside.width,
      role: problem == nil ? .dim : .error)
  }
}
