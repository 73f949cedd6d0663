// Drawing the board into a CellGrid: header, agenda, panes, signals, footer,
// then any overlays on top. Nothing here changes what is selected; it only
// keeps scroll positions inside the lists for the size being drawn.

import TafelCore
import TafelScreen

struct PaneCacheKey: Hashable {
  let familyID: String
  let pane: PaneID
  let width: Int
  let showNames: Bool
}

/// A pane's lines for one family and width, and each line wrapped to that
/// width: built once, so that neither sizing the panes nor drawing them
/// wraps text again on every frame.
struct PaneRows {
  let lines: [PaneLine]
  let wrapped: [[[Span]]]

  init(_ lines: [PaneLine], width: Int) {
    self.lines = lines
    wrapped = lines.map { $0.wrapped(to: width) }
  }
}

extension BoardApp {
  package func render(width: Int, height: Int) -> CellGrid {
    var grid = CellGrid(width: width, height: height)
    guard var layout = BoardLayout.make(width: width, height: height, agendaRows: entries.count)
    else {
      self.layout = nil
      // Wrapped, so that the size asked for and the size now are both read
      // whole on a small terminal.
      tooSmall = true
      var lines = DisplayWidth.wrap(
        strings.tooSmall(width: width, height: height), to: max(1, width))
      if lines.count > height {
        lines = DisplayWidth.wrap(
          strings.tooSmallShort(width: width, height: height), to: max(1, width))
      }
      // Fewer rows still: the last ones, which hold the size now.
      lines = Array(lines.suffix(max(0, height)))
      let top = max(0, height / 2 - lines.count / 2)
      for (offset, line) in lines.enumerated() where top + offset < height {
        grid.putCentred(line, y: top + offset, in: grid.bounds, role: .warning)
      }
      return grid
    }
    tooSmall = false
    if self.layout?.width != width || self.layout?.height != height {
      paneCache.removeAll(keepingCapacity: true)
    }
    // The rows of panes shared by what the selected family's panes hold.
    if fullScreen == nil, let familyID = selectedFamilyID, data.families[familyID] != nil,
      let adjusted = BoardLayout.make(
        width: width, height: height, need: paneNeeds(layout, familyID: familyID),
        agendaRows: entries.count)
    {
      layout = adjusted
    }
    self.layout = layout
    drawHeader(into: &grid, layout.header)
    if let pane = fullScreen {
      drawPane(pane, into: &grid, area: layout.body)
    } else {
      for pane in PaneID.allCases {
        if let rect = layout.panes[pane] { drawPane(pane, into: &grid, area: rect) }
      }
      drawSeparators(into: &grid, layout)
    }
    let context = self.context
    for overlay in overlays {
      let area = overlay.frame(in: layout.body)
      overlay.render(into: &grid, area: grid.clip(area), context: context)
    }
    drawFooter(into: &grid, layout.footer)
    return grid
  }

  // MARK: Pane geometry

  func paneArea(_ pane: PaneID) -> Rect? {
    guard let layout else { return nil }
    return fullScreen == pane ? layout.body : layout.panes[pane]
  }

  /// The rows each pane would take, wrapped at its width, title row included.
  private func paneNeeds(_ layout: BoardLayout, familyID: String) -> (
    plan: Int, involved: Int, assessments: Int, decisions: Int
  ) {
    func rows(_ pane: PaneID) -> Int {
      guard let rect = layout.panes[pane] else { return 0 }
      let width = max(1, rect.width - 2)
      return 1
        + paneRows(pane, familyID: familyID, width: width).wrapped.reduce(0) { $0 + $1.count }
    }
    return (rows(.plan), rows(.involved), rows(.assessments), rows(.decisions))
  }

  /// Columns for a pane's text: its width less the selection marker column.
  func paneWidth(_ pane: PaneID) -> Int {
    guard let area = paneArea(pane) else { return 78 }
    return max(1, area.width - 2)
  }

  /// Rows for a pane's list: its height less the title row.
  func visibleRows(_ pane: PaneID) -> Int {
    guard let area = paneArea(pane) else { return 10 }
    return max(1, area.height - 1)
  }

  /// The rows of a pane for one family, built once per family, width and privacy state.
  func paneLines(_ pane: PaneID, familyID: String, width: Int) -> [PaneLine] {
    paneRows(pane, familyID: familyID, width: width).lines
  }

