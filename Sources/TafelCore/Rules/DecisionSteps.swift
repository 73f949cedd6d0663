// Decisions are chain steps. What the table decides moves the family through
// the chain without anyone typing an event: every decision in force adds the
// table discussion on the meeting day; a request to the RvdK adds the
// request to the RvdK, drang the start of drang. The steps are derived, not
// stored: a correction changes them with the decision it replaces, and stores
// written before this rule get them with nothing to migrate. A step someone
// typed (`tafel event`) on the same day and of the same kind stands instead.

extension Family {
  /// The chain steps a decision implies, dated on its meeting's day.
  package func implied(by decision: Decision) -> [ChainEvent] {
    let day = decision.tableDay
    let short = Decision.shortID(decision.id, family: decision.family)
    func step(_ suffix: String, _ kind: EventKind, _ note: String) -> ChainEvent {
      ChainEvent(
        id: decision.id + "/" + suffix, date: day, kind: kind, note: note, decision: decision.id)
    }
    // Notes stay in no language: the decision's number, the outcome's code
    // and a deadline; the history words the step itself.
    var steps = [
      step("table", .tableDiscussion, "\(short) · \(decision.outcome.rawValue)")
    ]
    switch decision.outcome {
    case .investigation:
      steps.append(step("request", .investigationRequest, "\(short)"))
    case .drang:
      steps.append(
        step("drang", .drangStart, "\(short)" + (decision.deadline.map { " → \($0)" } ?? "")))
    default:
      break
    }
    return steps
  }

  /// Every step of the family in the chain: those recorded, and those its
  /// decisions in force imply. A step recorded by hand stands instead of an
  /// implied one of its kind on that day, and then carries the decision's
  /// note when it has none of its own (the table's decision stays in the
  /// history).
  package var chainSteps: [ChainEvent] {
    guard !decisions.isEmpty else { return events }
    var steps = events
    // The recorded steps no decision has claimed, by kind and day (implied
    // steps name their decision, so only recorded ones are candidates): one
    // look-up per step, so a family with thousands of decisions stays linear.
    struct KindAndDay: Hashable {
      let kind: EventKind
      let date: Day
    }
    var unclaimed: [KindAndDay: [Int]] = [:]
    for index in steps.indices where steps[index].decision == nil {
      unclaimed[KindAndDay(kind: steps[index].kind, date: steps[index].date), default: []]
        .append(index)
    }
    let corrected = correctedIDs
    for decision in decisions where !corrected.contains(decision.id) {
      for step in implied(by: decision) {
        let key = KindAndDay(kind: step.kind, date: step.date)
        guard let recorded = unclaimed[key]?.first else {
          steps.append(step)
          continue
        }
        if (steps[recorded].note ?? "").isEmpty {
          steps[recorded].note = step.note
          steps[recorded].decision = decision.id
          unclaimed[key]?.removeFirst()
        }
      }
    }
    // The RvdK decides after the table asked: on the day of the table's
    // request, its decision comes after the steps the request implies.
    if steps.contains(where: { $0.kind.isRvdKDecision }) {
      return steps.filter { !$0.kind.isRvdKDecision } + steps.filter { $0.kind.isRvdKDecision }
    }
    return steps
  }
}

extension Outcome {
  /// Where the family stands after the table decided this.
  package func phase(after current: Phase) -> Phase {
    switch self {
    case .noInvestigation: .voluntary
    case .drang: .drang
    case .investigation: .investigation
    case .endOTS, .extendOTS: current == .closed ? .table : current
    // Adjourning decides nothing about where the family stands; nor does an
    // outcome in the table's own words.
    case .adjourned, .other: current == .reported ? .table : current
    }
  }
}
