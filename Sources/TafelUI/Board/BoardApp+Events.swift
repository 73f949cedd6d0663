// What the main loop tells the board — changes on disk, answers to its
// requests, the clock — and how the board follows them: new rows, the same
// selection and scroll, caches dropped, and the open overlay told too.

import TafelCore
import TafelScreen

extension BoardApp {
  /// Applies an event; returns what an open overlay asks in answer (e.g. a
  /// draft to write). Not discardable: the loop carries every answer out, and
  /// the compiler (warnings are errors in this package) holds every caller to it.
  package func apply(_ event: Event) -> [Request] {
    switch event {
    case .familyChanged(let family):
      let before = data.families[family.id]
      data.families[family.id] = family
      noticeDecisionsByOthers(before: before, after: family)
      data.unreadable[family.id] = nil
      pendingLoads.remove(family.id)
      if var summaries = data.summaries,
        let index = summaries.firstIndex(where: { $0.id == family.id })
      {
        let summary = FamilySummary(family)
        if summaries[index] != summary {
          summaries[index] = summary
          data.summaries = summaries
          search = FamilySearch(summaries)
        }
      }
      refreshEntries()
      clearCaches()
      followSelections()
    case .familyUnreadable(let id, let problem):
      data.unreadable[id] = problem
      pendingLoads.remove(id)  // selecting it again tries again
      clearCaches()
      if overlays.isEmpty { notice = (problem, .error) }
    case .meetingChanged(let meeting):
      if data.meeting == nil || data.meeting?.id == meeting.id {
        data.meeting = meeting
        refreshEntries()
        clearCaches()
      }
    case .directoryChanged(let directory):
      data.directory = directory
      directoryIndex = DirectoryIndex(directory)
      clearCaches()
    case .laterMeetingsChanged(let ids):
      data.laterMeetings = ids
    case .infoChanged(let info):
      // An open decision form offers the region's outcomes as they are now;
      // what was typed stays, and its save is checked against the rules on disk.
      data.info = info
      for overlay in overlays {
        (overlay as? DecisionFormOverlay)?.form.outcomes = info.settings.outcomes
      }
      clearCaches()
    case .summaries(let summaries):
      data.summaries = summaries
      search = FamilySearch(summaries)
      refreshEntries()
    case .saved(let id):
      notice = (strings.saved(DecisionsPane.shortID(id, family: selectedFamilyID ?? "")), .success)
    case .refused(let message):
      if overlays.isEmpty { notice = (message, .error) }
    case .withheld(let family, let reason):
      data.withheld[family] = reason
      clearCaches()
    case .notice(let message):
      if overlays.isEmpty { notice = (message, .success) }
    case .warning(let message):
      if overlays.isEmpty { notice = (message, .warning) }
    case .searchResults, .familyFilesChanged:
      break  // for the filter, which the open overlay is told below
    case .decisionRefused(let refusal):
      if overlays.isEmpty { notice = (language.pick(refusal.english, refusal.dutch), .error) }
    case .recording(let user, let recordingAs):
      options.user = user
      options.recordingAs = recordingAs
    case .syncStatus(let status):
      data.sync = status
    case .tick(let now):
      data.now = now
      let day = data.zone.day(of: now)
      if day != data.today {
        data.today = day
        clearCaches()
      }
    case .draft, .edited:
      break
    }
    if let top = overlays.last {
      return carryOut(top.apply(event, context: context))
    }
    return []
  }

  func refreshEntries() {
    let selected = selectedFamilyID
    entries = AgendaRows.entries(data: data, extra: extraFamilies)
    var state = lists[.agenda] ?? ListState()
    if let selected, let index = entries.firstIndex(where: { $0.familyID == selected }) {
      state.offset += index - state.selected
      state.selected = index
    }
    state.scrollToSelection(count: entries.count, visible: visibleRows(.agenda))
    state.item = entries.indices.contains(state.selected) ? entries[state.selected].familyID : nil
    lists[.agenda] = state
  }

  /// After a change on disk every pane keeps the row it had selected.
  private func followSelections() {
    guard let familyID = selectedFamilyID, data.families[familyID] != nil else { return }
    for pane in PaneID.allCases where pane != .agenda {
      guard var state = lists[pane] else { continue }
      let lines = paneLines(pane, familyID: familyID, width: paneWidth(pane))
      state.follow(items: lines.map(\.item), visible: visibleRows(pane))
      lists[pane] = state
    }
  }

  func clearCaches() {
    paneCache.removeAll(keepingCapacity: true)
    markerCache.removeAll(keepingCapacity: true)
    signalCache.removeAll(keepingCapacity: true)
  }
}

extension BoardApp {
  /// Someone else (another terminal, `tafel decide`, a sync) recorded a
  /// decision for a case on this meeting's agenda: the notice line says who
  /// and what, so the chair does not see a case merely flip to ✓.
  func noticeDecisionsByOthers(before: Family?, after family: Family) {
    guard let before, let meeting = data.meeting,
      meeting.items.contains(where: { $0.family == family.id })
    else { return }
    let known = Set(before.decisions.map(\.id))
    guard
      let new = family.decisions.last(where: {
        !known.contains($0.id) && $0.meeting == meeting.id && $0.recordedBy != options.user
          && $0.recordedBy != options.recordingAs
      })
    else { return }
    let name = context.familyLabel(id: family.id, name: family.name)
    let outcome = MinutesWords.outcome(new.outcome, language)
    let correcting =
      new.supersedes.map { language.pick(", correcting \($0)", ", verbetert \($0)") } ?? ""
    notice = (
      language.pick(
        "\(new.recordedBy) recorded \(new.id) for \(name)\(correcting): \(outcome)",
        "\(new.recordedBy) legde \(new.id) vast voor \(name)\(correcting): \(outcome)"),
      .warning
    )
  }
}
