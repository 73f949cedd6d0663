// Generated stores for measuring Tafel at scale (`tafel bench`): any number
// of families with the demo's shape — members, involvements, plan, risk
// assessments, chain events, decisions — over the demo's directory, and one
// meeting of eight cases dated today. Deterministic: the same seed and day
// give the same data, byte for byte.

import TafelCore

package enum SyntheticData {
  /// The routes a generated family takes, with their share in percent.
  enum Route: CaseIterable {
    case voluntary, table, usual, scaleUp, crisis, reported, closed

    static func pick(_ random: inout SplitMix64) -> Route {
      switch random.below(100) {
      case ..<28: .voluntary
      case ..<48: .table
      case ..<68: .usual
      case ..<78: .scaleUp
      case ..<85: .crisis
      case ..<92: .reported
      default: .closed
      }
    }
  }

  static let municipalities: [(name: String, team: String)] = [
    ("Nijkerk", "lt-nijkerk"), ("Ede", "lt-ede"), ("Barneveld", "lt-barneveld"),
    ("Scherpenzeel", "lt-scherpenzeel"),
  ]
  static let reporters = [
    "school-klaverblad", "school-vlinderhof", "school-esdoorn",
    "school-eikenhorst", "politie-fv", "gp-veenhof",
  ]
  static let carers = ["zorg-kwadrant", "zorg-valleiggz", "zorg-horizon"]
  static let gis = ["gi-jbg", "gi-wsg", "gi-ldh"]
  static let cjkNames = ["王", "李", "张", "陈"]

  package static func make(families count: Int, seed: UInt64, today: Day) -> (
    info: StoreInfo, directory: Directory, families: [Family], meetings: [Meeting]
  ) {
    let directory = DemoDirectory.make(today: today)
    let staff = DemoStaff(directory: directory)
    var random = SplitMix64(seed: seed)
    var families: [Family] = []
    families.reserveCapacity(count)
    for index in 0..<count {
      families.append(family(index, today: today, staff: staff, random: &random))
    }
    let items = families.prefix(8).enumerated().map { position, family in
      AgendaItem(
        family: family.id, start: "\(two(9 + position)):00",
        kind: family.phase == .measure ? .otsReview : .first)
    }
    let meeting = Meeting(
      id: "JBT-\(today)", date: today, location: DemoMeetings.location,
      chair: DemoFamilies.chair(staff), secretary: DemoFamilies.secretary(staff),
      items: Array(items))
    let info = StoreInfo(region: DemoData.region, familyPrefix: DemoData.familyPrefix)
    return (info, directory, families, [meeting])
  }

  /// "FV-<year>-<number>": 9,999 numbers per year, counting back from this year.
  static func id(_ index: Int, today: Day) -> String {
    "\(DemoData.familyPrefix)-\(today.year - index / 9_999)-\(zeroPadded(index % 9_999 + 1, 4))"
  }

  static func family(_ index: Int, today: Day, staff: DemoStaff, random: inout SplitMix64)
    -> Family
  {
    let route = Route.pick(&random)
    let place = random.pick(municipalities)
    let surname =
      random.chance(3)
      ? random.pick(cjkNames) : random.pick(DemoDirectory.surnames)
    let phase: Phase =
      switch route {
      case .voluntary: .voluntary
      case .table: random.chance(50) ? .drang : .voluntary
      case .usual, .crisis: .measure
      case .scaleUp: .investigation
      case .reported: .reported
      case .closed: .closed
      }
    var b = DemoFamilyBuilder(
      today: today, id: id(index, today: today), name: "Familie \(surname)",
      municipality: place.name, phase: phase)
    let parent = random.pick(DemoDirectory.firstNames)
    b.member("\(parent) \(surname)", .parent, custody: true)
    if random.chance(60) {
      b.member(
        "\(random.pick(DemoDirectory.firstNames)) \(surname)", .parent, custody: random.chance(80))
    }
    for _ in 0..<random.within(1...4) {
      b.member(
        "\(random.pick(DemoDirectory.firstNames)) \(surname)", .child,
        born: b.born(years: random.within(0...17), days: random.below(365)))
    }

    let team = staff.ids(place.team)
    let lt = random.pick(team)
    let start = -random.within(30...1_500)
    var day = start
    func step(_ range: ClosedRange<Int>) -> Int {
      day = min(day + random.within(range), 0)
      return day
    }
    let reporter = random.pick(reporters)
    if route != .crisis {
      b.event(start, .report, from: reporter, to: route == .scaleUp ? "vt-gm" : place.team)
    }
    b.involve(random.pick(staff.ids(reporter)), [.care], from: start)
    if route == .reported {
      b.created()
      return b.family
    }
    var director = lt
    if route == .crisis {
      let giOrganisation = random.pick(gis)
      let gi = random.pick(staff.ids(giOrganisation))
      b.event(start, .crisis, from: "politie-fv", to: "rvdk")
      b.event(start, .investigationStart, to: "rvdk")
      b.event(step(1...2), .rulingProvisionalOTS, from: "kr-gelderland", to: giOrganisation)
      b.event(step(0...2), .giStart, to: giOrganisation)
      b.involve(random.pick(staff.ids("rvdk")), [.investigation], from: start, to: step(20...60))
      b.involve(gi, [.measure, .direction], from: start + 1)
      director = gi
    } else {
      let intake = step(1...30)
      let ltInvolvement = b.family.involvements.count + (route == .scaleUp ? 2 : 0)
      b.event(intake, .intake, to: route == .scaleUp ? "vt-gm" : place.team)
      if route == .scaleUp {
        let vt = random.pick(staff.ids("vt-gm"))
        b.involve(vt, [.intake, .advice], from: intake, to: step(20...200))
        b.event(day, .scaleUp, from: "vt-gm", to: "rvdk")
        b.event(step(5...40), .investigationStart, to: "rvdk")
        b.involve(random.pick(staff.ids("rvdk")), [.investigation], from: day)
        b.involve(lt, [.direction, .care], from: intake)
      } else {
        b.involve(lt, [.intake, .direction], from: intake)
      }
      if [.table, .usual].contains(route) {
        b.event(step(30...300), .requestForDiscussion, from: place.team, to: "jbt-fv")
        let table = step(7...40)
        b.event(table, .tableDiscussion, to: "jbt-fv")
        let children = b.family.childrenToHear(on: b.day(table))
        let owner = random.pick(team)
        b.decide(
          meeting: nil, table, hour: 9 + random.below(7),
          route == .usual ? .investigation : phase == .drang ? .drang : .noInvestigation,
          rationale: "Gegenereerd besluit voor metingen.",
          deadline: phase == .drang ? table + random.within(60...180) : nil,
          agreements: [
            Agreement(
              what: "Afspraak uit de bespreking", owner: random.chance(90) ? owner : "",
              due: b.day(table + random.within(7...120)))
          ],
          parentsView: "Ouders werken mee.",
          childView: children.isEmpty || random.chance(10) ? nil : "Het kind is gehoord.",
          present: [DemoFamilies.chair(staff)], recordedBy: DemoFamilies.secretary(staff))
        if phase == .drang {
          let giOrganisation = random.pick(gis)
          let gi = random.pick(staff.ids(giOrganisation))
          b.event(step(1...14), .drangStart, to: giOrganisation)
          b.involve(gi, [.drang], from: day)
        }
        if route == .usual {
          let request = b.event(table, .investigationRequest, from: "jbt-fv", to: "rvdk")
          let investigation = step(5...40)
          b.event(investigation, .investigationStart, to: "rvdk")
          let investigator = random.pick(staff.ids("rvdk"))
          // The RvdK's decision on the request, the day its investigation starts.
          b.rvdk(
            investigation, accepted: true, request: request,
            by: staff.name("rvdk", staff.ids("rvdk").firstIndex(of: investigator) ?? 0),
            expert: "Marieke Koster")
          b.involve(investigator, [.investigation], from: investigation, to: step(40...120))
          b.event(day, .investigationEnd, from: "rvdk")
          b.event(step(1...10), .petition, from: "rvdk", to: "kr-gelderland")
          let ruling = step(7...60)
          let giOrganisation = random.pick(gis)
          let gi = random.pick(staff.ids(giOrganisation))
          b.event(ruling, .rulingOTS, from: "kr-gelderland", to: giOrganisation)
          b.event(
            step(0...10), .handover, from: place.team, to: giOrganisation,
            informed: random.chance(85)
              ? [Informed(who: lt, whom: gi, date: b.day(day))] : nil)
          b.event(day, .giStart, to: giOrganisation)
          b.involve(gi, [.measure, .direction], from: day)
          let handed = b.family.involvements[ltInvolvement]
          b.family.involvements[ltInvolvement].to = max(b.day(day - 1), handed.from)
          director = gi
        }
      }
      if route == .closed {
        let end = step(30...400)
        b.event(end, .closure, from: place.team)
        for index in b.family.involvements.indices where b.family.involvements[index].to == nil {
          b.family.involvements[index].to = b.day(end)
        }
      }
    }
    for _ in 0..<random.below(4) {
      let carer = random.pick(staff.ids(random.pick(carers)))
      let from = random.within(start...0)
      b.involve(
        carer, [.care], from: from,
        to: random.chance(50) ? nil : min(from + random.within(30...300), 0))
    }
    for _ in 0..<random.below(3) {
      let instrument = random.pick([Instrument.lirik, .arij, .delta, .vtSafety])
      b.assess(
        instrument, random.within(start...0), organisation: place.team, rater: lt,
        subject: "household",
        InstrumentOutcome(level: random.pick(SharedScale.levels(for: instrument))))
    }
    b.family.plan.director = route == .closed ? nil : director
    b.family.plan.concerns = ["Zorgen over de veiligheid thuis"]
    b.family.plan.goals = ["Veilig opgroeien"]
    b.action("Evaluatie met het gezin", owner: director, due: random.within(-20...90))
    b.created()
    return b.family
  }
}
