// The demo's families in one list, and what they share: the id scheme and
// the table's chair and secretary. Each family lives in a file grouped by the
// route it shows (DemoFamilies+Routes, +ManyHelpers, +Table, +Voluntary).

import TafelCore

enum DemoFamilies {
  static func all(today: Day, staff: DemoStaff) -> [Family] {
    [
      deVries(today, staff), ozturk(today, staff), jansen(today, staff), bakker(today, staff),
      mahabier(today, staff), wang(today, staff), hoekstra(today, staff), pinas(today, staff),
      elAmrani(today, staff), vanBeek(today, staff), visser(today, staff), kramer(today, staff),
      lammers(today, staff), bos(today, staff), yilmaz(today, staff),
    ].map { withSafety($0, staff) }
  }

  /// A family waiting at the table, in drang or under investigation whose
  /// story names nobody holding the child's safety: its director's
  /// organisation holds it from the day that director came in.
  static func withSafety(_ family: Family, _ staff: DemoStaff) -> Family {
    guard family.safety == nil, Signals.safetyPhases.contains(family.phase),
      let director = family.plan.director,
      let organisation = staff.directory.professional(director)?.organisation,
      let from = family.involvements.filter({ $0.professional == director }).map(\.from).min()
    else { return family }
    var changed = family
    _ = try? changed.takeSafety(
      organisation: organisation, professional: director, on: from, agreements: [])
    return changed
  }

  /// "FV-<year of the first report>-<number>".
  static func id(_ today: Day, firstOffset: Int, number: Int) -> String {
    "\(DemoData.familyPrefix)-\(today.adding(days: firstOffset).year)-\(zeroPadded(number, 4))"
  }

  /// The meeting id of a table sitting `offset` days from today.
  static func meeting(_ today: Day, _ offset: Int) -> String {
    "JBT-\(today.adding(days: offset))"
  }

  static func chair(_ staff: DemoStaff) -> String { staff.name("jbt-fv", 0) }
  static func secretary(_ staff: DemoStaff) -> String { staff.name("jbt-fv", 2) }

  /// "Name (organisation)" as a decision's list of who was present writes it.
  static func present(_ staff: DemoStaff, _ organisation: String, _ index: Int) -> String {
    let name = staff.name(organisation, index)
    let org = staff.directory.organisation(organisation)?.name ?? organisation
    return "\(name) (\(org))"
  }

  /// Who informed whom, by professional.
  static func informed(
    _ staff: DemoStaff, _ who: (String, Int), _ whom: (String, Int), on day: Day
  ) -> [Informed] {
    [Informed(who: staff.name(who.0, who.1), whom: staff.name(whom.0, whom.1), date: day)]
  }
}

extension DemoFamilyBuilder {
  /// Marks every action of a decision done (the demo's past work).
  mutating func complete(decision: String) {
    for index in family.plan.actions.indices where family.plan.actions[index].decision == decision {
      family.plan.actions[index].status = .done
    }
  }

  /// Cancels the open actions of a superseded decision, as `Family.record` does.
  mutating func cancel(decision: String) {
    for index in family.plan.actions.indices
    where family.plan.actions[index].decision == decision
      && family.plan.actions[index].status == .open
    {
      family.plan.actions[index].status = .cancelled
    }
  }
}