  /// The same with each line wrapped to `width`, from the same cache.
  func paneRows(_ pane: PaneID, familyID: String, width: Int) -> PaneRows {
    let problem = data.unreadable[familyID]
    guard let family = data.families[familyID] else { return PaneRows([], width: width) }
    let showNames = !privateMode || familyID == discussedFamilyID
    let key = PaneCacheKey(familyID: familyID, pane: pane, width: width, showNames: showNames)
    if let cached = paneCache[key] { return cached }
    let input = PaneInput(
      family: family, directory: directoryIndex, today: data.today, strings: strings,
      thresholds: data.info.thresholds, zone: data.zone,
      showNames: showNames, width: width)
    let lines: [PaneLine]
    switch pane {
    case .agenda: lines = []
    case .plan: lines = PlanPane.lines(input)
    case .involved: lines = InvolvedPane.lines(input)
    case .assessments: lines = AssessmentsPane.lines(input)
    case .decisions: lines = DecisionsPane.lines(input)
    case .signals:
      lines =
        (problem.map {
          UnreadableFamily.lines($0, readBefore: true, strings: strings, width: width)
        } ?? [])
        + SignalsPane.lines(
          signals(for: family), strings: strings, showNames: showNames, width: width)
    }
    let rows = PaneRows(lines, width: width)
    paneCache[key] = rows
    return rows
  }

  func signals(for family: Family) -> [Signal] {
    if let cached = signalCache[family.id] { return cached }
    let signals = Signals.evaluate(
      family: family, directory: data.directory, today: data.today,
      thresholds: data.info.thresholds, settings: data.info.settings)
    signalCache[family.id] = signals
    return signals
  }

  /// The marker characters of a family's signals, for its agenda row.
  func markers(for familyID: String) -> String {
    if let cached = markerCache[familyID] { return cached }
    guard let family = data.families[familyID] else { return "" }
    let text = Signals.markers(signals(for: family))
    markerCache[familyID] = text
    return text
  }

  // MARK: Drawing

  /// What a pane shows: its lines (none for the agenda, which draws only
  /// its visible rows), their rows when wrapped already, the family named in
  /// its title, and how many lines it has.
  private struct PaneContent {
    var lines: [PaneLine] = []
    var wrapped: [[[Span]]]?
    var subject = ""
    var count = 0
  }

  /// A pane: its title row, then its lines — wrapped into the rows to
  /// spare when they all fit, else scrolled to the selection.
  private func drawPane(_ pane: PaneID, into grid: inout CellGrid, area: Rect) {
    guard area.height >= 2 else { return }
    let width = max(1, area.width - 2)
    let visible = area.height - 1
    let content = paneContent(pane, width: width)
    var state = lists[pane] ?? ListState()
    state.scrollToSelection(count: content.count, visible: visible)
    lists[pane] = state
    drawPaneTitle(
      pane, subject: content.subject, state: state, count: content.count, visible: visible,
      into: &grid, area: area)
    if pane != .agenda, content.count <= visible {
      paneRowLines[pane] = drawFitting(
        content, state: state, focused: pane == focus, visible: visible, into: &grid, area: area)
    } else {
      paneRowLines[pane] = nil
      drawScrolled(
        pane, content, state: state, visible: visible, width: width, into: &grid, area: area)
    }
  }

  private func paneContent(_ pane: PaneID, width: Int) -> PaneContent {
    var content = PaneContent()
    if pane == .agenda {
      content.count = entries.count
      return content
    }
    if let familyID = selectedFamilyID {
      if let reason = data.withheld[familyID] {
        content.lines = [PaneLine(strings.withheld(reason), .error)]
      } else if data.families[familyID] != nil {
        let rows = paneRows(pane, familyID: familyID, width: width)
        content.lines = rows.lines
        content.wrapped = rows.wrapped
        if pane == .plan || fullScreen == pane { content.subject = familyLabel(familyID) }
      } else if let problem = data.unreadable[familyID] {
        // Not "loading": it was tried and failed; every pane says why.
        content.lines = UnreadableFamily.lines(
          problem, readBefore: false, strings: strings, width: width)
      } else {
        content.lines = [PaneLine(strings.loading(familyID), .dim)]
      }
    } else {
      content.lines = [PaneLine(entries.isEmpty ? strings.noFamilies : strings.noFamily, .dim)]
    }
    content.count = content.lines.count
    return content
  }

