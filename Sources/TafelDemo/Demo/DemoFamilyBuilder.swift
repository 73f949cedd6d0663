// A small builder the demo and the synthetic data use to write families
// compactly: dates as offsets from "today", numbered ids for events,
// involvements, assessments, actions and decisions.

import TafelCore

/// The demo's table sits in Ede: every time in it is a Dutch wall-clock time
/// ("a decision at 09:50") turned into its moment, summer or winter.
enum DemoTime {
  static func at(_ day: Day, hour: Int, minute: Int = 0) -> Timestamp {
    TimeZoneRule.amsterdam.moment(day: day, hour: hour, minute: minute)
  }

  /// The Dutch wall-clock hour of `moment`.
  static func hour(of moment: Timestamp) -> Int { TimeZoneRule.amsterdam.local(moment).hour }
}

struct DemoFamilyBuilder {
  let today: Day
  var family: Family
  private var nextEvent = 1
  private var nextInvolvement = 1
  private var nextAssessment = 1
  private var nextAction = 1

  init(today: Day, id: String, name: String, municipality: String, phase: Phase) {
    self.today = today
    self.family = Family(id: id, name: name, municipality: municipality, phase: phase)
  }

  /// The day `offset` days from today (negative: in the past).
  func day(_ offset: Int) -> Day { today.adding(days: offset) }

  /// A birth date `years` years and `days` days before today.
  func born(years: Int, days: Int = 0) -> Day {
    today.adding(months: -12 * years).adding(days: -days)
  }

  mutating func member(_ name: String, _ role: MemberRole, born: Day? = nil, custody: Bool? = nil) {
    let id = "M\(family.members.count + 1)"
    family.members.append(Member(id: id, name: name, role: role, birthDate: born, custody: custody))
  }

  mutating func consent(_ givenBy: String, _ offset: Int, _ scope: String) {
    family.consent.append(Consent(givenBy: givenBy, date: day(offset), scope: scope))
  }

  /// `organisation` holds the child's safety from day `offset`.
  mutating func safety(
    _ organisation: String, _ offset: Int, professional: String? = nil, agreements: [String] = []
  ) {
    _ = try? family.takeSafety(
      organisation: organisation, professional: professional, on: day(offset),
      agreements: agreements)
  }

  /// A handover of the child's safety offered on day `offset`, answered on
  /// `answered` (nil: not yet).
  mutating func safetyHandover(
    to organisation: String, _ offset: Int, answer: HandoverAnswer? = nil, answered: Int? = nil,
    by: String = "", reason: String? = nil
  ) {
    _ = try? family.offerSafety(
      to: organisation, professional: nil, on: day(offset), agreements: [])
    if let answer, let answered {
      _ = try? family.answerSafetyOffer(answer, by: by, on: day(answered), reason: reason)
    }
  }

  @discardableResult
  mutating func event(
    _ offset: Int, _ kind: EventKind, from: String? = nil, to: String? = nil, _ note: String? = nil,
    informed: [Informed]? = nil
  ) -> String {
    let id = "E\(nextEvent)"
    nextEvent += 1
    family.events.append(
      ChainEvent(
        id: id, date: day(offset), kind: kind, from: from, to: to, note: note, informed: informed))
    return id
  }

  /// A status reported for the agreement `id` on day `offset`.
  mutating func review(
    _ id: String, _ status: AgreementStatus, _ offset: Int, by: String, note: String? = nil
  ) {
    do {
      try family.review(
        agreement: id, status: status, note: note, on: day(offset), by: by, meeting: nil,
        at: DemoTime.at(day(offset), hour: 16))
    } catch {
      fatalError("demo: \(error)")
    }
  }

  /// The RvdK's decision on the request `request` (an event id), on day `offset`.
  @discardableResult
  mutating func rvdk(
    _ offset: Int, accepted: Bool, request: String, by: String, expert: String,
    conditions: String? = nil, reason: String? = nil
  ) -> String {
    let id = "E\(nextEvent)"
    nextEvent += 1
    family.events.append(
      ChainEvent(
        id: id, date: day(offset), kind: accepted ? .rvdkAccept : .rvdkReject, from: "rvdk",
        rvdk: RvdKDecision(
          by: by, expert: expert, conditions: conditions, reason: reason, request: request)))
    return id
  }

