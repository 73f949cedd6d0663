// The three-way merge of one store file (a family, a meeting, the
// organisations, store.json) when two replicas changed it: what git's merge
// driver and `tafel sync` both run. The rules, in docs/store-format.md:
//
// - Objects merge field by field. A field changed on one side only takes
//   that change; changed the same way on both, that value.
// - Arrays are sets of elements by identity — `id`, an agenda item's
//   `family`, an attendee's role and name, else the whole value — so
//   decisions, change records, events, involvements, assessments, agenda
//   items and attendance are unions. An element removed on one side and
//   untouched on the other goes; one changed on the other side stays.
//   Change records are kept in time order.
// - Two replicas that each numbered a new element within the file the
//   same ("E8") keep both: the second is numbered on ("E9") and says
//   `renumberedFrom`.
// - A value changed differently on both sides is a conflict that is kept:
//   ours stays in place, both values are in the file's `conflicts`, for a
//   person to resolve (`tafel resolve`). Never last-writer-wins.

package enum StoreMerge {
  package struct Result: Sendable {
    package var merged: JSONValue
    /// The conflicts this merge found (also in `merged["conflicts"]`).
    package var conflicts: [MergeConflict]
  }

  /// Merges `ours` and `theirs`, both changed from `base` (nil when both
  /// sides added the file). `at` stamps new conflicts.
  package static func merge(base: JSONValue?, ours: JSONValue, theirs: JSONValue, at: Timestamp)
    -> Result
  {
    let theirs = renumberedWithReferences(base: base, ours: ours, theirs: theirs)
    var merger = Merger(
      sides: [side(of: ours, since: base), side(of: theirs, since: base)], at: at)
    var merged = merger.value(base: base, ours: ours, theirs: theirs, path: []) ?? ours
    if !merger.conflicts.isEmpty, case .object(var object) = merged {
      var kept: [JSONValue] = []
      if case .array(let existing)? = object["conflicts"] { kept = existing }
      let known = Set(kept.compactMap { $0["id"] })
      for conflict in merger.conflicts where !known.contains(.string(conflict.id)) {
        kept.append(conflict.json)
      }
      object["conflicts"] = .array(kept)
      merged = .object(object)
    }
    return Result(merged: merged, conflicts: merger.conflicts)
  }

  /// Where a family numbers its own elements, which other values in the
  /// file name (an assessment's subject names a member).
  static let numberedPaths: [[String]] = [
    ["members"], ["involvements"], ["assessments"], ["events"], ["plan", "actions"],
    ["safety"], ["agreementReviews"],
  ]

  /// Stores written before ids were tagged by replica can still hold one
  /// local id ("M3") added on both sides for two different things. Theirs
  /// is numbered on ("M4", `renumberedFrom`) before the merge, and so is
  /// every value in their file that named it: the base had no "M3", so
  /// whatever in theirs names "M3" was made for their "M3" — a reference
  /// keeps its meaning.
  static func renumberedWithReferences(base: JSONValue?, ours: JSONValue, theirs: JSONValue)
    -> JSONValue
  {
    func elements(_ value: JSONValue?, _ path: [String]) -> [JSONValue] {
      var current = value
      for key in path { current = current?[key] }
      if case .array(let list)? = current { return list }
      return []
    }
    func ids(_ list: [JSONValue]) -> [String: JSONValue] {
      var found: [String: JSONValue] = [:]
      for element in list {
        if case .string(let id)? = element["id"] { found[id] = element }
      }
      return found
    }
    var renamed: [String: String] = [:]
    for path in numberedPaths {
      let old = ids(elements(base, path))
      let mine = ids(elements(ours, path))
      // Numbered on past the highest number of its prefix on any side, in
      // their order: linear however many collide.
      var highest: [String: Int] = [:]
      for id in Array(old.keys) + Array(mine.keys)
        + elements(theirs, path).compactMap({ element in
          if case .string(let id)? = element["id"] { return id }
          return nil
        })
      {
        if let (prefix, number) = localNumber(id) {
          highest[prefix] = max(highest[prefix] ?? 0, number)
        }
      }
      for element in elements(theirs, path) {
        guard case .string(let id)? = element["id"], old[id] == nil, let same = mine[id],
          same != element, let (prefix, _) = localNumber(id)
        else { continue }
        let next = (highest[prefix] ?? 0) + 1
        highest[prefix] = next
        renamed[id] = prefix + String(next)
      }
    }
    guard !renamed.isEmpty else { return theirs }
    func rewrite(_ value: JSONValue) -> JSONValue {
      switch value {
      case .string(let text): return .string(renamed[text] ?? text)
      case .array(let list): return .array(list.map(rewrite))
      case .object(var object):
        if case .string(let id)? = object["id"], let new = renamed[id] {
          object = object.mapValues(rewrite)
          object["renumberedFrom"] = .string(id)
          object["id"] = .string(new)
          return .object(object)
        }
        return .object(object.mapValues(rewrite))
      default: return value
      }
    }
    return rewrite(theirs)
  }

  /// Who last changed a side: the newest change record not in the base.
  static func side(of value: JSONValue, since base: JSONValue?) -> MergeSide? {
    guard case .array(let changes)? = value["changes"] else { return nil }
    var old: Set<JSONValue> = []
    if case .array(let before)? = base?["changes"] { old = Set(before) }
    guard let last = changes.last(where: { !old.contains($0) }),
      case .string(let by)? = last["by"], case .string(let at)? = last["at"],
      let moment = Timestamp(at)
    else { return nil }
    return MergeSide(by: by, at: moment)
  }

  /// An element's identity within its array.
  package static func identity(_ element: JSONValue) -> String {
    if case .object(let object) = element {
      if case .string(let id)? = object["id"] { return "id:" + id }
      if case .string(let family)? = object["family"], object["start"] != nil {
        return "family:" + family
      }
      if case .string(let role)? = object["role"], case .string(let name)? = object["name"],
        object["mark"] != nil || object["present"] != nil
      {
        return "attendee:" + role + "/" + name
      }
    }
    return "value:" + canonical(element)
  }

  /// How an identity reads in a field path: "decisions[FV-2026-0042-D003]".
  package static func label(_ identity: String) -> String {
    guard let colon = identity.firstIndex(of: ":") else { return identity }
    let text = String(identity[identity.index(after: colon)...])
    return text.count > 40 ? String(text.prefix(39)) + "…" : text
  }

  /// A JSON text with sorted keys, for comparing values.
  static func canonical(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)"
    case .numberText(let text): return text
    case .string(let text): return Sanitized.json(text)
    case .array(let elements): return "[" + elements.map(canonical).joined(separator: ",") + "]"
    case .object(let object):
      return "{"
        + object.keys.sorted().map { Sanitized.json($0) + ":" + canonical(object[$0]!) }
        .joined(separator: ",") + "}"
    }
  }

  /// "E8" → ("E", 8) for ids numbered within one file.
  static func localNumber(_ id: String) -> (prefix: String, number: Int)? {
    guard let first = id.unicodeScalars.first, ("A"..."Z").contains(first) else { return nil }
    let digits = id.dropFirst()
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let number = Int(digits)
    else { return nil }
    return (String(first), number)
  }
}

