// What may be put on a meeting's agenda and taken off it: a family once, a
// planned start in "HH:MM", a length the table can sit (1 to 480 minutes),
// and never a case the table has already decided in this meeting.

package enum AgendaRules {
  package static let minutes = 1...480
  /// When nothing earlier is planned, the first case starts here.
  package static let firstStart = "09:00"

  /// Minutes since midnight for "HH:MM" (00:00 … 23:59), or nil.
  package static func minutesSinceMidnight(_ text: String) -> Int? {
    let bytes = Array(text.utf8)
    guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
      [0, 1, 3, 4].allSatisfy({ (48...57).contains(bytes[$0]) })
    else { return nil }
    let hours = Int(bytes[0] - 48) * 10 + Int(bytes[1] - 48)
    let minutes = Int(bytes[3] - 48) * 10 + Int(bytes[4] - 48)
    guard hours < 24, minutes < 60 else { return nil }
    return hours * 60 + minutes
  }

  static func clock(_ minutes: Int) -> String {
    let hours = (minutes / 60) % 24
    let rest = minutes % 60
    return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
  }
}

extension Meeting {
  /// The start after the last planned case, or 09:00 on an empty agenda.
  package var nextFreeStart: String {
    let ends = items.compactMap { item in
      AgendaRules.minutesSinceMidnight(item.start).map { $0 + item.minutes }
    }
    guard let latest = ends.max() else { return AgendaRules.firstStart }
    return AgendaRules.clock(min(latest, 23 * 60 + 59))
  }

  /// Puts `family` on the agenda; refuses a family already on it, a start
  /// that is not "HH:MM", a length outside 1…480 minutes, and a kind
  /// scheduled only with documents (an OTS end review) without all of them.
  @discardableResult
  package mutating func addItem(
    family: String, start: String?, minutes: Int?, kind: AgendaKind,
    documents: [OTSDocument]? = nil
  ) throws(ArgumentRefusal) -> AgendaItem {
    // A closed or called-off meeting's agenda no longer changes.
    try refuseIfClosed("MEETING")
    guard !items.contains(where: { $0.family == family }) else {
      throw ArgumentRefusal("FAMILY", "\(family) is already on the agenda of \(id)")
    }
    if let start, AgendaRules.minutesSinceMidnight(start) == nil {
      throw ArgumentRefusal("--at", "\"\(start)\" is not a time (HH:MM)")
    }
    let length = minutes ?? 60
    guard AgendaRules.minutes.contains(length) else {
      throw ArgumentRefusal("--minutes", "\(length) is not 1 to 480 minutes")
    }
    let missing = kind.requiredDocuments.filter { !(documents ?? []).contains($0) }
    if !missing.isEmpty {
      throw ArgumentRefusal(
        "--document",
        "an \(kind.rawValue) case is scheduled only with its documents; missing: "
          + missing.map(\.rawValue).joined(separator: ", "))
    }
    var item = AgendaItem(
      family: family, start: start ?? nextFreeStart, minutes: length, kind: kind)
    if !kind.requiredDocuments.isEmpty { item.documents = kind.requiredDocuments }
    items.append(item)
    return item
  }

  /// Takes `family` off the agenda; refuses a family that is not on it, and a
  /// case that was decided (its status, or a decision of the family naming
  /// this meeting): a decision must keep the meeting it was taken in.
  package mutating func removeItem(family: String, decisions: [Decision]) throws(ArgumentRefusal) {
    guard let index = items.firstIndex(where: { $0.family == family }) else {
      throw ArgumentRefusal("FAMILY", "\(family) is not on the agenda of \(id)")
    }
    if items[index].status == .decided || decisions.contains(where: { $0.meeting == id }) {
      throw ArgumentRefusal("FAMILY", "\(family) has a decision in \(id); it stays on the agenda")
    }
    items.remove(at: index)
  }
}
