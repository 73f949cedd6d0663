// The nine signals as pure functions of a family, the directory, a date and
// the thresholds. Every rule is written out in docs/signals.md; change both
// together.

package enum Signals {
  /// Signals that look back (direction, overlap, many helpers, handover gap,
  /// assessments, child's voice) look at the last 365 days, today included.
  package static let windowDays = 365

  /// Every signal of a family on `today`, in the order of `SignalKind.allCases`.
  /// A closed family has none.
  package static func evaluate(
    family: Family, directory: Directory, today: Day, thresholds: SignalThresholds,
    settings: RegionSettings = RegionSettings()
  ) -> [Signal] {
    evaluate(
      family: family, lookup: DirectoryLookup(directory), today: today, thresholds: thresholds,
      settings: settings)
  }

  /// The same, with the directory already indexed (for many families at once).
  /// `settings` are the region's (the repeat window).
  package static func evaluate(
    family: Family, lookup: DirectoryLookup, today: Day, thresholds: SignalThresholds,
    settings: RegionSettings = RegionSettings()
  ) -> [Signal] {
    guard family.phase != .closed else { return [] }
    let context = SignalContext(family: family, lookup: lookup, today: today)
    return direction(context) + overlap(context) + manyHelpers(context, thresholds)
      + stalled(context, thresholds) + handoverGap(context) + assessments(context, thresholds)
      + agreements(context) + childVoice(context) + deadlines(context, thresholds)
      + sync(context) + consent(context) + safety(context, thresholds)
      + repeated(context, months: settings.repeatWindowMonths)
  }

  // MARK: 13 back again

  /// A new report or request for discussion, in the last 365 days, within
  /// `months` of a decision in force that ended the table's part (no RvdK
  /// investigation, or drang): the family is back. `dates`: the decision's
  /// day and the step's; `ids`: the decision and the step; `texts`: the
  /// outcome's code; `eventKind`: the step; `limit`: the months.
  static func repeated(_ c: SignalContext, months: Int) -> [Signal] {
    let latest = c.family.returns(within: months, steps: c.family.chainSteps)
      .filter { $0.step.date <= c.today && $0.step.date >= c.windowStart }
      .max { $0.step.date < $1.step.date }
    guard let (decision, step) = latest.map({ ($0.decision, $0.step) }) else { return [] }
    var evidence = SignalEvidence(dates: [decision.day, step.date], eventKind: step.kind)
    evidence.ids = [decision.id, step.id]
    evidence.texts = [decision.outcome.rawValue]
    evidence.limit = months
    return [c.signal(.repeated, evidence)]
  }

  // MARK: 12 safety

  /// Phases in which the child waits for the chain's next step, and someone
  /// must hold its safety meanwhile (the inspectorates' demand).
  package static let safetyPhases: Set<Phase> = [.table, .drang, .investigation]

  /// Nobody holds the child's safety while the family waits (reason
  /// "none"), or a handover has gone unanswered longer than the threshold
  /// (reason "unanswered": the two organisations, the day offered, the days).
  static func safety(_ c: SignalContext, _ thresholds: SignalThresholds) -> [Signal] {
    var signals: [Signal] = []
    if safetyPhases.contains(c.family.phase), c.family.safetyHolder(on: c.today) == nil {
      var evidence = SignalEvidence(reason: "none")
      evidence.dates = (c.family.safety ?? []).compactMap(\.to).filter { $0 <= c.today }
      signals.append(c.signal(.safety, evidence))
    }
    if let offer = c.family.openSafetyOffer, let offered = offer.offeredOn,
      offered.days(until: c.today) > thresholds.handoverAnswerDays
    {
      var evidence = SignalEvidence(
        reason: "unanswered", from: offered, days: offered.days(until: c.today))
      evidence.limit = thresholds.handoverAnswerDays
      let organisations = [offer.offeredBy ?? "", offer.organisation]
      evidence.organisations = organisations
      evidence.organisationNames = organisations.map(c.name(ofOrganisation:))
      evidence.ids = [offer.id]
      signals.append(c.signal(.safety, evidence))
    }
    return signals
  }

  // MARK: 11 consent

  /// The family's route rests on consent (LegalBasis) and someone whose
  /// consent it needs (ConsentRules: by age and custody) has none that holds
  /// today. `texts`: who, "name|why"; `dates`: the days they withdrew one;
  /// reason "withdrawn" when everyone missing withdrew, "none" when a
  /// family without members has no consent at all, else "missing".
  static func consent(_ c: SignalContext) -> [Signal] {
    let (people, nobody) = ConsentRules.missing(in: c.family, on: c.today)
    if nobody {
      var evidence = SignalEvidence(reason: c.family.consent.isEmpty ? "none" : "withdrawn")
      evidence.dates = c.family.consent.compactMap(\.withdrawn)
      return [c.signal(.consent, evidence)]
    }
    guard !people.isEmpty else { return [] }
    let withdrawn = people.compactMap {
      ConsentRules.withdrew($0.member, in: c.family, on: c.today)
    }
    var evidence = SignalEvidence(
      reason: withdrawn.count == people.count ? "withdrawn" : "missing")
    evidence.dates = withdrawn
    evidence.texts = people.map { "\($0.member.name)|\($0.why.rawValue)" }
    return [c.signal(.consent, evidence)]
  }

  /// The distinct marker letters of a family's signals, in kind order ("ROT").
  package static func markers(_ signals: [Signal]) -> String {
    let kinds = Set(signals.map(\.kind))
    return String(SignalKind.allCases.filter { kinds.contains($0) }.map(\.marker))
  }

  // MARK: 1 direction

  static func direction(_ c: SignalContext) -> [Signal] {
    var signals: [Signal] = []
    if c.family.phase != .reported, Directors.on(c.today, in: c.family).isEmpty {
      var evidence = SignalEvidence(
        reason: "none",
        from: Directors.lastHeld(before: c.today, in: c.family).map { $0.adding(days: 1) })
      if let director = c.family.plan.director {
        evidence.professionals = [director]
        evidence.professionalNames = [c.name(ofProfessional: director)]
      }
      signals.append(c.signal(.direction, evidence))
    }
    let holding = c.family.involvements.filter { $0.functions.contains(.direction) }
    for i in 0..<holding.count {
      for j in (i + 1)..<holding.count where holding[i].professional != holding[j].professional {
        let a = holding[i]
        let b = holding[j]
        // A local professional and a safety team as a duo: one direction.
        if Directors.areDuo(a.professional, b.professional, lookup: c.lookup) { continue }
        let start = max(a.from, b.from)
        let end = min(a.to ?? c.today, b.to ?? c.today, c.today)
        guard start <= end, end >= c.windowStart else { continue }
        let ongoing = a.isActive(on: c.today) && b.isActive(on: c.today)
        var evidence = SignalEvidence(reason: "several", from: start, to: ongoing ? nil : end)
        c.add(professionals: [a.professional, b.professional], to: &evidence)
        evidence.texts = [a.professional, b.professional].map { id in
          let organisation = c.lookup.professional(id).map {
            c.name(ofOrganisation: $0.organisation)
          }
          return c.name(ofProfessional: id) + (organisation.map { " (\($0))" } ?? "")
        }
        signals.append(c.signal(.direction, evidence))
      }
    }
    return signals
  }

  // MARK: 2 overlap

  static func overlap(_ c: SignalContext) -> [Signal] {
    Overlaps.find(in: c.family, lookup: c.lookup, from: c.windowStart, to: c.today).map {
      overlap in
      var evidence = SignalEvidence(function: overlap.function, from: overlap.from, to: overlap.to)
      evidence.organisations = overlap.organisations
      evidence.organisationNames = overlap.organisations.map(c.name(ofOrganisation:))
      evidence.professionals = overlap.professionals
      evidence.professionalNames = overlap.professionals.map(c.name(ofProfessional:))
      return c.signal(.overlap, evidence)
    }
  }

  // MARK: 3 many helpers

  static func manyHelpers(_ c: SignalContext, _ thresholds: SignalThresholds) -> [Signal] {
    guard c.family.involvements.count > thresholds.manyHelpers else { return [] }
    let distinct = Set(
      c.family.involvements.filter {
        $0.from <= c.today && $0.overlaps(from: c.windowStart, to: c.today)
      }
      .map(\.professional))
    guard distinct.count > thresholds.manyHelpers else { return [] }
    let recent = distinct.sorted()
    var evidence = SignalEvidence(
      from: c.windowStart, to: c.today, count: recent.count, limit: thresholds.manyHelpers)
    c.add(professionals: recent, to: &evidence)
    return [c.signal(.manyHelpers, evidence)]
  }

  // MARK: 4 stalled

  static func stalled(_ c: SignalContext, _ thresholds: SignalThresholds) -> [Signal] {
    guard let last = c.latestEvent, let norm = thresholds.stalledDays[last.kind.rawValue] else {
      return []
    }
    // Once help runs, an intake is not waiting for a next step.
    if last.kind == .intake, [.voluntary, .drang, .measure].contains(c.family.phase) { return [] }
    let days = last.date.days(until: c.today)
    guard days > norm else { return [] }
    var evidence = SignalEvidence(
      dates: [last.date], count: days, limit: norm, days: days, eventKind: last.kind, ids: [last.id]
    )
    c.add(organisations: [last.from, last.to].compactMap { $0 }, to: &evidence)
    return [c.signal(.stalled, evidence)]
  }

  // MARK: 5 handover gap

  static func handoverGap(_ c: SignalContext) -> [Signal] {
    c.family.events.filter {
      $0.kind.needsInformed && ($0.informed ?? []).isEmpty && $0.date >= c.windowStart
        && $0.date <= c.today
    }.map { event in
      var evidence = SignalEvidence(dates: [event.date], eventKind: event.kind, ids: [event.id])
      c.add(organisations: [event.from, event.to].compactMap { $0 }, to: &evidence)
      return c.signal(.handoverGap, evidence)
    }
  }

  // MARK: 6 assessments disagree

  static func assessments(_ c: SignalContext, _ thresholds: SignalThresholds) -> [Signal] {
    guard c.family.assessments.count > 1 else { return [] }
    // An assessment recorded twice is one assessment (check names the copy).
    let distinct = c.family.assessments.enumerated().filter { index, assessment in
      !c.family.assessments[..<index].contains(where: assessment.repeats)
    }
    let usable = distinct.filter { $0.1.date <= c.today }
      .sorted { ($0.1.date, $0.0) < ($1.1.date, $1.0) }.map(\.1)
    var signals: [Signal] = []
    for i in 0..<usable.count {
      for j in (i + 1)..<usable.count {
        let a = usable[i]
        let b = usable[j]
        guard a.subject == b.subject, b.date >= c.windowStart,
          a.date.days(until: b.date) <= thresholds.assessmentWindowDays
        else { continue }
        let safetyGap = zip2(a.safetyNow, b.safetyNow).map { abs($0.step - $1.step) } ?? 0
        let riskGap = zip2(a.futureRisk, b.futureRisk).map { abs($0.step - $1.step) } ?? 0
        guard max(safetyGap, riskGap) >= thresholds.assessmentSteps else { continue }
        var evidence = SignalEvidence(
          dates: [a.date, b.date], count: max(safetyGap, riskGap),
          limit: thresholds.assessmentSteps,
          ids: [a.id, b.id], texts: [c.subjectName(a.subject)])
        evidence.organisations = [a.organisation, b.organisation]
        evidence.organisationNames = evidence.organisations.map(c.name(ofOrganisation:))
        evidence.texts += [a, b].map { assessment in
          assessment.instrument.displayName + "|" + (assessment.safetyNow?.rawValue ?? "") + "|"
            + (assessment.futureRisk?.rawValue ?? "")
        }
        signals.append(c.signal(.assessmentsDisagree, evidence))
      }
    }
    return signals
  }

  // MARK: 7 agreements

  static func agreements(_ c: SignalContext) -> [Signal] {
    c.family.plan.actions.filter { $0.status == .open }.compactMap { action in
      let noOwner = action.owner.isBlank
      let overdue = action.isOverdue(on: c.today)
      guard noOwner || overdue else { return nil }
      let reason = overdue && noOwner ? "overdue-no-owner" : overdue ? "overdue" : "no-owner"
      var evidence = SignalEvidence(
        reason: reason, dates: action.due.map { [$0] } ?? [],
        days: action.due.map { c.today.days(until: $0) }, ids: [action.id], texts: [action.what])
      if !noOwner {
        if c.lookup.professional(action.owner) != nil {
          c.add(professionals: [action.owner], to: &evidence)
        } else {
          evidence.texts.append(action.owner)
        }
      }
      return c.signal(.agreements, evidence)
    }
  }

  // MARK: 8 child's voice

  static func childVoice(_ c: SignalContext) -> [Signal] {
    let corrected = c.family.correctedIDs
    return c.family.decisions.compactMap { decision in
      let day = decision.day
      guard !corrected.contains(decision.id), day >= c.windowStart, day <= c.today,
        (decision.childView ?? "").isBlank, (decision.childNotHeard ?? "").isBlank
      else { return nil }
      let children = c.family.childrenToHear(on: day)
      guard !children.isEmpty else { return nil }
      return c.signal(
        .childVoice,
        SignalEvidence(
          dates: [day], ids: [decision.id] + children.map(\.id),
          texts: children.map { "\($0.name) (\($0.age(on: day) ?? 0))" }))
    }
  }

  // MARK: 9 deadlines

  // MARK: 10 sync

  /// What a sync of two replicas left for a person: each conflict kept
  /// (texts: the field and both values, ids: the conflict), and decisions
  /// in force together at one meeting (ids: the decisions, texts: the meeting).
  static func sync(_ c: SignalContext) -> [Signal] {
    var signals: [Signal] = []
    for conflict in c.family.conflicts ?? [] {
      var evidence = SignalEvidence(reason: "conflict")
      evidence.ids = [conflict.id]
      // A professional's id as the name a chair knows.
      evidence.texts =
        [conflict.id] + conflict.values.map { MergeConflict.shown($0, names: c.lookup) }
      signals.append(c.signal(.sync, evidence))
    }
    for (meeting, standing) in c.family.decisionsInForceTogether {
      var evidence = SignalEvidence(reason: "in-force")
      evidence.ids = standing.map(\.id)
      evidence.texts = [meeting] + standing.map(\.outcome.rawValue)
      signals.append(c.signal(.sync, evidence))
    }
    return signals
  }

  static func deadlines(_ c: SignalContext, _ thresholds: SignalThresholds) -> [Signal] {
    MeasureDeadlines.running(in: c.family).compactMap { deadline in
      let left = c.today.days(until: deadline.date)
      guard left <= thresholds.deadlineWarningDays else { return nil }
      return c.signal(
        .deadline,
        SignalEvidence(
          reason: deadline.kind.rawValue, dates: [deadline.date, deadline.sourceDate],
          limit: thresholds.deadlineWarningDays, days: left, ids: [deadline.source]))
    }
  }

  private static func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
  }
}

