// A family's route through the chain for `tafel history` and the board's
// history view: one row per chain step with the days since the previous one,
// the phase bands, who held direction when, and the professionals joining
// and leaving with a running count.

package struct Timeline: Codable, Hashable, Sendable {
  package struct Row: Codable, Hashable, Sendable {
    package var event: String
    package var date: Day
    package var kind: EventKind
    package var from: String?
    package var fromName: String?
    package var to: String?
    package var toName: String?
    package var note: String?
    package var informed: [Informed]?
    /// Days since the previous row; nil for the first.
    package var daysSincePrevious: Int?
    /// For a step a decision implies: the decision's outcome (its note holds
    /// the outcome's code, which the text puts in words).
    package var outcome: Outcome?
    /// For the RvdK's decision: who decided, with whom, and why or on what conditions.
    package var rvdk: RvdKDecision?

    /// The note as a reader reads it: a decision's outcome in words, the
    /// RvdK's decision with who took it.
    package func note(_ language: Language) -> String? {
      if let rvdk {
        let words = ChainWords.rvdkDecision(rvdk, language)
        return note.map { words + " — " + $0 } ?? words
      }
      guard let note, let outcome else { return note }
      return note.replacingOccurrences(
        of: "· " + outcome.rawValue, with: "· " + MinutesWords.outcome(outcome, language))
    }
  }

  package struct PhaseBand: Codable, Hashable, Sendable {
    package var phase: Phase
    package var from: Day
    /// The day the next phase started (or the case closed); nil while it lasts.
    package var to: Day?
  }

  package struct DirectionSpan: Codable, Hashable, Sendable {
    package var professional: String
    package var name: String
    package var organisation: String?
    package var organisationName: String?
    /// Its organisation's kind: a local professional and a safety team form a duo.
    package var organisationKind: OrganisationKind?
    package var from: Day
    package var to: Day?
  }

  package enum StaffChangeKind: String, Codable, Hashable, Sendable {
    case joined
    case left
  }

  /// One record of who held the child's safety, or a handover offered,
  /// with the names a reader needs.
  package struct SafetyRecord: Codable, Hashable, Sendable {
    package var record: SafetyResponsibility
    package var organisationName: String
    package var offeredByName: String?
    package var professionalName: String?
  }

  package struct StaffChange: Codable, Hashable, Sendable {
    package var date: Day
    package var change: StaffChangeKind
    package var professional: String
    package var name: String
    package var organisationName: String?
    /// Professionals involved right after this change.
    package var active: Int
    /// Distinct professionals the family has met so far.
    package var metSoFar: Int
  }

  /// The phases shown as bands.
  package static let bandPhases: [Phase] = [.voluntary, .table, .drang, .investigation, .measure]

  package var family: String
  package var name: String
  package var municipality: String
  package var phase: Phase
  package var rows: [Row]
  package var phases: [PhaseBand]
  package var direction: [DirectionSpan]
  /// Who held the child's safety, and the handovers offered, oldest first.
  package var safety: [SafetyRecord]
  package var staff: [StaffChange]
  /// Distinct professionals ever involved.
  package var professionalsMet: Int

  package static func build(family: Family, directory: Directory) -> Timeline {
    let ordered = family.chainSteps.enumerated().sorted { ($0.1.date, $0.0) < ($1.1.date, $1.0) }
      .map(\.1)
    func organisationName(_ id: String?) -> String? {
      id.map { id in directory.organisation(id).map(ChainWords.shortName) ?? id }
    }
    var rows: [Row] = []
    for event in ordered {
      rows.append(
        Row(
          event: event.id, date: event.date, kind: event.kind, from: event.from,
          fromName: organisationName(event.from), to: event.to, toName: organisationName(event.to),
          note: event.note, informed: event.informed,
          daysSincePrevious: rows.last.map { $0.date.days(until: event.date) },
          outcome: event.decision.flatMap { family.decision($0)?.outcome }, rvdk: event.rvdk))
    }

    let direction = family.involvements.filter { $0.functions.contains(.direction) }
      .sorted { ($0.from, $0.id) < ($1.from, $1.id) }
      .map { involvement in
        let professional = directory.professional(involvement.professional)
        return DirectionSpan(
          professional: involvement.professional,
          name: professional?.name ?? involvement.professional,
          organisation: professional?.organisation,
          organisationName: organisationName(professional?.organisation),
          organisationKind: professional.flatMap { directory.organisation($0.organisation)?.kind },
          from: involvement.from, to: involvement.to)
      }

    return Timeline(
      family: family.id, name: family.name, municipality: family.municipality, phase: family.phase,
      rows: rows, phases: bands(ordered, family: family), direction: direction,
      safety: (family.safety ?? []).map { record in
        SafetyRecord(
          record: record,
          organisationName: organisationName(record.organisation) ?? record.organisation,
          offeredByName: organisationName(record.offeredBy),
          professionalName: record.professional.map { directory.professional($0)?.name ?? $0 })
      },
      staff: staffChanges(family, directory: directory),
      professionalsMet: Set(family.involvements.map(\.professional)).count)
  }

  /// Replays the steps with `EventKind.phase(after:)`. When the family's
  /// recorded phase differs from where the steps lead (a table decision moves
  /// a family without a step), the recorded phase holds from the last
  /// decision's step on, or from the last step when no decision came after
  /// the last band began.
  static func bands(_ ordered: [ChainEvent], family: Family) -> [PhaseBand] {
    var spans: [(phase: Phase, from: Day)] = []
    var current = Phase.reported
    for event in ordered {
      let next = event.kind.phase(after: current)
      if next != current || spans.isEmpty {
        spans.append((next, event.date))
        current = next
      }
    }
    if let last = ordered.last, current != family.phase {
      // The stored phase was set by the table's decision when one came after
      // the last band began: it starts on the decision's day, not on a later
      // step that left the phase alone (a new report).
      let decided = ordered.last { $0.decision != nil }?.date
      let since = decided.flatMap { day in spans.last.map { day >= $0.from } == true ? day : nil }
      spans.append((family.phase, since ?? last.date))
    }
    // A phase that began and ended on one day (a table discussion that kept
    // drang going) is a step in the route, not a band of its own.
    spans = spans.enumerated().filter { index, span in
      index + 1 == spans.count || spans[index + 1].from != span.from
    }.map(\.element)
    var bands: [PhaseBand] = []
    for (index, span) in spans.enumerated() where bandPhases.contains(span.phase) {
      let end = index + 1 < spans.count ? spans[index + 1].from : nil
      if let previous = bands.last, previous.phase == span.phase, previous.to == span.from {
        bands[bands.count - 1].to = end
      } else {
        bands.append(PhaseBand(phase: span.phase, from: span.from, to: end))
      }
    }
    return bands
  }

  /// Joins and leaves in date order (joins first on a day); a professional
  /// with several involvements joins at the first and leaves after the last.
  static func staffChanges(_ family: Family, directory: Directory) -> [StaffChange] {
    var changes: [(date: Day, order: Int, professional: String, joined: Bool)] = []
    for (index, involvement) in family.involvements.enumerated() {
      changes.append((involvement.from, index, involvement.professional, true))
      if let to = involvement.to {
        changes.append((to, index, involvement.professional, false))
      }
    }
    changes.sort { ($0.date, $0.joined ? 0 : 1, $0.order) < ($1.date, $1.joined ? 0 : 1, $1.order) }
    var running: [String: Int] = [:]
    var met: Set<String> = []
    var result: [StaffChange] = []
    for change in changes {
      let before = running[change.professional] ?? 0
      let after = before + (change.joined ? 1 : -1)
      running[change.professional] = after
      guard (change.joined && before == 0) || (!change.joined && after == 0) else { continue }
      met.insert(change.professional)
      let professional = directory.professional(change.professional)
      result.append(
        StaffChange(
          date: change.date, change: change.joined ? .joined : .left,
          professional: change.professional, name: professional?.name ?? change.professional,
          organisationName: professional.flatMap { directory.organisation($0.organisation) }
            .map(ChainWords.shortName),
          active: running.values.filter { $0 > 0 }.count, metSoFar: met.count))
    }
    return result
  }
}

extension Timeline {
  /// Two people holding direction at once: the principle is one director per
  /// family, so every overlap of two direction spans is shown, except a duo
  /// of a local professional and a regional safety team (one direction).
  package struct DirectionOverlap: Hashable, Sendable {
    package var first: DirectionSpan
    package var second: DirectionSpan
    package var from: Day
    /// Nil while both still hold it.
    package var to: Day?
  }

  package var directionOverlaps: [DirectionOverlap] {
    var overlaps: [DirectionOverlap] = []
    for (index, first) in direction.enumerated() {
      for second in direction[(index + 1)...]
      where second.professional != first.professional
        && !OrganisationKind.formDuo(first.organisationKind, second.organisationKind)
      {
        let from = max(first.from, second.from)
        let to: Day? =
          switch (first.to, second.to) {
          case (let a?, let b?): min(a, b)
          case (let a?, nil): a
          case (nil, let b?): b
          case (nil, nil): nil
          }
        if to.map({ from <= $0 }) ?? true {
          overlaps.append(DirectionOverlap(first: first, second: second, from: from, to: to))
        }
      }
    }
    return overlaps
  }
}
