// One way to find a professional from what someone typed, for every command
// and the board: an id (P-0001), or a name that only one professional has
// (case and diacritics do not matter). Two with that name is a question, not
// a guess; an unknown name comes back with the names nearest to it.

package enum PersonMatch: Hashable, Sendable {
  case found(Professional)
  /// More than one professional has this name: which one is meant.
  case ambiguous([Professional])
  /// Nobody has this id or name; the nearest names, if any look alike.
  case unknown(nearest: [Professional])
}

extension Directory {
  /// The professional `text` names: by id, else by name (folded).
  package func match(person text: String) -> PersonMatch {
    let wanted = text.trimmed
    if let byID = professionals.first(where: { $0.id == wanted }) { return .found(byID) }
    let folded = Folding.fold(wanted)
    let named = professionals.filter { Folding.fold($0.name) == folded }
    if named.count == 1 { return .found(named[0]) }
    if named.count > 1 { return .ambiguous(named) }
    let nearest =
      professionals
      .map { ($0, PersonMatch.distance(Folding.fold($0.name), folded)) }
      .filter { $0.1 <= max(2, folded.count / 4) }
      .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
      .prefix(3).map(\.0)
    return .unknown(nearest: Array(nearest))
  }

  /// How a professional is named where a choice is offered:
  /// "P-0001 Els Jansen (lt-ede, gezinscoach)".
  package func described(_ professional: Professional) -> String {
    "\(professional.id) \(professional.name) (\(professional.organisation), \(professional.role))"
  }
}

extension PersonMatch {
  /// Edits (insert, delete, replace) from one text to another.
  static func distance(_ one: String, _ other: String) -> Int {
    let a = Array(one)
    let b = Array(other)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = Swift.min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
