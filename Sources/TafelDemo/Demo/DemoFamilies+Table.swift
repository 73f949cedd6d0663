// Demo families on today's table: Ede's access team in front of the local
// team, a child of 13 at the table, two organisations whose assessments
// disagree, a request that waited too long, two directors at once, and an OTS
// coming up for its end.

import TafelCore

extension DemoFamilies {
  /// Ede's access team takes the report and hands over to the local team;
  /// Elif (13) comes to the table.
  static func ozturk(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -160, number: 52), name: "Familie Öztürk",
      municipality: "Ede", phase: .table)
    let lt = s.id("lt-ede", 0)
    b.member("Emre Öztürk", .parent, custody: true)
    b.member("Ayşe Öztürk-Doğan", .parent, custody: true)
    b.member("Elif Öztürk", .child, born: b.born(years: 13, days: 40))
    b.member("Can Öztürk", .child, born: b.born(years: 8, days: 10))
    b.consent("Emre Öztürk en Ayşe Öztürk-Doğan", -152, "gegevens delen met school en lokaal team")
    b.event(
      -160, .report, from: "school-eikenhorst", to: "toegang-ede",
      "Mentor meldt: Elif verzuimt veel, vertelt over ruzies thuis en wil niet naar huis.")
    b.event(-152, .intake, to: "toegang-ede", "Toegang Ede beoordeelt de vraag en zet door.")
    b.event(
      -140, .handover, from: "toegang-ede", to: "lt-ede",
      informed: informed(s, ("toegang-ede", 0), ("lt-ede", 0), on: b.day(-141)))
    b.event(-133, .intake, to: "lt-ede")
    b.event(-26, .requestForDiscussion, from: "lt-ede", to: "jbt-fv")
    b.involve(s.id("toegang-ede", 0), [.intake], from: -152, to: -140)
    b.involve(lt, [.intake, .direction], from: -133)
    b.involve(s.id("school-eikenhorst", 0), [.care], from: -160)
    b.involve(s.id("zorg-valleiggz", 0), [.care], from: -100)
    b.assess(
      .zrm, -120, organisation: "lt-ede", rater: lt, subject: "household",
      InstrumentOutcome(domains: [
        "finances": 3, "housing": 4, "domestic-relations": 2, "mental-health": 3, "parenting": 3,
        "social-network": 3,
      ]), version: "2017")
    b.assess(
      .signsOfSafety, -40, organisation: "lt-ede", rater: lt, subject: "M3",
      InstrumentOutcome(
        columns: SafetyColumns(
          worries: ["Ruzies tussen ouders lopen hoog op", "Elif verzuimt en slaapt slecht"],
          working: ["Elif praat met haar mentor", "Vader is gestopt met drinken"],
          next: ["Ouders zoeken samen hulp bij ruzie", "Elif weer volledig naar school"],
          scores: [
            RaterScore(rater: "gezinscoach", score: 5), RaterScore(rater: "Elif", score: 4),
            RaterScore(rater: "ouders", score: 6),
          ])))
    b.family.request = RequestForDiscussion(
      from: lt, date: b.day(-26),
      reason: """
        Elif (13) verzuimt al maanden en zegt dat ze thuis niet kan slapen door de ruzies tussen \
        haar ouders. Ondanks vier maanden begeleiding nemen de ruzies niet af.
        """,
      tried: """
        Gezinscoaching (wekelijks), twee gesprekken met ouders samen, verwijzing naar Valleizorg \
        voor Elif, verzuimoverleg met school en leerplicht.
        """,
      parentsReaction: """
        Ouders vinden de bespreking zwaar maar komen allebei. Moeder wil vooral dat Elif weer \
        naar school gaat; vader vindt dat het thuis al beter gaat.
        """)
    b.family.plan = FamilyPlan(
      director: lt,
      concerns: ["Ruzies tussen ouders", "Schoolverzuim van Elif"],
      strengths: ["Elif heeft een goede band met haar mentor", "Ouders willen allebei verder"],
      goals: ["Elif gaat weer elke dag naar school", "Ouders lossen ruzies op zonder geweld"],
      safetyAgreements: ["Elif mag bij ruzie naar haar tante in Ede-Zuid."])
    b.action("Aanmelding relatietherapie ouders", owner: lt, due: 14)
    b.created()
    return b.family
  }

  /// Veilig Thuis judges the boy unsafe; the local team's LIRIK six weeks later says low risk.
  static func wang(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -95, number: 58), name: "Familie 王",
      municipality: "Nijkerk", phase: .table)
    let vt = s.id("vt-gm", 4)
    let lt = s.id("lt-nijkerk", 1)
    b.member("王美玲", .parent, custody: true)
    b.member("陈伟", .parent, custody: true)
    b.member("王浩", .child, born: b.born(years: 10, days: 210))
    b.member("王小雨", .child, born: b.born(years: 6, days: 75))
    b.consent("王美玲 en 陈伟 (met tolk Mandarijn)", -88, "gegevens delen met school en sociaal team")
    b.event(
      -95, .report, from: "school-klaverblad", to: "vt-gm",
      "Leerkracht: Hào is angstig, wil niet naar huis; vader zou hem slaan bij slechte cijfers.")
    b.event(-90, .intake, to: "vt-gm", "Veiligheidsbeoordeling met tolk.")
    b.event(
      -75, .handover, from: "vt-gm", to: "lt-nijkerk", "Overdracht aan het sociaal team.",
      informed: informed(s, ("vt-gm", 4), ("lt-nijkerk", 1), on: b.day(-76)))
    b.event(-70, .intake, to: "lt-nijkerk")
    b.event(-20, .requestForDiscussion, from: "lt-nijkerk", to: "jbt-fv")
    b.involve(vt, [.intake, .advice], from: -90, to: -75)
    b.involve(lt, [.intake, .direction], from: -70)
    b.involve(s.id("school-klaverblad", 1), [.care], from: -95)
    b.assess(
      .vtSafety, -88, organisation: "vt-gm", rater: vt, subject: "M3",
      InstrumentOutcome(level: "unsafe", text: "Fysiek geweld als straf; Hào is bang voor vader."))
    b.assess(
      .lirik, -45, organisation: "lt-nijkerk", rater: lt, subject: "M3",
      InstrumentOutcome(level: "low", text: "Vader heeft excuses gemaakt; geen nieuwe incidenten."),
      version: "2.0")
    b.family.request = RequestForDiscussion(
      from: lt, date: b.day(-20),
      reason: """
        Veilig Thuis beoordeelde de situatie van Hào als onveilig, het sociaal team schat het \
        risico nu laag in. De tafel wordt gevraagd te wegen of vrijwillige hulp volstaat.
        """,
      tried:
        "Gesprekken met ouders met tolk, opvoedcursus aangeboden, signaleringsafspraak met school.",
      parentsReaction: """
        Moeder wil meewerken en vraagt om een tolk aan tafel. Vader schaamt zich en zegt dat hij \
        Hào niet meer zal slaan.
        """)
    b.family.plan = FamilyPlan(
      director: lt,
      concerns: ["Fysieke straffen door vader", "Angst van Hào"],
      strengths: ["Moeder beschermt de kinderen", "Ouders zijn open met tolk erbij"],
      goals: ["Hào voelt zich thuis veilig", "Ouders straffen zonder geweld"],
      safetyAgreements: ["Bij spanning over school belt moeder de gezinscoach."])
    b.action("Tolk Mandarijn regelen voor elke afspraak", owner: lt, due: nil)
    b.created()
    return b.family
  }

  /// Police → Veilig Thuis → Ede's access team → local team, with Ede's
  /// regional safety team as its duo; the request waited five weeks.
  static func kramer(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -120, number: 63), name: "Familie Kramer",
      municipality: "Ede", phase: .table)
    let lt = s.id("lt-ede", 3)
    b.member("Chloë Kramer", .parent, custody: true)
    b.member("Mila Kramer", .child, born: b.born(years: 6, days: 300))
    b.member("Luuk Kramer", .child, born: b.born(years: 3, days: 20))
    b.event(
      -120, .report, from: "politie-fv", to: "vt-gm",
      "Politie bij woning na ruzie met ex-partner; moeder onder invloed, kinderen thuis.")
    b.event(-116, .intake, to: "vt-gm")
    b.event(
      -100, .handover, from: "vt-gm", to: "toegang-ede",
      informed: informed(s, ("vt-gm", 6), ("toegang-ede", 2), on: b.day(-100)))
    b.event(-96, .intake, to: "toegang-ede")
    b.event(
      -90, .handover, from: "toegang-ede", to: "lt-ede",
      informed: informed(s, ("toegang-ede", 2), ("lt-ede", 3), on: b.day(-91)))
    b.event(-85, .intake, to: "lt-ede")
    b.event(-35, .requestForDiscussion, from: "lt-ede", to: "jbt-fv")
    b.involve(s.id("politie-fv", 1), [.advice], from: -120, to: -117)
    b.involve(s.id("vt-gm", 6), [.intake, .advice], from: -116, to: -100)
    b.involve(s.id("toegang-ede", 2), [.intake], from: -96, to: -90)
    b.involve(lt, [.intake, .direction], from: -85)
    // Ede is a Toekomstscenario pilot: the regional safety team works as a
    // duo with the local team's coach (one direction, no overlap).
    b.involve(s.id("jeugdlink-ede", 1), [.direction, .monitoring], from: -30)
    b.safety("lt-ede", -85, professional: lt)
    b.safety(
      "jeugdlink-ede", -30, professional: s.id("jeugdlink-ede", 1),
      agreements: ["JeugdLink ziet moeder wekelijks tot het besluit van de tafel."])
    b.assess(
      .lirik, -84, organisation: "lt-ede", rater: lt, subject: "household",
      InstrumentOutcome(level: "high"), version: "2.0")
    b.family.request = RequestForDiscussion(
      from: lt, date: b.day(-35),
      reason: """
        Moeder gebruikt alcohol en drugs; de kinderen zijn jong en afhankelijk. Moeder weigert \
        verslavingszorg.
        """,
      tried: "Gezinscoaching, huisbezoeken, motiverende gesprekken, aanbod verslavingszorg.",
      parentsReaction: "Moeder vindt dat ze het alleen kan, maar komt naar de tafel.")
    b.family.plan = FamilyPlan(
      director: lt,
      concerns: ["Middelengebruik van moeder", "Jonge kinderen zonder ander vangnet"],
      strengths: ["Moeder houdt de kinderen naar school en opvang"],
      goals: ["Moeder is nuchter als zij voor de kinderen zorgt"],
      safetyAgreements: ["Buurvrouw is het eerste aanspreekpunt als moeder niet helder is."])
    b.action("Huisbezoek twee keer per week", owner: lt, due: nil)
    b.created()
    return b.family
  }

  /// The local team keeps direction while the GI working with drang also claims it.
  static func visser(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -260, number: 71), name: "Familie Visser",
      municipality: "Nijkerk", phase: .drang)
    let lt = s.id("lt-nijkerk", 2)
    let gi = s.id("gi-jbg", 3)
    b.member("Thomas Visser", .parent, custody: true)
    b.member("Marieke Visser", .parent, custody: true)
    b.member("Lars Visser", .child, born: b.born(years: 11, days: 250))
    b.member("Evi Visser", .child, born: b.born(years: 9, days: 5))
    b.event(
      -260, .report, from: "school-klaverblad", to: "lt-nijkerk",
      "School: Lars is vaak afwezig en vertelt dat moeder dagen in bed ligt.")
    b.event(-250, .intake, to: "lt-nijkerk")
    b.event(-130, .requestForDiscussion, from: "lt-nijkerk", to: "jbt-fv")
    b.event(-110, .tableDiscussion, to: "jbt-fv")
    b.event(-108, .drangStart, to: "gi-jbg")
    b.involve(lt, [.intake, .direction, .care], from: -250)
    b.involve(gi, [.drang, .direction], from: -108)
    // The parents agreed to share at the start and took it back after the
    // GI came in: the table has no consent now (signal P).
    b.consent("Thomas Visser en Marieke Visser", -250, "gegevens delen binnen de keten")
    b.family.consent[0].withdrawn = b.day(-20)
    b.family.plan = FamilyPlan(
      director: lt,
      concerns: ["Psychische klachten van moeder", "Schoolverzuim van Lars"],
      strengths: ["Vader is stabiel en werkt mee"],
      goals: ["Lars en Evi gaan elke dag naar school"])
    let decision = b.decide(
      meeting: meeting(today, -110), -110, hour: 11, minute: 5, .drang,
      rationale: """
        Onderzoek wordt aangehouden. Jeugdbescherming Gelderland werkt met drang aan \
        schoolgang en behandeling van moeder; het sociaal team houdt de regie.
        """,
      deadline: 60,
      agreements: [
        Agreement(
          what: "Moeder meldt zich bij de huisarts voor verwijzing GGZ", owner: lt,
          due: b.day(-80)),
        Agreement(what: "Schoolgang Lars wekelijks gecontroleerd", owner: gi, due: b.day(60)),
      ],
      parentsView: "Vader staat achter de afspraken; moeder wil eerst zelf proberen.",
      present: [
        "Thomas Visser (vader)", "Marieke Visser (moeder)", present(s, "lt-nijkerk", 2),
        present(s, "gi-jbg", 3), present(s, "jbt-fv", 0),
      ], recordedBy: secretary(s))
    b.family.plan.actions[0].status = .done
    _ = decision
    b.created()
    return b.family
  }

  /// An OTS that went well: up for its end at today's table.
  static func lammers(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -540, number: 19), name: "Familie Lammers",
      municipality: "Scherpenzeel", phase: .measure)
    let gi = s.id("gi-jbg", 4)
    let vt = s.id("vt-gm", 1)
    b.member("Johan Lammers", .parent, custody: true)
    b.member("Femke Lammers-Teunissen", .parent, custody: true)
    b.member("Sophie Lammers", .child, born: b.born(years: 12, days: 10))
    b.event(
      -540, .report, from: "gp-veenhof", to: "vt-gm",
      "Huisarts: Sophie heeft verwondingen die niet passen bij de uitleg van ouders.")
    b.event(-532, .intake, to: "vt-gm")
    b.event(-500, .requestForDiscussion, from: "vt-gm", to: "jbt-fv")
    b.event(-486, .tableDiscussion, to: "jbt-fv")
    b.event(-486, .investigationRequest, from: "jbt-fv", to: "rvdk")
    b.event(-470, .investigationStart, to: "rvdk")
    b.event(-400, .investigationEnd, from: "rvdk")
    b.event(-395, .petition, from: "rvdk", to: "kr-gelderland")
    b.event(-347, .rulingOTS, from: "kr-gelderland", to: "gi-jbg", "OTS voor een jaar.")
    b.event(-343, .giStart, to: "gi-jbg")
    b.involve(s.id("gp-veenhof", 0), [.care], from: -540)
    b.involve(vt, [.intake, .advice, .direction], from: -532, to: -486)
    b.involve(s.id("rvdk", 4), [.investigation], from: -470, to: -400)
    b.involve(gi, [.measure, .direction], from: -343)
    b.involve(s.id("lt-scherpenzeel", 2), [.care], from: -300)
    b.assess(
      .delta, -60, organisation: "gi-jbg", rater: gi, subject: "M3",
      InstrumentOutcome(level: "safe"))
    b.assess(
      .signsOfSafety, -20, organisation: "gi-jbg", rater: gi, subject: "M3",
      InstrumentOutcome(
        columns: SafetyColumns(
          worries: ["Terugval bij stress op het werk van vader"],
          working: ["Ouders gebruiken het veiligheidsplan", "Sophie praat thuis en op school"],
          next: ["Sociaal team blijft na de OTS betrokken"],
          scores: [
            RaterScore(rater: "jeugdbeschermer", score: 8), RaterScore(rater: "Sophie", score: 9),
            RaterScore(rater: "ouders", score: 8),
          ])))
    b.family.plan = FamilyPlan(
      director: gi,
      concerns: ["Terugval in fysiek straffen"],
      strengths: ["Ouders houden zich al een jaar aan het veiligheidsplan", "Sterk netwerk"],
      goals: ["OTS eindigt; het sociaal team biedt nazorg"],
      safetyAgreements: ["Vader belt zijn broer bij oplopende spanning."])
    let decision = b.decide(
      meeting: nil, -486, hour: 9, .investigation,
      rationale: "Onverklaard letsel bij Sophie; ouders weigeren hulp. Onderzoek door de Raad.",
      present: [present(s, "vt-gm", 1), present(s, "jbt-fv", 1)], recordedBy: secretary(s))
    _ = decision
    b.action("Nazorgplan met het sociaal team opstellen", owner: gi, due: 14)
    b.created()
    return b.family
  }
}
