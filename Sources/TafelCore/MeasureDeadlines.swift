// The end dates that must not pass unnoticed: a drang deadline set by the
// table (at most six months), a provisional OTS (at most three months) and an
// OTS or its extension (at most a year each).

public enum DeadlineKind: String, Codable, CaseIterable, Sendable {
  case drang
  case provisionalOTS = "provisional-ots"
  case ots
}

public struct MeasureDeadline: Codable, Hashable, Sendable {
  public var kind: DeadlineKind
  /// The day it runs out.
  public var date: Day
  /// The decision (drang) or chain event (rulings) it comes from.
  public var source: String
  public var sourceDate: Day
}

public enum MeasureDeadlines {
  public static let provisionalOTSMonths = 3
  public static let otsMonths = 12

  /// The deadlines still running for a family: the drang deadline of its
  /// latest standing decision, and the end of its latest provisional OTS and
  /// of its latest OTS (ruling or extension) unless a later step ended them.
  public static func running(in family: Family) -> [MeasureDeadline] {
    var deadlines: [MeasureDeadline] = []
    let standing = family.decisions.filter { family.correction(of: $0.id) == nil }
    if let latest = standing.max(by: { $0.time < $1.time }), latest.outcome == .drang,
      let deadline = latest.deadline
    {
      deadlines.append(
        MeasureDeadline(
          kind: .drang, date: deadline, source: latest.id, sourceDate: latest.time.utcDay))
    }
    let ordered = family.events.enumerated().sorted { ($0.1.date, $0.0) < ($1.1.date, $1.0) }
      .map(\.1)
    func latest(_ kinds: Set<EventKind>, endedBy enders: Set<EventKind>) -> ChainEvent? {
      guard let index = ordered.lastIndex(where: { kinds.contains($0.kind) }) else { return nil }
      let ended = ordered[(index + 1)...].contains { enders.contains($0.kind) }
      return ended ? nil : ordered[index]
    }
    if let ruling = latest([.rulingProvisionalOTS], endedBy: [.rulingOTS, .otsEnd, .closure]) {
      deadlines.append(
        MeasureDeadline(
          kind: .provisionalOTS, date: ruling.date.adding(months: provisionalOTSMonths),
          source: ruling.id, sourceDate: ruling.date))
    }
    if let ruling = latest([.rulingOTS, .otsExtension], endedBy: [.otsEnd, .closure]) {
      deadlines.append(
        MeasureDeadline(
          kind: .ots, date: ruling.date.adding(months: otsMonths), source: ruling.id,
          sourceDate: ruling.date))
    }
    return deadlines
  }
}
