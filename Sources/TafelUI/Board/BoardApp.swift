// The board's state machine. Keys and events go in; requests for the main
// loop come out; `render` draws the current state into a CellGrid. It holds
// no terminal and no file, so every screen and every key is testable.

import TafelCore
import TafelScreen

package final class BoardApp {
  package internal(set) var data: BoardData
  package internal(set) var options: BoardOptions
  package var language: Language { options.language }
  let strings: Strings
  package internal(set) var privateMode: Bool
  /// The pane with focus.
  package internal(set) var focus: PaneID = .agenda
  /// The pane opened full screen with Enter, if any.
  package internal(set) var fullScreen: PaneID?
  var overlays: [any Overlay] = []
  var lists: [PaneID: ListState] = [:]
  var entries: [AgendaEntry] = []
  var directoryIndex: DirectoryIndex
  var notice: (text: String, role: StyleRole)?
  var pendingLoads: Set<String> = []
  /// The layout of the last frame, for page sizes and mouse clicks.
  var layout: BoardLayout?
  /// True while the last frame was too small to show the board: keys other
  /// than quit and redraw are not acted on then, so nothing is typed unseen.
  var tooSmall = false
  /// For a pane drawn with wrapped rows: the line each screen row shows (for clicks).
  var paneRowLines: [PaneID: [Int]] = [:]
  var paneCache: [PaneCacheKey: PaneRows] = [:]
  var markerCache: [String: String] = [:]
  var signalCache: [String: [Signal]] = [:]
  var search: FamilySearch?
  /// Families chosen with the filter that are not on the meeting's agenda; listed below it.
  var extraFamilies: [String] = []

  package init(data: BoardData, options: BoardOptions) {
    self.data = data
    self.options = options
    self.strings = Strings(options.language)
    self.privateMode = options.privateMode
    self.directoryIndex = DirectoryIndex(data.directory)
    self.entries = AgendaRows.entries(data: data, extra: extraFamilies)
    if let summaries = data.summaries { search = FamilySearch(summaries) }
    if let meeting = data.meeting,
      let index = meeting.items.firstIndex(where: { $0.status == .inProgress })
    {
      lists[.agenda] = ListState(selected: index, offset: 0, item: meeting.items[index].family)
    } else {
      lists[.agenda] = ListState(selected: 0, offset: 0, item: entries.first?.familyID)
    }
    if options.keyboardChoices.count > 1 {
      overlays.append(KeyboardOverlay(options.keyboardChoices))
    }
  }

  // MARK: What the rest of the program asks

  /// True when quitting now would lose something typed.
  package var hasUnsavedWork: Bool { overlays.contains { $0.hasUnsavedWork } }

  /// The family selected in the agenda or family list.
  package var selectedFamilyID: String? {
    let index = lists[.agenda]?.selected ?? 0
    return entries.indices.contains(index) ? entries[index].familyID : nil
  }

  /// The family privacy mode names: the case in progress, else the selected family.
  package var discussedFamilyID: String? {
    data.meeting?.items.first { $0.status == .inProgress }?.family ?? selectedFamilyID
  }

  /// The decision selected in the decision log, if any.
  package var selectedDecisionID: String? {
    guard let familyID = selectedFamilyID, data.families[familyID] != nil else { return nil }
    let lines = paneLines(.decisions, familyID: familyID, width: paneWidth(.decisions))
    let index = lists[.decisions]?.selected ?? 0
    let item = lines.indices.contains(index) ? lines[index].item : lines.first?.item
    return item.flatMap { id in data.families[familyID]?.decision(id) != nil ? id : nil }
  }

  package var context: BoardContext {
    BoardContext(
      data: data, language: language, privateMode: privateMode, selectedFamilyID: selectedFamilyID,
      discussedFamilyID: discussedFamilyID, selectedDecisionID: selectedDecisionID,
      user: options.user, readBackBeforeSaving: options.readBackBeforeSaving)
  }

  /// Opens an overlay over the board (meeting mode may also push its own).
  package func open(_ overlay: any Overlay) { overlays.append(overlay) }

  /// True while the board asks who is at the keyboard (it covers every pane).
  package var asksWhoIsAtKeyboard: Bool { overlays.last is KeyboardOverlay }

  /// The overlays open, bottom first.
  package var openOverlays: [any Overlay] { overlays }

  // MARK: Keys

  package func handle(_ key: Key) -> [Request] {
    if key == .resize { return [] }
    if tooSmall {
      guard let action = ActionTable.action(for: key, in: [.board]),
        action == .quit || action == .redraw
      else { return [] }
      return perform(action, key: key)
    }
    if let top = overlays.last {
      let result = top.handle(key, context: context)
      if case .pass = result {
        // fall through to the board
      } else {
        return carryOut(result)
      }
    }
    notice = nil
    var contexts: [ActionContext] = [.list, .board, .meeting]
    if fullScreen != nil { contexts.insert(.fullScreen, at: 0) }
    guard let action = ActionTable.action(for: key, in: contexts) else { return [] }
    return perform(action, key: key)
  }

  func perform(_ action: ActionID, key: Key) -> [Request] {
    switch action {
    case .quit:
      if hasUnsavedWork {
        overlays.append(ConfirmOverlay(question: strings.quitQuestion, yes: [.quit]))
        return []
      }
      return [.quit]
    case .help:
      overlays.append(HelpOverlay(mouse: options.mouse))
    case .privacy:
      // Pane rows are cached per privacy state and signals do not depend on it: nothing to rebuild.
      privateMode.toggle()
    case .redraw:
      return [.redraw]
    case .filter:
      overlays.append(FilterOverlay(board: self))
      if data.summaries == nil { return [.loadSummaries] }
    case .nextPane:
      cycleFocus(by: 1)
    case .previousPane:
      cycleFocus(by: -1)
    case .up: return moveSelection(by: -1)
    case .down: return moveSelection(by: 1)
    case .pageUp: return moveSelection(by: -max(1, visibleRows(focus) - 1))
    case .pageDown: return moveSelection(by: max(1, visibleRows(focus) - 1))
    case .home: return moveSelection(by: -Int.max / 2)
    case .end: return moveSelection(by: Int.max / 2)
    case .left, .right:
      if let layout, fullScreen == nil,
        let next = layout.neighbour(of: focus, dx: action == .left ? -1 : 1, dy: 0)
      {
        focus = next
      }
    case .open:
      fullScreen = focus
    case .back:
      fullScreen = nil
    case .click:
      if case .mouse(let x, let y) = key { return click(x: x, y: y) }
    case .editPart:
      guard let familyID = selectedFamilyID, data.families[familyID] != nil else {
        notice = (strings.noFamily, .warning)
        return []
      }
      if hiddenByPrivacy(familyID) { return [] }
      guard let part = FamilyPart(pane: fullScreen ?? focus) else {
        notice = (
          language.pick(
            "e edits the plan, the professionals or the assessments: focus one of those panes",
            "e bewerkt het plan, de betrokkenen of de taxaties: zet de focus op een van die vensters"
          ),
          .warning
        )
        return []
      }
      return [.editFamilyPart(familyID: familyID, part: part)]
    case .settle:
      return settle()
    case .rvdkDecision:
      return rvdkDecision()
    case .closeMeeting:
      guard let meeting = data.meeting else {
        notice = (strings.noCaseSelected, .warning)
        return []
      }
      if let closedAt = meeting.closedAt {
        notice = (
          language.pick(
            "\(meeting.id) was closed at \(data.zone.local(closedAt).clock)",
            "\(meeting.id) is gesloten om \(data.zone.local(closedAt).clock)"), .warning
        )
        return []
      }
      overlays.append(MeetingFlow.closeConfirmation(meeting: meeting, context: context))
      return []
    case .nextCase: return selectFamily(at: (lists[.agenda]?.selected ?? 0) + 1)
    case .previousCase: return selectFamily(at: (lists[.agenda]?.selected ?? 0) - 1)
    case .startCase, .adjourn:
      guard let meeting = data.meeting, let familyID = selectedFamilyID else {
        notice = (strings.noCaseSelected, .warning)
        return []
      }
      if refuseOnClosedMeeting() { return [] }
      if action == .adjourn {
        // Adjourning asks why, and where the case moves to.
        if hiddenByPrivacy(familyID) { return [] }
        overlays.append(AdjournOverlay(meetingID: meeting.id, familyID: familyID))
        return []
      }
      // One case at the table: starting another asks what becomes of the running one.
      if let running = meeting.caseAtTable, running.family != familyID {
        if hiddenByPrivacy(familyID) { return [] }
        overlays.append(
          MeetingFlow.switchCase(
            running: running, to: familyID, meetingID: meeting.id, context: context))
        return []
      }
      return [.startCase(meetingID: meeting.id, familyID: familyID)]
    case .attendance, .requestView, .decide, .readBack, .correct, .history:
      guard let familyID = selectedFamilyID, data.families[familyID] != nil else {
        notice = (strings.noFamily, .warning)
        return []
      }
      // A closed meeting's record takes corrections only.
      if action == .attendance || action == .decide, refuseOnClosedMeeting() { return [] }
      if hiddenByPrivacy(familyID) { return [] }
      if let provider = (self as Any) as? any OverlayProvider,
        let overlay = provider.makeOverlay(for: action, context: context)
      {
        overlays.append(overlay)
        // Meeting mode: an overlay may ask the loop something as it opens (a stored draft).
        if let opening = overlay as? OverlayOpening { return opening.opened(context: context) }
      } else {
        notice = (strings.notAvailable, .warning)
      }
    default:
      break
    }
    return []
  }

  /// `S`: the selected family's first value a sync kept two ways, to settle.
  func settle() -> [Request] {
    guard let familyID = selectedFamilyID, let family = data.families[familyID] else {
      notice = (strings.noFamily, .warning)
      return []
    }
    if hiddenByPrivacy(familyID) { return [] }
    guard let conflicts = family.conflicts, let first = conflicts.first else {
      notice = (
        family.decisionsInForceTogether.isEmpty
          ? language.pick(
            "Nothing to settle: no value of this family was kept two ways",
            "Niets te beslissen: geen waarde van dit gezin staat twee kanten op")
          : language.pick(
            "Two decisions are in force: correct one (c on the decision log) to settle it",
            "Twee besluiten gelden tegelijk: corrigeer er een (c in het besluitenlog)"),
        .warning
      )
      return []
    }
    overlays.append(
      ConflictOverlay(familyID: familyID, conflict: first, of: conflicts.count, context: context))
    return []
  }

  /// `K`: the RvdK's decision on the oldest request waiting for it.
  func rvdkDecision() -> [Request] {
    guard let familyID = selectedFamilyID, let family = data.families[familyID] else {
      notice = (strings.noFamily, .warning)
      return []
    }
    if hiddenByPrivacy(familyID) { return [] }
    guard let request = family.requestsAwaitingRvdK.first else {
      notice = (
        language.pick(
          "No request for investigation waits for the RvdK's answer",
          "Er wacht geen verzoek tot onderzoek op het besluit van de Raad"), .warning
      )
      return []
    }
    overlays.append(
      RvdKOverlay(
        familyID: familyID, request: request.id, requestDate: request.date, today: data.today))
    return []
  }

  /// In privacy mode only the family under discussion may be opened (decision
  /// form, read-back, request, attendance, timeline, editor): the others would
  /// show names, rationales and views in full. True, with a notice saying so,
  /// when `familyID` is one of those others.
  func hiddenByPrivacy(_ familyID: String) -> Bool {
    guard privateMode, familyID != discussedFamilyID else { return false }
    notice = (strings.privacyRefusal(familyID: familyID), .warning)
    return true
  }

  /// Applies what an overlay answered and returns its requests.
  func carryOut(_ result: OverlayResult) -> [Request] {
    switch result {
    case .stay(let requests):
      return requests
    case .close(let requests):
      if !overlays.isEmpty { overlays.removeLast() }
      return requests
    case .push(let overlay, let requests):
      overlays.append(overlay)
      return requests
    case .replace(let overlay, let requests):
      if !overlays.isEmpty { overlays.removeLast() }
      overlays.append(overlay)
      return requests
    case .pass:
      return []
    }
  }

  private func cycleFocus(by step: Int) {
    let order = PaneID.allCases
    let index = order.firstIndex(of: focus) ?? 0
    focus = order[(index + step + order.count) % order.count]
    if fullScreen != nil { fullScreen = focus }
  }

  private func moveSelection(by delta: Int) -> [Request] {
    if focus == .agenda {
      let current = lists[.agenda]?.selected ?? 0
      let target = delta > 0 ? min(current + delta, entries.count - 1) : max(0, current + delta)
      return selectFamily(at: target)
    }
    guard let familyID = selectedFamilyID, data.families[familyID] != nil else { return [] }
    let lines = paneLines(focus, familyID: familyID, width: paneWidth(focus))
    var state = lists[focus] ?? ListState()
    let delta = max(-lines.count, min(lines.count, delta))
    state.move(by: delta, count: lines.count, visible: visibleRows(focus))
    state.item = lines.indices.contains(state.selected) ? lines[state.selected].item : nil
    lists[focus] = state
    return []
  }

  /// Selects an agenda row; a family that is not loaded yet is asked for.
  @discardableResult
  func selectFamily(at row: Int) -> [Request] {
    guard !entries.isEmpty else { return [] }
    var state = lists[.agenda] ?? ListState()
    let before = selectedFamilyID
    state.select(row, count: entries.count, visible: visibleRows(.agenda))
    state.item = entries[state.selected].familyID
    lists[.agenda] = state
    let familyID = entries[state.selected].familyID
    if familyID != before {
      for pane in PaneID.allCases where pane != .agenda { lists[pane] = ListState() }
    }
    if data.families[familyID] == nil, !pendingLoads.contains(familyID) {
      pendingLoads.insert(familyID)
      return [.loadFamily(familyID)]
    }
    return []
  }

  /// Selects a family chosen in the filter; one not on the agenda is listed below it.
  func choose(familyID: String, name: String) -> [Request] {
    if !entries.contains(where: { $0.familyID == familyID }) {
      extraFamilies.append(familyID)
      refreshEntries()
    }
    guard let index = entries.firstIndex(where: { $0.familyID == familyID }) else { return [] }
    focus = .agenda
    fullScreen = nil
    return selectFamily(at: index)
  }

  private func click(x: Int, y: Int) -> [Request] {
    guard let layout, overlays.isEmpty else { return [] }
    if let pane = fullScreen {
      let area = layout.body
      guard area.contains(x: x, y: y) else { return [] }
      return clickRow(pane, row: y - area.y - 1)
    }
    guard let pane = layout.pane(atX: x, y: y), let rect = layout.panes[pane] else { return [] }
    focus = pane
    return clickRow(pane, row: y - rect.y - 1)
  }

  private func clickRow(_ pane: PaneID, row: Int) -> [Request] {
    guard row >= 0 else { return [] }
    var target = (lists[pane]?.offset ?? 0) + row
    if let rowLines = paneRowLines[pane] {
      guard row < rowLines.count else { return [] }
      target = rowLines[row]
    }
    if pane == .agenda {
      guard target < entries.count else { return [] }
      return selectFamily(at: target)
    }
    guard let familyID = selectedFamilyID, data.families[familyID] != nil else { return [] }
    let lines = paneLines(pane, familyID: familyID, width: paneWidth(pane))
    guard target < lines.count else { return [] }
    var state = lists[pane] ?? ListState()
    state.select(target, count: lines.count, visible: visibleRows(pane))
    state.item = lines[state.selected].item
    lists[pane] = state
    return []
  }
}

extension BoardApp {
  /// On a closed meeting, says so on the notice line (only corrections, `c`,
  /// are taken) and answers true.
  func refuseOnClosedMeeting() -> Bool {
    guard let meeting = data.meeting, let closedAt = meeting.closedAt else { return false }
    let clock = data.zone.local(closedAt).clock
    notice = (
      language.pick(
        "\(meeting.id) closed at \(clock): only corrections (c on a decision)",
        "\(meeting.id) gesloten om \(clock): alleen verbeteringen (c op een besluit)"
      ),
      .warning
    )
    return true
  }
}
