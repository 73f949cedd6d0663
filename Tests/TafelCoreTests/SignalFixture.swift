// Hand-built families for the signal, timeline and report tests: a tiny
// directory of four organisations and a family builder with dates counted
// from one fixed "today".

@testable import TafelCore

enum SignalFixture {
  static let today = Day("2026-11-29")!

  static func day(_ offset: Int) -> Day { today.adding(days: offset) }

  static let directory = Directory(
    organisations: [
      Organisation(id: "lt", kind: .localTeam, name: "Lokaal Team Oost"),
      Organisation(id: "vt", kind: .veiligThuis, name: "Veilig Thuis Test"),
      Organisation(id: "gi", kind: .gi, name: "Jeugdbescherming Test"),
      Organisation(id: "school", kind: .school, name: "De Linde"),
      Organisation(id: "rvdk", kind: .rvdk, name: "Raad voor de Kinderbescherming"),
      Organisation(id: "rvt", kind: .safetyTeam, name: "Veiligheidsteam Test"),
    ],
    professionals: (1...12).map { number in
      let organisation = ["lt", "vt", "gi", "school"][(number - 1) % 4]
      return Professional(
        id: "P\(number)", name: "Persoon \(number)", organisation: organisation, role: "test")
    } + [Professional(id: "P20", name: "Persoon 20", organisation: "rvt", role: "test")])

  /// P1, P5, P9 work at lt; P2, P6, P10 at vt; P3, P7, P11 at gi; P4, P8, P12 at school;
  /// P20 at the regional safety team rvt.
  static func family(phase: Phase = .voluntary, _ build: (inout Family) -> Void = { _ in })
    -> Family
  {
    var family = Family(
      id: "FV-2026-0001", name: "Familie Test", municipality: "Ede",
      members: [
        Member(id: "M1", name: "Ouder Test", role: .parent, custody: true),
        Member(id: "M2", name: "Kind Test", role: .child, birthDate: Day("2018-03-01")!),
      ],
      phase: phase,
      consent: [Consent(givenBy: "Ouder Test", date: day(-100), scope: "delen met de tafel")],
      involvements: [
        Involvement(id: "I0", professional: "P1", functions: [.direction], from: day(-100))
      ],
      plan: FamilyPlan(director: "P1"))
    build(&family)
    return family
  }

  static func involvement(
    _ id: String, _ professional: String, _ functions: [CaseFunction], from: Int, to: Int? = nil
  ) -> Involvement {
    Involvement(
      id: id, professional: professional, functions: functions, from: day(from), to: to.map(day))
  }

  static func signals(
    _ family: Family, thresholds: SignalThresholds = SignalThresholds(), today: Day = today
  ) -> [Signal] {
    Signals.evaluate(family: family, directory: directory, today: today, thresholds: thresholds)
  }

  static func kinds(_ family: Family, thresholds: SignalThresholds = SignalThresholds())
    -> [SignalKind]
  {
    signals(family, thresholds: thresholds).map(\.kind)
  }
}
