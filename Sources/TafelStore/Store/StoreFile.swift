// Which file of a store a relative path names: the settings (store.json), the
// organisations, the index, one family or one meeting. The watcher reports
// changes in these terms, and `check` and `edit` decide by them, so no code
// outside TafelStore splits a path by hand.

package enum StoreFile: Hashable, Sendable {
  /// store.json: the store's settings.
  case info
  /// organisations.json.
  case directory
  case index
  /// people.json: who may record, known by their keys.
  case people
  case family(String)
  case meeting(String)
  /// Anything else (a temporary file, a lock, a draft, a stray file).
  case other

  package init(_ relativePath: String) {
    switch relativePath {
    case StoreLayout.info: self = .info
    case StoreLayout.directory: self = .directory
    case StoreLayout.index: self = .index
    case StoreLayout.people: self = .people
    default:
      let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
      guard let name = parts.last, name.hasSuffix(".json") else {
        self = .other
        return
      }
      let id = String(name.dropLast(5))
      guard StoreLayout.isValidID(id) else {
        self = .other
        return
      }
      // A family is in its shard (families/43/FV-2026-0043.json); a file
      // elsewhere under families/ is not part of the store.
      if parts.count == 3, parts[0] == Substring(StoreLayout.families),
        parts[1] == Substring(StoreLayout.familyShard(id))
      {
        self = .family(id)
      } else if parts.count == 2, parts[0] == Substring(StoreLayout.meetings) {
        self = .meeting(id)
      } else {
        self = .other
      }
    }
  }

  /// Whether the path names a family file.
  package var isFamily: Bool {
    if case .family = self { return true }
    return false
  }
}
