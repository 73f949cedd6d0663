// The end dates that must not pass unnoticed: a drang deadline set by the
// table (at most six months), a provisional OTS (at most three months) and an
// OTS or its extension (at most a year each).

package enum DeadlineKind: String, Codable, CaseIterable, Sendable {
  case drang
  case provisionalOTS = "provisional-ots"
  case ots
}

package struct MeasureDeadline: Codable, Hashable, Sendable {
  package var kind: DeadlineKind
  /// The day it runs out.
  package var date: Day
  /// The decision (drang) or chain event (rulings) it comes from.
  package var source: String
  package var sourceDate: Day
}

package enum MeasureDeadlines {
  package static let provisionalOTSMonths = 3
  package static let otsMonths = 12

  /// The deadlines still running for a family: the drang deadline of its
  /// latest standing decision, and the end of its latest provisional OTS and
  /// of its latest OTS (ruling or extension) unless a later step ended them.
  package static func running(in family: Family) -> [MeasureDeadline] {
    var deadlines: [MeasureDeadline] = []
    let corrected = family.correctedIDs
    let standing = family.decisions.filter { !corrected.contains($0.id) }
    if let latest = standing.max(by: { $0.time < $1.time }), latest.outcome == .drang,
      let deadline = latest.deadline
    {
      deadlines.append(
        MeasureDeadline(
          kind: .drang, date: deadline, source: latest.id, sourceDate: latest.day))
    }
    // Events in date order, the later-recorded first among equal dates;
    // compared as (date, position) without sorting.
    let events = family.events
    func later(_ a: Int, than b: Int) -> Bool {
      (events[a].date, a) > (events[b].date, b)
    }
    func latest(_ isStart: (EventKind) -> Bool, endedBy isEnd: (EventKind) -> Bool)
      -> ChainEvent?
    {
      var found: Int?
      for index in events.indices where isStart(events[index].kind) {
        if found.map({ later(index, than: $0) }) ?? true { found = index }
      }
      guard let found else { return nil }
      let ended = events.indices.contains { isEnd(events[$0].kind) && later($0, than: found) }
      return ended ? nil : events[found]
    }
    if let ruling = latest(
      { $0 == .rulingProvisionalOTS }, endedBy: { [.rulingOTS, .otsEnd, .closure].contains($0) })
    {
      deadlines.append(
        MeasureDeadline(
          kind: .provisionalOTS, date: ruling.date.adding(months: provisionalOTSMonths),
          source: ruling.id, sourceDate: ruling.date))
    }
    if let ruling = latest(
      { $0 == .rulingOTS || $0 == .otsExtension }, endedBy: { $0 == .otsEnd || $0 == .closure })
    {
      deadlines.append(
        MeasureDeadline(
          kind: .ots, date: ruling.date.adding(months: otsMonths), source: ruling.id,
          sourceDate: ruling.date))
    }
    return deadlines
  }
}
