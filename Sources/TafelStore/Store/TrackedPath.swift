// The one list of what a store holds under git: the paths another replica
// may send, the merge driver may merge and `check` reads. A sync accepts
// a path from an incoming commit only when it is on this list and a
// regular file (mode 100644); anything else — `..`, `.git`, a draft, a
// symlink, a gitlink, a stray name — refuses the commit (see
// docs/store-format.md, "What a sync accepts").

import TafelCore

package enum TrackedPath: Hashable, Sendable {
  case info
  case directory
  case people
  case family(String)
  case meeting(String)
  /// One replica's access log for one month: access/<tag>/<YYYY-MM>.jsonl.
  case accessLog(replica: String, month: String)
  /// .gitignore or .gitattributes, as Tafel writes them.
  case gitSettings(String)

  /// The only mode a tracked path may have in a commit: a plain file.
  package static let fileMode = "100644"

  /// What `relative` names, or nil when it is not a path of the store's layout.
  package init?(_ relative: String) {
    switch relative {
    case StoreLayout.info: self = .info
    case StoreLayout.directory: self = .directory
    case StoreLayout.people: self = .people
    case ".gitignore", ".gitattributes": self = .gitSettings(relative)
    default:
      let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
      if parts.count == 3, parts[0] == Substring(Store.accessDirectory),
        parts[1] == "main" || ReplicaTag.isValid(String(parts[1])),
        TrackedPath.isMonthFile(parts[2])
      {
        self = .accessLog(replica: String(parts[1]), month: String(parts[2].prefix(7)))
        return
      }
      switch StoreFile(relative) {
      case .family(let id): self = .family(id)
      case .meeting(let id): self = .meeting(id)
      default: return nil
      }
    }
  }

  /// "2026-12.jsonl".
  static func isMonthFile(_ name: Substring) -> Bool {
    let bytes = Array(name.utf8)
    guard bytes.count == 13, String(name.suffix(6)) == ".jsonl", bytes[4] == UInt8(ascii: "-")
    else { return false }
    let digits = bytes[0..<4] + bytes[5..<7]
    guard digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
    let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)) ?? 0
    return (1...12).contains(month)
  }

  /// Why a path and mode from a commit is not accepted, or nil when it is.
  package static func refusal(path relative: String, mode: String) -> String? {
    guard TrackedPath(relative) != nil else {
      let components = relative.split(separator: "/", omittingEmptySubsequences: false)
      if components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) {
        return "a path that climbs out of the store"
      }
      if components.contains(where: { $0.lowercased() == ".git" }) {
        return "a path inside .git"
      }
      if components.first == Substring(StoreLayout.drafts) {
        return "a draft (drafts stay on the machine they were typed on)"
      }
      return "not a file of the store's layout"
    }
    switch mode {
    case fileMode: return nil
    case "120000": return "a symbolic link, not a plain file"
    case "160000": return "a gitlink (a submodule), not a plain file"
    case "040000", "40000": return "a directory where a file belongs"
    case "100755": return "an executable file, not a plain file"
    default: return "mode \(mode), not a plain file"
    }
  }
}