  /// The title row: focus shows by a marker, a heavy rule and a bold title,
  /// not by colour alone; the position on the right when the pane scrolls.
  private func drawPaneTitle(
    _ pane: PaneID, subject: String, state: ListState, count: Int, visible: Int,
    into grid: inout CellGrid, area: Rect
  ) {
    let focused = pane == focus
    var position = ""
    if count > visible {
      position = " \(state.selected + 1)/\(count) "
      position += state.offset > 0 ? "↑" : ""
      position += state.offset + visible < count ? "↓" : ""
      position += position.hasSuffix(" ") ? "" : " "
    }
    let rule: Character = focused ? "━" : "─"
    grid.put(
      String(repeating: rule, count: area.width), x: area.x, y: area.y,
      role: focused ? .focusBorder : .border)
    var titleText =
      (focused ? "▶ " : " ") + pane.title(strings, hasMeeting: data.meeting != nil) + " "
    if !subject.isEmpty { titleText += "· " + subject + " " }
    // The family's name comes before the position: short of room, the
    // position keeps only its arrows, and a title still too long ends in "…".
    if DisplayWidth.of(titleText) + DisplayWidth.of(position) + 1 > area.width, !position.isEmpty {
      let arrows = position.filter { $0 == "↑" || $0 == "↓" }
      position = " " + arrows + " "
    }
    let positionWidth = DisplayWidth.of(position)
    grid.put(
      [Span(titleText, focused ? .focusTitle : .title)], x: area.x, y: area.y,
      maxWidth: max(0, area.width - positionWidth - 1))
    if !position.isEmpty {
      grid.put(position, x: area.maxX - positionWidth - 1, y: area.y, role: .dim)
    }
  }

  /// Every line fits: a line that would be cut gets the rows it needs, in
  /// order, while the pane has them; "…" only when the pane is full.
  /// Returns the line each row shows (for the mouse).
  private func drawFitting(
    _ content: PaneContent, state: ListState, focused: Bool, visible: Int,
    into grid: inout CellGrid, area: Rect
  ) -> [Int] {
    let width = max(1, area.width - 2)
    var spare = visible - content.count
    var rowLines: [Int] = []
    var y = area.y + 1
    for (index, line) in content.lines.enumerated() {
      var rows = content.wrapped?[index] ?? line.wrapped(to: width)
      if rows.count - 1 > spare {
        // As many rows as are left; the last holds the rest and ends in "…".
        let kept = Array(rows.prefix(spare + 1))
        let rest = rows[(spare + 1)...].map { row in
          row.map { Span($0.text.trimmingLeadingSpaces, $0.role) }
        }
        rows = kept.dropLast() + [(kept.last ?? []) + rest.flatMap { [Span(" ")] + $0 }]
      }
      spare -= rows.count - 1
      let isSelected =
        index == state.selected && focused && data.families[selectedFamilyID ?? ""] != nil
      for (offset, row) in rows.enumerated() {
        grid.put(row, x: area.x + 1, y: y, maxWidth: width)
        if isSelected {
          grid.restyle(Rect(x: area.x, y: y, width: area.width, height: 1), role: .selected)
          if offset == 0 { grid.put("▸", x: area.x, y: y, role: .selected) }
        }
        rowLines.append(index)
        y += 1
      }
    }
    return rowLines
  }

  /// More lines than rows (or the agenda): a line a row, scrolled to the selection.
  private func drawScrolled(
    _ pane: PaneID, _ content: PaneContent, state: ListState, visible: Int, width: Int,
    into grid: inout CellGrid, area: Rect
  ) {
    let focused = pane == focus
    for row in 0..<visible {
      let index = state.offset + row
      guard index < content.count else { break }
      let y = area.y + 1 + row
      let line = pane == .agenda ? agendaLine(index, width: width) : content.lines[index]
      let isSelected =
        index == state.selected && (pane == .agenda || focused)
        && (pane == .agenda || data.families[selectedFamilyID ?? ""] != nil)
      grid.put(line.spans, x: area.x + 1, y: y, maxWidth: width)
      if isSelected {
        grid.restyle(
          Rect(x: area.x, y: y, width: area.width, height: 1),
          role: focused ? .selected : .selectedInactive)
        grid.put(
          focused ? "▸" : "›", x: area.x, y: y, role: focused ? .selected : .selectedInactive)
      }
    }
  }

