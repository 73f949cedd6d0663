// The end of a case and of a meeting. Adjourning says why and, when it is
// known, the meeting the case moves to (it appears there "carried over");
// closing records the end, marks the cases not reached, and makes the
// minutes final. After closing, attendance is fixed and the agenda's cases
// no longer change; a decision about them is a correction (DecisionRules).

extension Meeting {
  package var isClosed: Bool { closedAt != nil }
  package var isCancelled: Bool { cancelledAt != nil }

  /// Calls the meeting off before it sits: only with an empty agenda (a case
  /// on it is taken off or carried to another meeting first), and with why.
  package mutating func cancel(reason: String, at now: Timestamp, by: String)
    throws(ArgumentRefusal)
  {
    try refuseIfClosed("MEETING")
    guard !reason.trimmed.isEmpty else {
      throw ArgumentRefusal("--reason", "say why the meeting is called off")
    }
    guard items.isEmpty else {
      throw ArgumentRefusal(
        "MEETING",
        "\(id) has \(items.count) \(items.count == 1 ? "case" : "cases") on its agenda ("
          + items.map(\.family).joined(separator: ", ")
          + "); take each case not yet decided off (tafel meeting remove \(id) FAMILY) or carry it "
          + "to another meeting (tafel meeting adjourn); a meeting where a case was decided keeps "
          + "its record and is closed, not called off"
      )
    }
    cancelledAt = now
    cancelledBy = by
    cancelReason = reason.trimmed
  }

  /// Refuses a change to a closed meeting, naming when it was closed.
  package func refuseIfClosed(_ argument: String) throws(ArgumentRefusal) {
    if let cancelledAt {
      throw ArgumentRefusal(
        argument,
        "\(id) was called off at \(cancelledAt.description)"
          + (cancelledBy.map { " by \($0)" } ?? "") + "; it can no longer be changed")
    }
    guard let closedAt else { return }
    throw ArgumentRefusal(
      argument,
      "\(id) was closed at \(closedAt.description)"
        + (closedBy.map { " by \($0)" } ?? "") + "; it can no longer be changed")
  }

  /// Closes the meeting at `now`: a case still at the table, or paused after
  /// it was there, was discussed without a decision (its time kept); a case
  /// that never came to the table was not reached.
  package mutating func close(at now: Timestamp, by: String) throws(ArgumentRefusal) {
    try refuseIfClosed("MEETING")
    for index in items.indices {
      switch items[index].status {
      case .inProgress, .paused: items[index].leave(as: .discussed, at: now)
      case .waiting: items[index].leave(as: .notReached, at: now)
      default: break
      }
    }
    closedAt = now
    closedBy = by
  }

  /// Adjourns the case of `family`: the reason is required; `target`, when
  /// given, is a later meeting (not this one, not in the past) it moves to.
  package mutating func adjourn(
    _ family: String, reason: String, to target: String?, today: Day, at now: Timestamp
  ) throws(ArgumentRefusal) {
    try refuseIfClosed("MEETING")
    guard let index = items.firstIndex(where: { $0.family == family }) else {
      throw ArgumentRefusal("FAMILY", "\(family) is not on the agenda of \(id)")
    }
    guard !reason.trimmed.isEmpty else {
      throw ArgumentRefusal("--reason", "say why the case is adjourned")
    }
    if let target {
      guard target != id else {
        throw ArgumentRefusal("--to", "\(target) is this meeting; adjourn to a later one")
      }
      guard let day = Meeting.date(fromID: target) else {
        throw ArgumentRefusal("--to", "\"\(target)\" is not a meeting id (JBT-YYYY-MM-DD)")
      }
      guard day >= today, day >= date else {
        throw ArgumentRefusal("--to", "\(target) lies in the past; adjourn to a later meeting")
      }
    }
    items[index].leave(as: .adjourned, at: now)
    items[index].adjournedReason = reason.trimmed
    items[index].carriedTo = target
  }

  /// The cases a closed meeting did not finish: not reached, or discussed
  /// without a decision. They move on with `--carry-to`.
  package var unfinished: [AgendaItem] {
    items.filter { $0.status == .notReached || $0.status == .discussed }
  }

  /// Takes in a case adjourned at `source`: on the agenda (after the last
  /// case) marked carried over, or marked so when it is already there. Why
  /// it was adjourned and what kind of case it was travel with it: an OTS
  /// review carried over is still an OTS review, planned as long as it was.
  package mutating func carryOver(
    _ item: AgendaItem, from source: String, reason: String?
  ) throws(ArgumentRefusal) {
    try refuseIfClosed("--to")
    if let index = items.firstIndex(where: { $0.family == item.family }) {
      items[index].carriedFrom = source
      items[index].carriedReason = reason
      return
    }
    var carried = AgendaItem(
      family: item.family, start: nextFreeStart, minutes: item.minutes, kind: item.kind)
    carried.documents = item.documents
    carried.carriedFrom = source
    carried.carriedReason = reason
    items.append(carried)
  }
}
