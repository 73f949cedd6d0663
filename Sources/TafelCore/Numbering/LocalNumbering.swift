// Ids that are unique within one family file — members "M1", involvements
// "I3", assessments "R2", events "E7", plan actions "A4" — and, on a tagged
// replica, unique across replicas too: "E8-b". A new one is one more than
// the highest number with its prefix, whichever replica made that one, so a
// merge of two replicas' work never meets the same id twice and never
// renumbers (a reference to "E8-b" keeps its meaning everywhere).

extension Family {
  /// "E7" after "E1"…"E6" (on replica "b": "E7-b"): one more than the highest
  /// number with this prefix, tagged or not.
  package static func nextNumber(prefix: String, among ids: [String], replica: String? = nil)
    -> String
  {
    let highest =
      ids.compactMap { id -> Int? in
        guard id.hasPrefix(prefix) else { return nil }
        return Int(ReplicaTag.untagged(id.dropFirst(prefix.count)))
      }.max() ?? 0
    return ReplicaTag.tagged("\(prefix)\(highest + 1)", replica)
  }
}

/// Ids typed by hand (`tafel edit`) get the replica's tag like those Tafel
/// makes: a member "M3" added on replica b is stored as "M3-b", and every
/// value in the file that named "M3" (an assessment's subject) names "M3-b".
package enum LocalIDTagging {
  /// Where a family file numbers its elements.
  static let numbered: [[String]] = [
    ["members"], ["involvements"], ["assessments"], ["events"], ["plan", "actions"],
    ["safety"], ["agreementReviews"],
  ]

  /// `after` with every new, untagged local id ("M3", not in `before`) tagged.
  package static func tagNewIDs(before: JSONValue?, after: JSONValue, replica: String?)
    -> JSONValue
  {
    guard let replica, !replica.isEmpty else { return after }
    var old: Set<String> = []
    var renamed: [String: String] = [:]
    for path in numbered {
      for element in elements(at: path, in: before) {
        if case .string(let id)? = element["id"] { old.insert(id) }
      }
    }
    for path in numbered {
      for element in elements(at: path, in: after) {
        guard case .string(let id)? = element["id"], !old.contains(id), isLocal(id) else {
          continue
        }
        renamed[id] = ReplicaTag.tagged(id, replica)
      }
    }
    guard !renamed.isEmpty else { return after }
    return replacing(after, renamed)
  }

  /// "M3", "E12", "A4": a capital letter and digits, no tag.
  static func isLocal(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, ("A"..."Z").contains(first), id.count > 1 else {
      return false
    }
    return id.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
  }

  private static func elements(at path: [String], in value: JSONValue?) -> [JSONValue] {
    var current = value
    for key in path { current = current?[key] }
    if case .array(let list)? = current { return list }
    return []
  }

  private static func replacing(_ value: JSONValue, _ renamed: [String: String]) -> JSONValue {
    switch value {
    case .string(let text): return .string(renamed[text] ?? text)
    case .array(let list): return .array(list.map { replacing($0, renamed) })
    case .object(let object): return .object(object.mapValues { replacing($0, renamed) })
    default: return value
    }
  }
}
