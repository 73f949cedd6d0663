// What a change by hand changed, in words for its change record: "decision
// FV-2026-0052-D004 added; plan changed; attendance of FV-2026-0052 changed"
// instead of only "edited by hand". Read from the file before and after as
// JSON trees, so it holds for every part of a family or meeting file.

package enum EditSummary {
  /// The differences between `before` and `after`, most specific first; "no change" when none.
  package static func describe(before: JSONValue, after: JSONValue) -> String {
    guard case .object(let old) = before, case .object(let new) = after else {
      return before == after ? "no change" : "the file changed"
    }
    var parts: [String] = []
    for key in Set(old.keys).union(new.keys).sorted() where key != "changes" {
      let (was, now) = (old[key], new[key])
      guard was != now else { continue }
      switch (was, now) {
      case (.array(let a)?, .array(let b)?) where keyed(a) && keyed(b):
        parts += arrayChanges(key, a, b)
      case (nil, _?): parts.append("\(words(key)) added")
      case (_?, nil): parts.append("\(words(key)) removed")
      default: parts.append("\(words(key)) changed")
      }
    }
    return parts.isEmpty ? "no change" : parts.joined(separator: "; ")
  }

  /// Elements of an array of objects, by their id (or family, for agenda items).
  static func identity(_ value: JSONValue) -> String? {
    guard case .object(let fields) = value else { return nil }
    for key in ["id", "family"] { if case .string(let id)? = fields[key] { return id } }
    return nil
  }

  static func keyed(_ values: [JSONValue]) -> Bool { values.allSatisfy { identity($0) != nil } }

  static func arrayChanges(_ key: String, _ old: [JSONValue], _ new: [JSONValue]) -> [String] {
    let noun = singular(key)
    let before = Dictionary(old.map { (identity($0)!, $0) }, uniquingKeysWith: { a, _ in a })
    let after = Dictionary(new.map { (identity($0)!, $0) }, uniquingKeysWith: { a, _ in a })
    var parts: [String] = []
    for element in new {
      let id = identity(element)!
      guard let was = before[id] else {
        parts.append("\(noun) \(id) added")
        continue
      }
      guard was != element else { continue }
      // For an agenda item, say what about it changed (attendance, status, …).
      if case .object(let a) = was, case .object(let b) = element {
        let fields = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted().map(words)
        parts.append("\(noun) \(id): \(fields.joined(separator: ", ")) changed")
      } else {
        parts.append("\(noun) \(id) changed")
      }
    }
    for element in old where after[identity(element)!] == nil {
      parts.append("\(noun) \(identity(element)!) removed")
    }
    return parts
  }

  static func singular(_ key: String) -> String {
    switch key {
    case "items": "agenda item"
    case "decisions": "decision"
    case "events": "chain step"
    case "involvements": "involvement"
    case "assessments": "assessment"
    case "members": "member"
    case "organisations": "organisation"
    case "professionals": "professional"
    default: key.hasSuffix("s") ? String(key.dropLast()) : key
    }
  }

  /// "parentsView" → "parents view".
  static func words(_ key: String) -> String {
    var result = ""
    for character in key {
      if character.isUppercase {
        result += " " + character.lowercased()
      } else {
        result.append(character)
      }
    }
    return result
  }
}