private struct Merger {
  let sides: [MergeSide?]
  let at: Timestamp
  var conflicts: [MergeConflict] = []

  init(sides: [MergeSide?], at: Timestamp) {
    self.sides = sides
    self.at = at
  }

  /// nil: the value is absent in the result.
  mutating func value(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, path: [String])
    -> JSONValue?
  {
    if ours == theirs { return ours }
    if ours == base { return theirs }
    if theirs == base { return ours }
    switch (ours, theirs) {
    case (.object(let left)?, .object(let right)?):
      var old: [String: JSONValue] = [:]
      if case .object(let before)? = base { old = before }
      var result: [String: JSONValue] = [:]
      for key in Set(left.keys).union(right.keys).union(old.keys).sorted() {
        if let merged = value(
          base: old[key], ours: left[key], theirs: right[key], path: path + [key])
        {
          result[key] = merged
        }
      }
      return .object(result)
    case (.array(let left)?, .array(let right)?):
      var old: [JSONValue] = []
      if case .array(let before)? = base { old = before }
      return .array(array(base: old, ours: left, theirs: right, path: path))
    default:
      conflicts.append(
        MergeConflict(
          path: path, values: [ours ?? .null, theirs ?? .null], base: base, sides: sides, at: at))
      return ours ?? theirs
    }
  }

