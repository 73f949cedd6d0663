// Demo families in or around voluntary help: a decision corrected the next
// day, a decision that forgot the child's view and left agreements without an
// owner, a scale-down nobody was told about and that left no director, a
// closed case, and a report that just came in.

import TafelCore

extension DemoFamilies {
  /// Zoë (14) at the table; the decision was corrected the next day (supersedes).
  static func pinas(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -150, number: 77), name: "Familie Pinas",
      municipality: "Ede", phase: .voluntary)
    let lt = s.id("lt-ede", 2)
    b.member("Daniëlle Pinas", .parent, custody: true)
    b.member("Roy Pinas", .parent, custody: false)
    b.member("Zoë Pinas", .child, born: b.born(years: 14, days: 200))
    b.member("Jaylen Pinas", .child, born: b.born(years: 11, days: 90))
    b.consent("Daniëlle Pinas", -144, "gegevens delen met school en lokaal team")
    b.event(
      -150, .report, from: "school-eikenhorst", to: "toegang-ede",
      "Zorgcoördinator: Zoë snijdt zichzelf en zegt dat niemand thuis het merkt.")
    b.event(-144, .intake, to: "toegang-ede")
    b.event(
      -130, .handover, from: "toegang-ede", to: "lt-ede",
      informed: informed(s, ("toegang-ede", 1), ("lt-ede", 2), on: b.day(-130)))
    b.event(-126, .intake, to: "lt-ede")
    b.event(-42, .requestForDiscussion, from: "lt-ede", to: "jbt-fv")
    b.event(-14, .tableDiscussion, to: "jbt-fv")
    // Back within the year: the school reports again two weeks after the
    // table chose voluntary help (signal B).
    b.event(
      -3, .report, from: "school-eikenhorst", to: "toegang-ede",
      "School meldt opnieuw: Zoë verzuimt weer en zegt dat het thuis onrustig is.")
    b.involve(s.id("toegang-ede", 1), [.intake], from: -144, to: -130)
    b.involve(lt, [.intake, .direction], from: -126)
    b.involve(s.id("school-eikenhorst", 0), [.care], from: -150)
    b.involve(s.id("zorg-kwadrant", 1), [.care], from: -100)
    b.assess(
      .lirik, -120, organisation: "lt-ede", rater: lt, subject: "M3",
      InstrumentOutcome(level: "high"), version: "2.0")
    b.assess(
      .lirik, -20, organisation: "lt-ede", rater: lt, subject: "M3",
      InstrumentOutcome(level: "medium"), version: "2.0")
    b.family.request = RequestForDiscussion(
      from: lt, date: b.day(-42),
      reason: "Zoë (14) beschadigt zichzelf; moeder is overbelast en vader is uit beeld.",
      tried: "Gezinscoaching, aanmelding jeugd-GGZ (wachtlijst), afspraken met school.",
      parentsReaction: "Moeder wil hulp en is bang dat Zoë uit huis wordt geplaatst.")
    b.family.plan = FamilyPlan(
      director: lt,
      concerns: ["Zelfbeschadiging van Zoë", "Overbelasting van moeder"],
      strengths: ["Zoë vertrouwt haar mentor", "Moeder zoekt actief hulp"],
      goals: ["Zoë krijgt passende behandeling", "Moeder heeft steun in haar netwerk"],
      safetyAgreements: ["Zoë belt bij een slechte dag haar mentor of de crisisdienst."])
    let attendees = [
      "Daniëlle Pinas (moeder)", "Zoë Pinas", present(s, "lt-ede", 2),
      present(s, "school-eikenhorst", 0), present(s, "jbt-fv", 0),
    ]
    let rationale = """
      De zorgen zijn ernstig maar moeder en Zoë werken goed mee en er is zicht op behandeling. \
      Geen onderzoek door de Raad; de vrijwillige hulp gaat door met de afspraken hieronder.
      """
    let first = b.decide(
      meeting: meeting(today, -14), -14, hour: 9, minute: 50, .noInvestigation,
      rationale: rationale,
      agreements: [
        Agreement(what: "Ouderschapsondersteuning voor moeder starten", owner: lt, due: b.day(30)),
        Agreement(
          what: "Zoë krijgt een vaste vertrouwenspersoon op school",
          owner: s.id("school-eikenhorst", 0), due: b.day(14)),
      ],
      parentsView: "Moeder is opgelucht en wil de afspraken nakomen.",
      childView: "Zoë wil thuis blijven en wil zelf kiezen met wie ze praat.",
      present: attendees, recordedBy: secretary(s))
    b.cancel(decision: first)
    b.decide(
      meeting: meeting(today, -14), -13, hour: 9, minute: 15, .noInvestigation,
      rationale: rationale
        + "\nCorrectie op \(first): de vertrouwenspersoon is de mentor, niet de zorgcoördinator.",
      agreements: [
        Agreement(what: "Ouderschapsondersteuning voor moeder starten", owner: lt, due: b.day(30)),
        Agreement(
          what: "Zoë krijgt een vaste vertrouwenspersoon op school",
          owner: s.id("school-eikenhorst", 1), due: b.day(14)),
      ],
      parentsView: "Moeder is opgelucht en wil de afspraken nakomen.",
      childView: "Zoë wil thuis blijven en wil zelf kiezen met wie ze praat.",
      present: attendees, recordedBy: secretary(s), supersedes: first)
    b.created()
    return b.family
  }

  /// A decision without Nadia's (15) view, an agreement without owner, an overdue action.
  static func elAmrani(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -300, number: 84), name: "Familie El Amrani",
      municipality: "Barneveld", phase: .voluntary)
    let lt = s.id("lt-barneveld", 1)
    b.member("Mohammed El Amrani", .parent, custody: true)
    b.member("Samira El Amrani-Bouali", .parent, custody: true)
    b.member("Nadia El Amrani", .child, born: b.born(years: 15, days: 60))
    b.member("Yusuf El Amrani", .child, born: b.born(years: 9, days: 180))
    b.event(
      -300, .report, from: "school-esdoorn", to: "lt-barneveld",
      "Intern begeleider: Yusuf vertelt over harde ruzies en schulden; vader is vaak weg.")
    b.event(-290, .intake, to: "lt-barneveld")
    b.event(-60, .requestForDiscussion, from: "lt-barneveld", to: "jbt-fv")
    b.event(-14, .tableDiscussion, to: "jbt-fv")
    b.involve(lt, [.intake, .direction], from: -290)
    b.involve(s.id("school-esdoorn", 1), [.care], from: -300)
    b.involve(s.id("zorg-kwadrant", 2), [.care], from: -10)
    b.assess(
      .zrm, -280, organisation: "lt-barneveld", rater: lt, subject: "household",
      InstrumentOutcome(domains: [
        "finances": 1, "housing": 3, "domestic-relations": 2, "parenting": 3,
      ]),
      version: "2017")
    b.family.request = RequestForDiscussion(
      from: lt, date: b.day(-60),
      reason: "Aanhoudende ruzies en schulden; Nadia (15) verzuimt en Yusuf is angstig.",
      tried: "Gezinscoaching, aanmelding schuldhulp, gesprekken met beide ouders.",
      parentsReaction: "Ouders erkennen de ruzies; vader wil geen hulp van buitenaf.")
    b.family.plan = FamilyPlan(
      director: lt,
      concerns: ["Ruzies en schulden", "Schoolverzuim van Nadia"],
      strengths: ["Moeder houdt het huishouden draaiende", "Grootouders steunen"],
      goals: ["Rust in huis", "Nadia haalt haar diploma"])
    b.action("Aanmelden bij schuldhulpverlening", owner: lt, due: -20)
    b.decide(
      meeting: meeting(today, -14), -14, hour: 10, minute: 55, .noInvestigation,
      rationale: """
        Ouders zijn bereid hulp te aanvaarden voor de ruzies; de schulden worden aangepakt. \
        Geen onderzoek; de tafel bespreekt het gezin opnieuw als de afspraken niet lukken.
        """,
      agreements: [
        Agreement(
          what: "Ouders volgen het oudertraject bij Kwadrant",
          owner: s.id("zorg-kwadrant", 2), due: b.day(40)),
        Agreement(what: "Verzuimaanpak Nadia afstemmen met school", owner: "", due: b.day(10)),
      ],
      parentsView: "Moeder wil hulp; vader gaat mee 'voor de kinderen'.",
      present: [
        "Mohammed El Amrani (vader)", "Samira El Amrani-Bouali (moeder)",
        present(s, "lt-barneveld", 1),
        present(s, "jbt-fv", 0),
      ], recordedBy: secretary(s))
    b.created()
    return b.family
  }

  /// The RvdK scales down to the social team without telling anyone; nobody holds direction.
  static func vanBeek(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -230, number: 90), name: "Familie van Beek",
      municipality: "Scherpenzeel", phase: .voluntary)
    b.member("Willem van Beek", .parent, custody: true)
    b.member("Esther van Beek-Mulder", .parent, custody: true)
    b.member("Finn van Beek", .child, born: b.born(years: 8, days: 130))
    b.member("Sara van Beek", .child, born: b.born(years: 5, days: 260))
    b.event(
      -230, .report, from: "politie-fv", to: "vt-gm",
      "Politie: vader dreigde moeder met een mes; kinderen sliepen boven.")
    b.event(-225, .intake, to: "vt-gm")
    b.event(-200, .requestForDiscussion, from: "vt-gm", to: "jbt-fv")
    b.event(-186, .tableDiscussion, to: "jbt-fv")
    b.event(-186, .investigationRequest, from: "jbt-fv", to: "rvdk")
    b.event(-170, .investigationStart, to: "rvdk")
    b.event(-90, .investigationEnd, from: "rvdk", "Geen grond voor een maatregel.")
    b.event(
      -85, .scaleDown, from: "rvdk", to: "lt-scherpenzeel",
      "Terug naar vrijwillige hulp; het sociaal team hoort het pas van moeder.")
    b.event(-50, .intake, to: "lt-scherpenzeel")
    b.involve(s.id("vt-gm", 5), [.intake, .advice], from: -225, to: -186)
    b.involve(s.id("rvdk", 3), [.investigation], from: -170, to: -90)
    b.involve(s.id("lt-scherpenzeel", 1), [.intake, .care], from: -50)
    b.involve(s.id("zorg-kwadrant", 4), [.care], from: -40)
    b.family.plan = FamilyPlan(
      concerns: ["Dreiging door vader", "Kinderen getuige van geweld"],
      strengths: ["Vader volgt agressieregulatie"],
      goals: ["Veilig thuis zonder dreiging"],
      safetyAgreements: ["Vader slaapt bij zijn moeder als het thuis escaleert."])
    b.decide(
      meeting: meeting(today, -186), -186, hour: 9, minute: 45, .investigation,
      rationale:
        "Ernstige dreiging met een wapen; ouders zien het gevaar niet. Onderzoek door de Raad.",
      parentsView: "Vader ontkent de dreiging; moeder twijfelt.",
      present: [
        "Esther van Beek-Mulder (moeder)", present(s, "vt-gm", 5), present(s, "jbt-fv", 1),
      ],
      recordedBy: secretary(s))
    b.action("Agressieregulatietraining vader afronden", owner: s.id("zorg-kwadrant", 4), due: 40)
    b.created()
    return b.family
  }

  /// A closed case: voluntary help that worked, after the RvdK declined to
  /// investigate what the table asked (the local team carried on).
  static func bos(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -700, number: 8), name: "Familie Bos",
      municipality: "Barneveld", phase: .closed)
    b.member("Gerda Bos", .parent, custody: true)
    b.member("Tim Bos", .child, born: b.born(years: 10, days: 15))
    b.event(-700, .report, from: "school-esdoorn", to: "lt-barneveld", "Zorgen over verwaarlozing.")
    b.event(-690, .intake, to: "lt-barneveld")
    b.event(-600, .requestForDiscussion, from: "lt-barneveld", to: "jbt-fv")
    b.decide(
      meeting: nil, -585, hour: 10, .investigation,
      rationale: """
        Moeder zegt afspraken af en Tim komt nog steeds onverzorgd op school.
        De tafel vraagt de Raad te onderzoeken of een maatregel nodig is.
        """,
      parentsView: "Moeder vindt dat het beter gaat en wil geen Raad.",
      present: [s.id("lt-barneveld", 3), s.id("rvdk", 2)], recordedBy: s.id("lt-barneveld", 3))
    b.rvdk(
      -578, accepted: false, request: b.family.id + "-D001/request", by: s.name("rvdk", 2),
      expert: "Marieke Koster",
      reason:
        "Vrijwillige hulp is niet beproefd: het netwerk (oma) is niet ingezet en moeder werkt sinds de bespreking mee. Het lokale team gaat door."
    )
    b.event(
      -400, .closure, from: "lt-barneveld", "Doelen bereikt; moeder redt het met haar netwerk.")
    b.involve(s.id("lt-barneveld", 3), [.intake, .direction, .care], from: -690, to: -400)
    b.family.plan = FamilyPlan(goals: ["Tim gaat verzorgd naar school"])
    b.created()
    return b.family
  }

  /// A report that came in five days ago at Ede's access team.
  static func yilmaz(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -5, number: 96), name: "Familie Yılmaz",
      municipality: "Ede", phase: .reported)
    b.member("Hatice Yılmaz", .parent, custody: true)
    b.member("Kerem Yılmaz", .child, born: b.born(years: 5, days: 100))
    b.event(
      -5, .report, from: "politie-fv", to: "toegang-ede",
      "Wijkagent: moeder en zoon slapen in de auto na uitzetting.")
    b.created()
    return b.family
  }
}