  mutating func involve(
    _ professional: String, _ functions: [CaseFunction], from: Int, to: Int? = nil
  ) {
    let involvement = Involvement(
      id: "I\(nextInvolvement)", professional: professional, functions: functions,
      from: day(from), to: to.map(day))
    guard !family.involvements.contains(where: involvement.repeats) else { return }
    nextInvolvement += 1
    family.involvements.append(involvement)
  }

  mutating func assess(
    _ instrument: Instrument, _ offset: Int, organisation: String, rater: String, subject: String,
    _ outcome: InstrumentOutcome, version: String? = nil, part: String? = nil
  ) {
    let assessment = RiskAssessment(
      id: "R\(nextAssessment)", instrument: instrument, version: version, part: part,
      date: day(offset), organisation: organisation, rater: rater, subject: subject,
      outcome: outcome)
    // The same assessment twice is a copy `check` flags: a generated family has none.
    guard !family.assessments.contains(where: assessment.repeats) else { return }
    nextAssessment += 1
    family.assessments.append(assessment)
  }

  mutating func action(
    _ what: String, owner: String, due: Int?, status: ActionStatus = .open, decision: String? = nil
  ) {
    let id = "A\(nextAction)"
    nextAction += 1
    family.plan.actions.append(
      PlanAction(
        id: id, what: what, owner: owner, due: due.map(day), status: status, decision: decision))
  }

  /// Records a decision with the next number, and turns its agreements into
  /// open plan actions the way `Family.record` does.
  @discardableResult
  mutating func decide(
    meeting: String?, _ offset: Int, hour: Int, minute: Int = 0, _ outcome: Outcome,
    rationale: String, deadline: Int? = nil, agreements: [Agreement] = [],
    parentsView: String? = nil, childView: String? = nil, childNotHeard: String? = nil,
    dissent: String? = nil, present: [String], recordedBy: String, supersedes: String? = nil,
    outcomeText: String? = nil
  ) -> String {
    let id = family.id + "-D" + zeroPadded(family.decisions.count + 1, 3)
    family.decisions.append(
      Decision(
        id: id, family: family.id, meeting: meeting,
        time: DemoTime.at(day(offset), hour: hour, minute: minute), outcome: outcome,
        outcomeText: outcomeText, deadline: deadline.map(day), rationale: rationale,
        agreements: agreements, parentsView: parentsView, childView: childView,
        childNotHeard: childNotHeard, dissent: dissent, present: present,
        recordedBy: recordedBy, supersedes: supersedes))
    for agreement in agreements {
      let actionID = "A\(nextAction)"
      nextAction += 1
      family.plan.actions.append(
        PlanAction(
          id: actionID, what: agreement.what, owner: agreement.owner, due: agreement.due,
          decision: id))
    }
    return id
  }

  /// Records a plan change by `who` on day `offset`.
  mutating func planChange(_ who: String, _ offset: Int, _ what: String) {
    family.plan.changes.append(
      ChangeRecord(by: who, at: DemoTime.at(day(offset), hour: 10), what: what))
  }

  /// The one "created by the demo" change record every demo file carries.
  /// A family whose story records no consent gets the consent of everyone
  /// whose consent its route needs (the parents with custody, a child of 12
  /// or older) from its first step; someone whose story records a consent,
  /// even one withdrawn, is left as the story has it.
  mutating func created() {
    let first = family.events.map(\.date).min() ?? today
    let recorded = !family.consent.isEmpty
    for person in ConsentRules.needed(in: family, on: today)
    where !family.consent.contains(where: {
      $0.member == person.member.id || ConsentRules.names(person.member, in: $0.givenBy)
    }) {
      guard !recorded || person.why != .custody else { continue }
      family.consent.append(
        Consent(
          givenBy: person.member.name, member: person.member.id, date: first,
          scope: "gegevens delen met de jeugdbeschermingstafel"))
    }
    family.changes.append(
      ChangeRecord(by: "demo", at: DemoTime.at(today, hour: 7), what: "demo data"))
  }
}