/// What every rule needs: the family, names from the directory, the window.
struct SignalContext {
  let family: Family
  let lookup: DirectoryLookup
  let today: Day

  var windowStart: Day { today.adding(days: -(Signals.windowDays - 1)) }

  /// The latest step on or before today (the later in the list when two share a date).
  var latestEvent: ChainEvent? {
    family.chainSteps.enumerated().filter { $0.1.date <= today }
      .max { ($0.1.date, $0.0) < ($1.1.date, $1.0) }?.1
  }

  func signal(_ kind: SignalKind, _ evidence: SignalEvidence) -> Signal {
    Signal(kind: kind, family: family.id, evidence: evidence)
  }

  func name(ofProfessional id: String) -> String { lookup.name(ofProfessional: id) }
  func name(ofOrganisation id: String) -> String {
    lookup.shortName(ofOrganisation: id)
  }

  func subjectName(_ subject: String) -> String {
    family.member(subject)?.name ?? subject
  }

  func add(professionals ids: [String], to evidence: inout SignalEvidence) {
    for id in ids where !evidence.professionals.contains(id) {
      evidence.professionals.append(id)
      evidence.professionalNames.append(name(ofProfessional: id))
      if let organisation = lookup.organisation(ofProfessional: id),
        !evidence.organisations.contains(organisation)
      {
        evidence.organisations.append(organisation)
        evidence.organisationNames.append(name(ofOrganisation: organisation))
      }
    }
  }

  func add(organisations ids: [String], to evidence: inout SignalEvidence) {
    for id in ids where !evidence.organisations.contains(id) {
      evidence.organisations.append(id)
      evidence.organisationNames.append(name(ofOrganisation: id))
    }
  }
}

extension String {
  /// Empty or only white space (cheaper than `trimmed.isEmpty` for the many checks of a report).
  fileprivate var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