  private func agendaLine(_ index: Int, width: Int) -> PaneLine {
    let entry = entries[index]
    let name: String
    if mayShowNames(entry.familyID) {
      name = entry.name
    } else if entry.item == nil && data.meeting == nil {
      name = Privacy.shortLabel(entry.name)
    } else {
      name = Privacy.label(id: entry.familyID, name: entry.name)
    }
    return AgendaRows.line(
      entry, width: width, strings: strings, name: name, markers: markers(for: entry.familyID),
      inMeeting: data.meeting != nil)
  }

  func mayShowNames(_ familyID: String) -> Bool { !privateMode || familyID == discussedFamilyID }

  /// A family's name as it may be shown now.
  func familyLabel(_ familyID: String) -> String {
    let name =
      data.families[familyID]?.name ?? entries.first { $0.familyID == familyID }?.name ?? familyID
    return mayShowNames(familyID) ? name : Privacy.label(id: familyID, name: name)
  }

  private func drawSeparators(into grid: inout CellGrid, _ layout: BoardLayout) {
    guard let plan = layout.panes[.plan], let involved = layout.panes[.involved],
      let assessments = layout.panes[.assessments]
    else { return }
    // The panes' title rules end before the column of a separator, so the
    // separators run the whole height beside them.
    let x = involved.x - 1
    for y in (plan.y + 1)..<assessments.maxY {
      grid.put("│", x: x, y: y, role: .border)
    }
    if layout.agendaLeft, let agenda = layout.panes[.agenda] {
      let bottom = layout.panes[.signals]?.maxY ?? agenda.maxY
      for y in (agenda.y + 1)..<bottom {
        grid.put("│", x: agenda.maxX, y: y, role: .border)
      }
    }
  }

