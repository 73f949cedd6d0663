// The demo's young person who met more than forty professionals: Daan
// Hoekstra, in and out of help since he was five, now 17 with an OTS that
// comes up for its end-or-extension review at today's table.

import TafelCore

extension DemoFamilies {
  static func hoekstra(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -4380, number: 31), name: "Familie Hoekstra",
      municipality: "Barneveld", phase: .measure)
    let firstGI = s.id("gi-jbg", 1)
    let gi = s.id("gi-jbg", 2)
    let lt = s.id("lt-barneveld", 2)
    b.member("Marco Hoekstra", .parent, custody: true)
    b.member("Ingrid Hoekstra-Veen", .parent, custody: true)
    b.member("Daan Hoekstra", .child, born: b.born(years: 17, days: 100))
    b.consent("Marco Hoekstra en Ingrid Hoekstra-Veen", -1545, "gegevens delen binnen de keten")
    b.event(
      -4380, .report, from: "school-esdoorn", to: "lt-barneveld",
      "Kleuterjuf: Daan is erg onrustig, komt vaak te laat en ongewassen.")
    b.event(-4370, .intake, to: "lt-barneveld")
    b.event(-3300, .report, from: "politie-fv", to: "vt-gm", "Melding huiselijk geweld.")
    b.event(-3290, .intake, to: "vt-gm")
    b.event(
      -3200, .scaleDown, from: "vt-gm", to: "lt-barneveld",
      informed: informed(s, ("vt-gm", 0), ("lt-barneveld", 4), on: b.day(-3201)))
    b.event(-3190, .intake, to: "lt-barneveld")
    b.event(-1570, .requestForDiscussion, from: "lt-barneveld", to: "jbt-fv")
    b.event(-1545, .tableDiscussion, to: "jbt-fv")
    b.event(-1545, .investigationRequest, from: "jbt-fv", to: "rvdk")
    b.event(-1532, .investigationStart, to: "rvdk")
    b.event(-1460, .investigationEnd, from: "rvdk")
    b.event(-1455, .petition, from: "rvdk", to: "kr-gelderland")
    b.event(-1440, .rulingOTS, from: "kr-gelderland", to: "gi-jbg")
    b.event(-1435, .giStart, to: "gi-jbg")
    b.event(-1075, .otsExtension, from: "kr-gelderland", to: "gi-jbg")
    b.event(-710, .otsExtension, from: "kr-gelderland", to: "gi-jbg")
    b.event(
      -345, .otsExtension, from: "kr-gelderland", to: "gi-jbg", "Laatste verlenging voor een jaar.")

    // Twelve years of help before the present team: one professional after
    // another, each for about three months.
    let current: Set<String> = [
      firstGI, gi, lt, s.id("lt-barneveld", 3), s.id("lt-barneveld", 4),
      s.id("school-eikenhorst", 1),
      s.id("zorg-valleiggz", 3), s.id("zorg-kwadrant", 3), s.id("zorg-horizon", 1),
      s.id("politie-fv", 3), s.id("vt-gm", 5), s.id("rvdk", 3),
    ]
    let excluded: Set<String> = ["jbt-fv", "kr-gelderland", "rvdk", "gi-jbg", "gi-wsg", "gi-ldh"]
    let pool = s.directory.professionals.filter {
      !excluded.contains($0.organisation) && !current.contains($0.id)
    }
    for index in 0..<34 {
      let professional = pool[(index * 7) % pool.count]
      let kind = s.directory.organisation(professional.organisation)?.kind ?? .other
      let start = -4370 + index * 115
      b.involve(professional.id, DemoFamilies.historicFunctions(kind), from: start, to: start + 100)
    }
    b.involve(s.id("lt-barneveld", 4), [.direction], from: -4370, to: -1436)
    b.involve(s.id("rvdk", 3), [.investigation], from: -1532, to: -1460)
    b.involve(firstGI, [.measure, .direction], from: -1435, to: -151)
    b.involve(gi, [.measure, .direction, .monitoring], from: -150)
    b.involve(lt, [.monitoring, .care], from: -600)
    b.involve(s.id("lt-barneveld", 3), [.care], from: -365, to: -200)
    b.involve(s.id("school-eikenhorst", 1), [.care], from: -700)
    b.involve(s.id("zorg-valleiggz", 3), [.care], from: -400)
    b.involve(s.id("zorg-kwadrant", 3), [.care], from: -300, to: -30)
    b.involve(s.id("zorg-horizon", 1), [.care], from: -200)
    b.involve(s.id("politie-fv", 3), [.advice], from: -250, to: -200)
    b.involve(s.id("vt-gm", 5), [.advice], from: -90, to: -80)
    b.assess(
      .arij, -360, organisation: "gi-jbg", rater: firstGI, subject: "M3",
      InstrumentOutcome(level: "medium"), version: "2020")
    b.assess(
      .signsOfSafety, -30, organisation: "gi-jbg", rater: gi, subject: "M3",
      InstrumentOutcome(
        columns: SafetyColumns(
          worries: ["Daan blowt bij spanning", "Vader wordt snel boos"],
          working: ["Daan gaat weer naar school", "Ouders doen mee aan gezinsgesprekken"],
          next: ["Nazorg regelen voor na zijn 18e", "Afspraken over blowen"],
          scores: [
            RaterScore(rater: "jeugdbeschermer", score: 7), RaterScore(rater: "Daan", score: 8),
            RaterScore(rater: "ouders", score: 7),
          ])))
    b.family.plan = FamilyPlan(
      director: gi,
      concerns: ["Blowen bij spanning", "Aansluiting op hulp na zijn achttiende"],
      strengths: ["Daan maakt zijn mbo-opleiding af", "Ouders zoeken zelf hulp bij ruzie"],
      goals: ["Daan woont veilig thuis tot hij op kamers kan", "Eén vast aanspreekpunt na de OTS"],
      safetyAgreements: ["Bij ruzie gaat Daan naar zijn oom in Voorthuizen."])
    b.decide(
      meeting: nil, -1545, hour: 10, .investigation,
      rationale: "Acht jaar vrijwillige hulp zonder blijvende verbetering; onderzoek door de Raad.",
      present: ["Marco Hoekstra (vader)", present(s, "lt-barneveld", 4), present(s, "jbt-fv", 1)],
      recordedBy: secretary(s))
    let review = b.decide(
      meeting: meeting(today, -360), -360, hour: 11, .extendOTS,
      rationale: """
        De situatie thuis is verbeterd, maar het blowen en de ruzies met vader zijn nog niet \
        onder controle. De tafel adviseert de OTS een laatste keer met een jaar te verlengen.
        """,
      agreements: [
        Agreement(
          what: "Daan start bij de verslavingszorg voor jongeren", owner: firstGI,
          due: b.day(-300))
      ],
      parentsView: "Ouders willen de hulp houden tot Daan achttien is.",
      childView: "Daan wil thuis blijven wonen en ziet dat de begeleiding helpt.",
      present: [
        "Marco Hoekstra (vader)", "Ingrid Hoekstra-Veen (moeder)", "Daan Hoekstra",
        present(s, "gi-jbg", 1), present(s, "jbt-fv", 0),
      ], recordedBy: secretary(s))
    b.complete(decision: review)
    b.action("Overdracht naar volwassenenzorg voorbereiden", owner: gi, due: 60)
    b.created()
    return b.family
  }

  /// What a professional of an organisation kind did in the years before the table.
  static func historicFunctions(_ kind: OrganisationKind) -> [CaseFunction] {
    switch kind {
    case .localTeam, .accessTeam: [.intake, .care]
    case .veiligThuis: [.intake, .advice]
    case .police: [.advice]
    default: [.care]
    }
  }
}
