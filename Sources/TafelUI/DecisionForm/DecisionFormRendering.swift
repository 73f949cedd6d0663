// How the decision form looks: a label column, the fields wrapped to the
// box, the agreements as a small table, a message line for refusals and
// answers. The body scrolls so the cursor stays in view; the focused field
// is marked with ▸ so the form reads without colour.

import TafelCore
import TafelScreen

enum DecisionFormRendering {
  static let labelWidth = 22

  /// One row of the form body; `field` is the field it belongs to and
  /// `cursorX` the cursor's column on this row, when it stands here.
  struct BodyLine {
    var spans: [Span]
    var field: DecisionFormField?
    var cursorX: Int?
  }

  static func render(
    _ overlay: DecisionFormOverlay, into grid: inout CellGrid, area: Rect, context: BoardContext
  ) {
    let language = context.language
    let family = context.data.families[overlay.familyID]
    let name = family.map { context.familyLabel(id: $0.id, name: $0.name) } ?? overlay.familyID
    let title: String
    if overlay.phase == .reviewing {
      title =
        language.pick("Read back before storing", "Voorlezen vóór bewaren") + " — " + name
    } else if let superseded = overlay.form.supersedes {
      // Two decisions in force together (a sync brought them) are corrected at once.
      let all = ChainWords.list([superseded] + (family?.inForceBeside(superseded) ?? []), language)
      title = language.pick("Correct \(all)", "Verbeter \(all)") + " — " + name
    } else {
      title = language.pick("Decision", "Besluit") + " — " + name + " · " + overlay.familyID
    }
    let inside = grid.drawBox(area, title: title)
    guard inside.height >= 4, inside.width >= labelWidth + 12 else { return }
    let fieldWidth = inside.width - labelWidth - 1
    overlay.form.setWrapWidths(fieldWidth)
    let lines =
      overlay.phase == .reviewing
      ? previewLines(overlay, width: inside.width, context: context)
      : meanwhileLines(overlay.meanwhile, width: inside.width, context: context)
        + bodyLines(overlay.form, width: fieldWidth, context: context)

    // Two rows stay for the message and the hint below the body.
    let bodyHeight = inside.height - 2
    let cursorRow = lines.firstIndex { $0.cursorX != nil }
    let fieldRows = lines.indices.filter { lines[$0].field == overlay.form.focus }
    if let first = fieldRows.first, let last = fieldRows.last {
      if last >= overlay.scroll + bodyHeight { overlay.scroll = last - bodyHeight + 1 }
      if first < overlay.scroll { overlay.scroll = first }
    }
    if let cursorRow {
      if cursorRow >= overlay.scroll + bodyHeight { overlay.scroll = cursorRow - bodyHeight + 1 }
      if cursorRow < overlay.scroll { overlay.scroll = cursorRow }
    }
    overlay.scroll = max(0, min(overlay.scroll, max(0, lines.count - bodyHeight)))

    grid.cursor = nil
    for row in 0..<bodyHeight {
      let index = overlay.scroll + row
      guard lines.indices.contains(index) else { break }
      let line = lines[index]
      grid.put(line.spans, x: inside.x, y: inside.y + row, maxWidth: inside.width)
      if let cursorX = line.cursorX, overlay.phase == .editing {
        grid.cursor = Position(x: inside.x + labelWidth + cursorX, y: inside.y + row)
      }
    }
    if overlay.scroll > 0 {
      grid.put("↑", x: inside.maxX, y: inside.y, role: .dim)
    }
    if overlay.scroll + bodyHeight < lines.count {
      grid.put("↓", x: inside.maxX, y: inside.y + bodyHeight - 1, role: .dim)
    }

    let messageY = inside.maxY - 2
    grid.put(
      String(repeating: "─", count: inside.width), x: inside.x, y: messageY, role: .overlay)
    let (text, role) = statusLine(overlay, context: context)
    // One line; a longer one ends in "…" rather than in half a name.
    grid.put(
      DisplayWidth.truncate(text, to: inside.width), x: inside.x, y: messageY + 1,
      maxWidth: inside.width, role: role)
  }