  private func drawHeader(into grid: inout CellGrid, _ rect: Rect) {
    let role: StyleRole = privateMode ? .headerPrivate : .header
    grid.fill(rect, role: role)
    var left = privateMode ? " [" + strings.privacyOn + "]" : ""
    left += " " + data.info.region
    if let meeting = data.meeting {
      left += " · JBT " + meeting.date.description
      if let closedAt = meeting.closedAt {
        left += " · " + language.pick("closed", "gesloten") + " " + data.zone.local(closedAt).clock
      }
      if !meeting.chair.isEmpty { left += " · " + strings.chair + " " + meeting.chair }
    } else {
      left += " · " + strings.noMeeting
    }
    let clock = data.zone.local(data.now)
    var right: [Span] = []
    // Who records is shown once it is known (the demo asks first).
    if let recordingAs = options.recordingAs, !asksWhoIsAtKeyboard {
      right.append(Span(recordingAs + " · ", role))
    }
    // No family's name before it is known who looks (the demo's question).
    if let meeting = data.meeting, !asksWhoIsAtKeyboard,
      let item = meeting.items.first(where: { $0.status == .inProgress })
    {
      let elapsed = item.secondsAtTable(at: data.now) / 60
      let over = elapsed > item.minutes
      let name = familyLabel(item.family)
      right.append(Span("▶ " + name + " ", role))
      right.append(
        Span(
          "\(elapsed)/\(item.minutes) \(strings.minutes)" + (over ? " ! " + strings.overTime : ""),
          over ? .warning : role))
      right.append(Span(" · ", role))
    }
    if var sync = data.sync {
      // A conflict kept by an earlier sync shows until it is settled.
      let kept = data.families.values.reduce(0) {
        $0 + ($1.conflicts?.count ?? 0) + $1.decisionsInForceTogether.count
      }
      if sync.state == .synced, kept > 0 { sync.state = .conflict(kept) }
      let warn = sync.state != .synced
      var text = sync.text(now: data.now, zone: data.zone, language: language)
      if case .conflict = sync.state {
      } else if kept > 0 {
        text =
          SyncStatus(state: .conflict(kept), lastSynced: nil).text(
            now: data.now, zone: data.zone, language: language) + " · " + text
      }
      right.append(Span(text, warn ? .warning : role))
      right.append(Span(" · ", role))
    }
    right.append(Span(two(clock.hour) + ":" + two(clock.minute) + " ", role))
    let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) }
    // Who records stands apart from the chair's name before it.
    let gap = options.recordingAs == nil ? 1 : 3
    let leftWidth = max(0, rect.width - rightWidth - gap)
    grid.put(
      DisplayWidth.truncate(left, to: leftWidth), x: rect.x, y: rect.y, maxWidth: leftWidth,
      role: role)
    grid.put(right, x: rect.maxX - min(rect.width, rightWidth), y: rect.y, maxWidth: rect.width)
  }

  private func drawFooter(into grid: inout CellGrid, _ rect: Rect) {
    grid.fill(rect, role: .footer)
    if let notice {
      // One line: a longer notice ends in "…" rather than stopping mid-word.
      grid.put(
        DisplayWidth.truncate(" " + notice.text, to: rect.width), x: rect.x, y: rect.y,
        maxWidth: rect.width, role: notice.role)
      return
    }
    let items = footerActions().compactMap { action -> (key: String, hint: String)? in
      let hint = action.hint(language)
      guard !hint.isEmpty, let key = footerKey(action) else { return nil }
      return (key, hint)
    }
    func width(_ item: (key: String, hint: String)) -> Int {
      DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.hint) + 2
    }
    func put(_ item: (key: String, hint: String), at x: Int) -> Int {
      let used = grid.put(item.key, x: x, y: rect.y, role: .footerKey)
      return used + grid.put(" " + item.hint + "  ", x: x + used, y: rect.y, role: .footer)
    }
    // In order of use: once one does not fit, the rest wait for `?`; the
    // last one (quit on the board) keeps its place at any width.
    let reserved = items.count > 1 ? width(items[items.count - 1]) : 0
    var x = rect.x + 1
    for (index, item) in items.enumerated() {
      let isLast = index == items.count - 1
      if x + width(item) + (isLast ? 0 : reserved) > rect.maxX {
        if !isLast, let last = items.last { _ = put(last, at: x) }
        break
      }
      x += put(item, at: x)
    }
  }

  /// An action's key as the footer writes it: numbers to choose from (1, 2)
  /// all, a longer run (1 to 9) as its range, and an answer with a Dutch
  /// letter of its own (y/j) with that letter in Dutch.
  private func footerKey(_ action: Action) -> String? {
    guard var key = action.keys.first else { return nil }
    let letters = action.keys.compactMap { key -> Character? in
      if case .character(let letter) = key { return letter }
      return nil
    }
    let numbers = letters.count == action.keys.count && letters.allSatisfy(\.isNumber)
    guard numbers else {
      if language == .nl, action.keys.count == 2, letters.count == 2 { key = action.keys[1] }
      return key.description
    }
    return letters.count > 3
      ? "\(letters.first!)–\(letters.last!)" : letters.map(String.init).joined(separator: "/")
  }

  /// The actions the footer offers where the focus is, most useful first:
  /// help, then the meeting's keys (start, decide, present, …), the focused
  /// pane's own (`e` on a pane it edits, `S` on a family with a conflict),
  /// then moving about; `q` last, and always shown (`drawFooter`).
  func footerActions() -> [Action] {
    if let top = overlays.last { return ActionTable.actions(in: [top.actionContext]) }
    var contexts: [ActionContext] = []
    if fullScreen != nil { contexts.append(.fullScreen) }
    if data.meeting != nil { contexts.append(.meeting) }
    contexts += [.list, .board]
    let family = selectedFamilyID.flatMap { data.families[$0] }
    let works: (Action) -> Bool = { action in
      switch action.id {
      case .back: self.fullScreen != nil
      case .open: self.fullScreen == nil
      case .editPart: family != nil && FamilyPart(pane: self.fullScreen ?? self.focus) != nil
      case .settle: family?.conflicts?.isEmpty == false
      case .readBack, .correct: family?.decisions.isEmpty == false
      // A closed meeting takes only corrections: its other keys are not offered.
      case .startCase, .decide, .attendance, .adjourn, .closeMeeting:
        self.data.meeting?.isClosed != true
      default: true
      }
    }
    let actions = ActionTable.actions(in: contexts).filter(works)
    // At the table, in the order a case goes: start, decide, who is present, …
    let order: [ActionID] = [
      .help, .back, .startCase, .decide, .attendance, .requestView, .readBack, .correct, .editPart,
      .adjourn, .closeMeeting, .nextCase, .history,
    ]
    let first = order.compactMap { id in actions.first { $0.id == id } }
    let last = actions.filter { $0.id == .quit }
    return first + actions.filter { !order.contains($0.id) && $0.id != .quit } + last
  }
}

extension String {
  fileprivate var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
