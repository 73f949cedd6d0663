// The `/` filter: type part of a name or id and the matching families show at
// once; from three letters on, a search of every family file (members,
// professionals, organisations, plan, notes, decisions) adds the families
// that hold the words, with what matched. Enter selects one (loading it when
// needed), Esc closes. Privacy mode applies here too: other families show as
// id and initials, and only which kind of field matched.

import TafelCore
import TafelScreen

final class FilterOverlay: Overlay {
  weak var board: BoardApp?
  var query = ""
  var selected = 0
  var lastVisible = 10
  /// The answer of the last file search, and the query it was for.
  var contentMatches: [ContentMatch] = []
  var contentQuery: String?

  init(board: BoardApp) { self.board = board }

  /// Queries this short are matched on names and ids only.
  static let searchFrom = 3

  /// After the query changed: the file search to ask for, if any.
  private func searched() -> OverlayResult {
    selected = 0
    let words = query.trimmingCharacters(in: .whitespaces)
    guard words.count >= FilterOverlay.searchFrom else {
      contentMatches = []
      contentQuery = nil
      return .stay([])
    }
    return .stay([.searchFamilies(query: query)])
  }

  func apply(_ event: Event, context: BoardContext) -> OverlayResult {
    if case .searchResults(let answered, let matches) = event, answered == query {
      contentQuery = answered
      contentMatches = matches
    }
    if case .familyFilesChanged = event,
      query.trimmingCharacters(in: .whitespaces).count >= FilterOverlay.searchFrom
    {
      return .stay([.searchFamilies(query: query)])
    }
    return .stay([])
  }

  var actionContext: ActionContext { .filter }

  func frame(in area: Rect) -> Rect {
    Rect(
      x: area.x + max(0, (area.width - min(area.width, 72)) / 2), y: area.y + 1,
      width: min(area.width, 72), height: min(area.height - 1, 16))
  }

  /// The families matching the query: from the index (else the agenda's own
  /// families) by name and id, then those the file search found by content.
  func matches(limit: Int) -> (
    found: [(id: String, name: String, match: ContentMatch?)], total: Int
  ) {
    guard let board else { return ([], 0) }
    var found: [(id: String, name: String, match: ContentMatch?)]
    var total: Int
    if let search = board.search {
      let result = search.matches(query, limit: limit)
      found = result.found.map { ($0.id, $0.name, nil) }
      total = result.total
    } else {
      let words = FamilySearch.fold(query).split(separator: " ").map(String.init)
      let hits = board.entries.filter { entry in
        let key = FamilySearch.fold(entry.familyID + " " + entry.name)
        return words.allSatisfy { key.contains($0) }
      }
      found = hits.prefix(limit).map { ($0.familyID, $0.name, nil) }
      total = hits.count
    }
    if contentQuery == query {
      let named = Set(found.map(\.id))
      let more = contentMatches.filter { $0.field != .name && !named.contains($0.familyID) }
      total += more.count
      for match in more where found.count < limit {
        found.append((match.familyID, match.name, match))
      }
    }
    return (found, total)
  }

  func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    switch key {
    case .character(let character):
      query.append(character)
      return searched()
    case .paste(let text):
      query += text.filter { !$0.isNewline }
      return searched()
    default:
      break
    }
    if key == .resize || ActionTable.action(for: key, in: [.board]) == .redraw { return .pass }
    switch ActionTable.action(for: key, in: [.filter, .text]) {
    case .filterCancel:
      return .close([])
    case .filterChoose:
      let found = matches(limit: selected + 1).found
      guard selected < found.count, let board else { return .stay([]) }
      let requests = board.choose(familyID: found[selected].id, name: found[selected].name)
      return .close(requests)
    case .filterUp:
      selected = max(0, selected - 1)
    case .filterDown:
      selected = min(max(0, matches(limit: selected + 2).found.count - 1), selected + 1)
    case .filterPageDown:
      selected = min(
        max(0, matches(limit: selected + lastVisible + 1).found.count - 1), selected + lastVisible)
    case .filterPageUp:
      selected = max(0, selected - lastVisible)
    case .textBackspace:
      if !query.isEmpty { query.removeLast() }
      return searched()
    case .filterClear:
      query = ""
      return searched()
    default:
      break
    }
    return .stay([])
  }

  func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    let strings = Strings(context.language)
    let inside = grid.drawBox(area, title: strings.filterPrompt)
    guard inside.height >= 2 else { return }
    let used = grid.put(
      "/ " + query, x: inside.x, y: inside.y, maxWidth: inside.width - 1, role: .input)
    grid.cursor = Position(x: min(inside.maxX - 1, inside.x + used), y: inside.y)
    if query.isEmpty {
      grid.put(
        " " + strings.filterHint, x: inside.x + used, y: inside.y, maxWidth: inside.width - used,
        role: .dim)
    }
    lastVisible = max(1, inside.height - 2)
    let first = max(0, selected - lastVisible + 1)
    let result = matches(limit: first + lastVisible)
    var status = "\(result.total)"
    if board?.search == nil {
      status = strings.loadingList
    } else if query.trimmingCharacters(in: .whitespaces).count >= FilterOverlay.searchFrom,
      contentQuery != query
    {
      status = "\(result.total) · " + strings.searchingFiles
    }
    grid.put(
      DisplayWidth.padLeft(status, to: min(inside.width, 24)),
      x: inside.maxX - min(inside.width, 24), y: inside.y + 1, role: .dim)
    if result.found.isEmpty {
      grid.put(strings.noMatches, x: inside.x, y: inside.y + 2, maxWidth: inside.width, role: .dim)
      return
    }
    for row in 0..<lastVisible {
      let index = first + row
      guard index < result.found.count else { break }
      let hit = result.found[index]
      let mayShow = context.mayShowNames(of: hit.id)
      let name = mayShow ? hit.name : Privacy.shortLabel(hit.name)
      let text = (index == selected ? "▸ " : "  ") + DisplayWidth.pad(hit.id, to: 13) + name
      let y = inside.y + 2 + row
      let role: StyleRole = index == selected ? .selected : .overlay
      grid.put(DisplayWidth.pad(text, to: inside.width), x: inside.x, y: y, role: role)
      if let match = hit.match {
        // What matched: the kind of field, and its words where names may be shown.
        let why =
          "  " + match.field.word(context.language) + (mayShow ? ": " + match.text : "")
        let x = inside.x + DisplayWidth.of(text)
        grid.put(
          DisplayWidth.truncate(why, to: max(0, inside.maxX - x)), x: x, y: y,
          maxWidth: max(0, inside.maxX - x), role: index == selected ? .selected : .dim)
      }
    }
  }
}