  /// The line under the body: a question, the answer of the loop, or a hint for the field.
  static func statusLine(_ overlay: DecisionFormOverlay, context: BoardContext) -> (
    String, StyleRole
  ) {
    let language = context.language
    switch overlay.phase {
    case .offeringDraft(let record):
      let when =
        record.savedAt.seconds == 0
        ? ""
        : " " + language.pick("from ", "van ") + clock(record.savedAt, context: context)
      return (
        language.pick(
          "A draft\(when) exists. Restore it? (y = restore, n = throw away)",
          "Er is een concept\(when). Terugzetten? (j = terugzetten, n = weggooien)"), .warning
      )
    case .confirmingDiscard:
      return (
        language.pick(
          "Throw away what you typed? (y/n)", "Weggooien wat je hebt getypt? (j/n)"), .warning
      )
    default:
      break
    }
    if let message = overlay.message { return (message.text, message.role) }
    switch overlay.form.focus {
    case .outcome:
      let last = overlay.form.outcomes.count
      return (
        language.pick("↑↓ or 1–\(last) choose the outcome", "↑↓ of 1–\(last) kies de uitkomst"),
        .dim
      )
    case .agreementOwner:
      let choices = overlay.form.ownerChoices.joined(separator: " · ")
      return (language.pick("↑↓ pick: ", "↑↓ kies: ") + choices, .dim)
    case .agreementDue, .deadline:
      return (language.pick("a date: YYYY-MM-DD", "een datum: JJJJ-MM-DD"), .dim)
    case .addAgreement:
      return (
        language.pick(
          "Enter adds an agreement · Ctrl-D removes one",
          "Enter voegt een afspraak toe · Ctrl-D verwijdert er een"),
        .dim
      )
    default:
      return ("", .dim)
    }
  }

  static func clock(_ time: Timestamp, context: BoardContext) -> String {
    let local = context.data.zone.local(time)
    let day = local.day == context.data.today ? "" : "\(local.day) "
    return day + two(local.hour) + ":" + two(local.minute)
  }

  // MARK: Body

  /// The decision stored meanwhile, whole, above the fields the chair typed:
  /// who and when, the outcome, the rationale, the agreements and the views.
  static func meanwhileLines(_ decision: Decision?, width: Int, context: BoardContext)
    -> [BodyLine]
  {
    guard let decision else { return [] }
    let language = context.language
    var lines: [BodyLine] = []
    func add(_ text: String, _ role: StyleRole, indent: String = "  ") {
      for row in DisplayWidth.wrap(text, to: max(1, width - indent.count)) {
        lines.append(BodyLine(spans: [Span(indent + row, role)], field: nil))
      }
    }
    let when = clock(decision.time, context: context)
    add(
      language.pick(
        "Stored meanwhile: \(decision.id), \(when), by \(decision.recordedBy) — kept below unless you remove it",
        "Intussen bewaard: \(decision.id), \(when), door \(decision.recordedBy) — hieronder behouden tenzij je het weghaalt"
      ), .warning, indent: "")
    add(
      language.pick("Outcome: ", "Uitkomst: ") + MinutesWords.outcome(decision.outcome, language)
        + (decision.outcomeText.map { ": " + $0 } ?? ""), .dim)
    add(language.pick("Rationale: ", "Onderbouwing: ") + decision.rationale, .dim)
    for (index, agreement) in decision.agreements.enumerated() {
      let owner = agreement.owner.isEmpty ? "" : " — " + agreement.owner
      let due = agreement.due.map { " — \($0)" } ?? ""
      add(
        language.pick("Agreement", "Afspraak") + " \(index + 1): " + agreement.what + owner + due,
        .dim)
    }
    for (label, text) in [
      (language.pick("Parents: ", "Ouders: "), decision.parentsView),
      (language.pick("Child: ", "Kind: "), decision.childView),
      (language.pick("Child not heard: ", "Kind niet gehoord: "), decision.childNotHeard),
      (language.pick("Dissent: ", "Afwijkend: "), decision.dissent),
    ] {
      if let text, !text.isEmpty { add(label + text, .dim) }
    }
    lines.append(BodyLine(spans: [], field: nil))
    return lines
  }