  mutating func array(base: [JSONValue], ours: [JSONValue], theirs: [JSONValue], path: [String])
    -> [JSONValue]
  {
    func keyed(_ elements: [JSONValue]) -> [(String, JSONValue)] {
      var seen: [String: Int] = [:]
      return elements.map { element in
        let identity = StoreMerge.identity(element)
        seen[identity, default: 0] += 1
        let count = seen[identity]!
        return (count == 1 ? identity : identity + "#\(count)", element)
      }
    }
    let old = Dictionary(keyed(base), uniquingKeysWith: { first, _ in first })
    let left = keyed(ours)
    var right = keyed(theirs)
    let leftMap = Dictionary(left, uniquingKeysWith: { first, _ in first })
    // Both sides numbered a new element the same within the file: theirs is numbered on.
    var taken = Set(
      (ours + theirs + base).compactMap { element -> String? in
        if case .string(let id)? = element["id"] { return id }
        return nil
      })
    // Per prefix, a run of numbers known to be taken (from, through): a
    // search that starts inside it jumps past it, so 20,000 elements that
    // all say "E8" are numbered on in linear time, not quadratic.
    var takenRun: [String: (from: Int, through: Int)] = [:]
    for index in right.indices {
      let (identity, element) = right[index]
      guard identity.hasPrefix("id:"), old[identity] == nil, let mine = leftMap[identity],
        mine != element, case .string(let id)? = element["id"],
        let (prefix, number) = StoreMerge.localNumber(id), case .object(var object) = element
      else { continue }
      let start = number + 1
      var next = start
      var runStart = start
      if let run = takenRun[prefix], run.from <= start, start <= run.through + 1 {
        next = max(start, run.through + 1)
        runStart = run.from
      }
      while taken.contains(prefix + String(next)) { next += 1 }
      takenRun[prefix] = (runStart, next)
      taken.insert(prefix + String(next))
      object["id"] = .string(prefix + String(next))
      object["renumberedFrom"] = .string(id)
      right[index] = ("id:" + prefix + String(next), .object(object))
    }
    let rightMap = Dictionary(right, uniquingKeysWith: { first, _ in first })
    var result: [JSONValue] = []
    for (identity, element) in left {
      let step = path.isEmpty ? [] : path
      let label = "[" + StoreMerge.label(identity) + "]"
      if let other = rightMap[identity] {
        if let merged = value(
          base: old[identity], ours: element, theirs: other,
          path: step.isEmpty ? [label] : step + [label])
        {
          result.append(merged)
        }
      } else if let before = old[identity] {
        // Removed by theirs: gone unless ours changed it (then it stays).
        if before != element { result.append(element) }
      } else {
        result.append(element)
      }
    }
    for (identity, element) in right where leftMap[identity] == nil {
      if let before = old[identity] {
        // Removed by ours: gone unless theirs changed it.
        if before != element { result.append(element) }
      } else {
        result.append(element)
      }
    }
    // Change records in time order (a stable sort keeps equal times as they were).
    let isChanges =
      !result.isEmpty
      && result.allSatisfy {
        $0["at"] != nil && $0["by"] != nil && $0["what"] != nil && $0["id"] == nil
      }
    if isChanges {
      result = result.enumerated().sorted { first, second in
        let left = StoreMerge.canonical(first.element["at"] ?? .null)
        let right = StoreMerge.canonical(second.element["at"] ?? .null)
        return left != right ? left < right : first.offset < second.offset
      }.map(\.element)
    }
    return result
  }
}