  static func bodyLines(_ form: DecisionForm, width: Int, context: BoardContext) -> [BodyLine] {
    let language = context.language
    var lines: [BodyLine] = []

    func label(_ text: String, _ field: DecisionFormField?, required: Bool = false) -> Span {
      let focused = field != nil && form.focus == field
      let marker = focused ? "▸ " : "  "
      let full = marker + text + (required ? " *" : "")
      return Span(DisplayWidth.pad(full, to: labelWidth), focused ? .focusTitle : .overlayTitle)
    }
    let blank = Span(String(repeating: " ", count: labelWidth), .overlay)

    /// A dimmed note under a field, wrapped (never cut: it may hold a date).
    func note(_ text: String, field: DecisionFormField?) {
      for row in DisplayWidth.wrap(text, to: width) {
        lines.append(BodyLine(spans: [blank, Span(row, .dim)], field: field))
      }
    }

    func text(
      _ field: DecisionFormField, _ labelText: String, minRows: Int, required: Bool = false
    ) {
      guard let textField = form.textField(field) else { return }
      let focused = form.focus == field
      let rows = textField.visibleLines()
      let cursor = focused ? textField.cursorPosition() : nil
      let count = max(minRows, rows.count, (cursor?.y ?? 0) + 1)
      for row in 0..<count {
        let head = row == 0 ? label(labelText, field, required: required) : blank
        var content = row < rows.count ? rows[row] : ""
        var role: StyleRole = focused ? .input : .overlay
        if !focused, textField.isEmpty, row == 0 {
          content = "—"
          role = .dim
        }
        let body = Span(DisplayWidth.pad(content, to: width), role)
        lines.append(
          BodyLine(
            spans: [head, body], field: field, cursorX: cursor?.y == row ? cursor?.x : nil))
      }
    }

    // Outcome: the whole list while it has the cursor, else the chosen one.
    if form.focus == .outcome {
      for (index, outcome) in form.outcomes.enumerated() {
        let chosen = form.outcome == outcome
        let head =
          index == 0 ? label(language.pick("Outcome", "Uitkomst"), .outcome, required: true) : blank
        let mark = chosen ? "(•)" : "( )"
        // A long outcome wraps under its words, never cut: "(drang)" is what
        // tells options 1–3 apart.
        let words = DisplayWidth.wrap(outcome.label(language), to: max(1, width - 6))
        for (row, part) in words.enumerated() {
          lines.append(
            BodyLine(
              spans: [
                row == 0 ? head : blank,
                Span(
                  (row == 0 ? "\(index + 1) \(mark) " : "      ") + part,
                  chosen ? .input : .overlay),
              ],
              field: .outcome,
              cursorX: row == 0 && (chosen || (form.outcome == nil && index == 0)) ? 3 : nil))
        }
      }
    } else {
      let chosen = form.outcome.map { $0.label(language) }
      let words = DisplayWidth.wrap(
        chosen ?? language.pick("— not chosen", "— niet gekozen"), to: max(1, width))
      for (row, part) in words.enumerated() {
        lines.append(
          BodyLine(
            spans: [
              row == 0
                ? label(language.pick("Outcome", "Uitkomst"), .outcome, required: true) : blank,
              Span(part, chosen == nil ? .dim : .overlay),
            ], field: .outcome))
      }
    }
    if form.showsOutcomeText {
      text(.outcomeText, language.pick("Other: what", "Anders: wat"), minRows: 1, required: true)
    }
    if form.showsDeadline {
      let months = context.data.info.settings.drangMaximumMonths
      let latest = context.data.today.adding(months: months)
      text(.deadline, language.pick("Deadline", "Termijn"), minRows: 1, required: true)
      note(
        language.pick(
          "YYYY-MM-DD, at most \(months) months ahead (latest \(latest))",
          "JJJJ-MM-DD, hoogstens \(months) maanden vooruit (uiterlijk \(latest))"),
        field: .deadline)
    }
    lines.append(BodyLine(spans: [], field: nil))
    text(.rationale, language.pick("Rationale", "Onderbouwing"), minRows: 3, required: true)
    lines.append(BodyLine(spans: [], field: nil))

    // Agreements as a table: what / owner / due.
    let dueWidth = 11
    let ownerWidth = min(26, max(10, width / 4))
    let whatWidth = max(8, width - 4 - ownerWidth - dueWidth - 2)
    lines.append(
      BodyLine(
        spans: [
          label(language.pick("Agreements", "Afspraken"), nil, required: form.outcome == .drang),
          Span(
            "#   " + DisplayWidth.pad(language.pick("What", "Wat"), to: whatWidth + 1)
              + DisplayWidth.pad(language.pick("Owner", "Wie"), to: ownerWidth + 1)
              + language.pick("Due", "Wanneer"), .dim),
        ], field: nil))
    for (row, agreement) in form.agreements.enumerated() {
      let columns: [(DecisionFormField, TextField, Int, Int)] = [
        (.agreementWhat(row), agreement.what, 4, whatWidth),
        (.agreementOwner(row), agreement.owner, 4 + whatWidth + 1, ownerWidth),
        (.agreementDue(row), agreement.due, 4 + whatWidth + 1 + ownerWidth + 1, dueWidth),
      ]
      let wrapped = columns.map { $0.1.visibleLines() }
      let height = max(1, wrapped.map(\.count).max() ?? 1)
      for line in 0..<height {
        var spans: [Span] = []
        var cursorX: Int?
        var fieldOfLine: DecisionFormField = .agreementWhat(row)
        let head = line == 0 ? DisplayWidth.pad("\(row + 1)", to: 4) : "    "
        spans.append(Span(head, .dim))
        for (index, column) in columns.enumerated() {
          let focused = form.focus == column.0
          if focused { fieldOfLine = column.0 }
          let content = line < wrapped[index].count ? wrapped[index][line] : ""
          spans.append(Span(DisplayWidth.pad(content, to: column.3), focused ? .input : .overlay))
          spans.append(Span(" ", .overlay))
          if focused {
            let position = column.1.cursorPosition()
            if position.y == line { cursorX = column.2 + position.x }
          }
        }
        // The row being typed in is marked in the label column, as a field is,
        // so the form reads without colour.
        let onRow = line == 0 && form.focus.agreementRow == row
        let lead =
          onRow
          ? Span(DisplayWidth.pad("  ▸", to: labelWidth), .focusTitle) : blank
        lines.append(BodyLine(spans: [lead] + spans, field: fieldOfLine, cursorX: cursorX))
      }
    }
    let addFocused = form.focus == .addAgreement
    lines.append(
      BodyLine(
        spans: [
          blank,
          Span(
            language.pick(
              "+ add an agreement (Enter, Ctrl-N)", "+ afspraak toevoegen (Enter, Ctrl-N)"),
            addFocused ? .selected : .dim),
        ], field: .addAgreement, cursorX: addFocused ? 0 : nil))
    lines.append(BodyLine(spans: [], field: nil))

    text(.parentsView, language.pick("Parents' view", "Visie ouders"), minRows: 2)
    let childRequired = form.childViewRequired
    text(
      .childView, language.pick("Child's view", "Visie kind"), minRows: 2, required: childRequired)
    if form.showsChildNotHeard {
      text(.childNotHeard, language.pick("Not heard, because", "Niet gehoord, omdat"), minRows: 1)
    }
    if childRequired {
      // Under the two fields it explains, and scrolled into view with them.
      note(
        language.pick(
          "* a child of 12 or older is on this case: the view, or why the child was not heard",
          "* er is een kind van 12 of ouder: de visie, of waarom het kind niet is gehoord"),
        field: form.showsChildNotHeard ? .childNotHeard : .childView)
    }
    text(.dissent, language.pick("Dissent", "Afwijkende mening"), minRows: 1)
    if form.supersedes != nil {
      // Asked of every correction; once the meeting is closed, saving needs it.
      text(
        .correctionReason, language.pick("Why corrected", "Waarom verbeterd"), minRows: 1)
    }
    return lines
  }

  /// The decision as it will be stored, laid out as the read-back shows a saved one.
  static func previewLines(_ overlay: DecisionFormOverlay, width: Int, context: BoardContext)
    -> [BodyLine]
  {
    guard let family = context.data.families[overlay.familyID] else { return [] }
    let draft = overlay.form.draft
    let agreements = draft.agreements.filter { !$0.isBlank }.map {
      Agreement(what: $0.what.trimmed, owner: $0.owner.trimmed, due: Day($0.due.trimmed))
    }
    let preview = Decision(
      id: family.nextDecisionID(replica: context.data.replica), family: family.id,
      meeting: draft.meeting,
      time: context.data.now, outcome: draft.outcome ?? .other,
      outcomeText: draft.outcomeText.trimmed.nonEmpty,
      deadline: draft.outcome == .drang ? Day(draft.deadline.trimmed) : nil,
      rationale: draft.rationale, agreements: agreements,
      parentsView: draft.parentsView.trimmed.nonEmpty, childView: draft.childView.trimmed.nonEmpty,
      childNotHeard: draft.childNotHeard.trimmed.nonEmpty, dissent: draft.dissent.trimmed.nonEmpty,
      present: draft.present, recordedBy: context.user, supersedes: draft.supersedes)
    return ReadBackOverlay.lines(preview, family: family, width: width, context: context).map {
      BodyLine(spans: $0.spans, field: nil, cursorX: nil)
    }
  }
}

extension DecisionForm {
  /// Wraps every field to the width the form is drawn at, so that Up/Down
  /// move over the rows the chair sees.
  mutating func setWrapWidths(_ width: Int) {
    let dueWidth = 11
    let ownerWidth = min(26, max(10, width / 4))
    let whatWidth = max(8, width - 4 - ownerWidth - dueWidth - 2)
    outcomeText.wrapWidth = width
    deadline.wrapWidth = dueWidth
    rationale.wrapWidth = width
    parentsView.wrapWidth = width
    childView.wrapWidth = width
    childNotHeard.wrapWidth = width
    dissent.wrapWidth = width
    correctionReason.wrapWidth = width
    for row in agreements.indices {
      agreements[row].what.wrapWidth = whatWidth
      agreements[row].owner.wrapWidth = ownerWidth
      agreements[row].due.wrapWidth = dueWidth
    }
  }

}
