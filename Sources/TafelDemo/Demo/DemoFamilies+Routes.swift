// Demo families that show the chain's routes: the usual route to a GI, Veilig
// Thuis scaling up past the local team, a scale-down to the local team with
// drang, a police crisis to a provisional OTS, and a young person who met
// more than forty professionals over the years.

import TafelCore

extension DemoFamilies {
  /// The usual route: school → local team → table → RvdK → judge → GI.
  static func deVries(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -420, number: 12), name: "Familie de Vries",
      municipality: "Nijkerk", phase: .measure)
    let lt = s.id("lt-nijkerk", 0)
    let gi = s.id("gi-jbg", 0)
    b.member("Mark de Vries", .parent, custody: true)
    b.member("Daniëlle de Vries-Kok", .parent, custody: true)
    b.member("Sem de Vries", .child, born: b.born(years: 9, days: 120))
    b.member("Julia de Vries", .child, born: b.born(years: 6, days: 30))
    b.consent("Mark de Vries en Daniëlle de Vries-Kok", -411, "gegevens delen binnen de keten")
    b.event(
      -420, .report, from: "school-klaverblad", to: "lt-nijkerk",
      "Intern begeleider meldt: Sem komt geregeld zonder ontbijt en met blauwe plekken op school.")
    b.event(-411, .intake, to: "lt-nijkerk", "Kennismaking thuis; ouders erkennen spanningen.")
    b.event(-250, .requestForDiscussion, from: "lt-nijkerk", to: "jbt-fv")
    b.event(-236, .tableDiscussion, to: "jbt-fv")
    let request = b.event(-236, .investigationRequest, from: "jbt-fv", to: "rvdk")
    b.rvdk(
      -226, accepted: true, request: request, by: s.name("rvdk", 0), expert: "Marieke Koster",
      conditions:
        "Het veiligheidsplan blijft van kracht; het lokale team blijft betrokken tot de GI start.")
    b.event(-150, .investigationEnd, from: "rvdk", "Raad adviseert een ondertoezichtstelling.")
    b.event(-146, .petition, from: "rvdk", to: "kr-gelderland")
    b.event(-130, .rulingOTS, from: "kr-gelderland", to: "gi-jbg", "OTS voor een jaar.")
    b.event(
      -125, .handover, from: "lt-nijkerk", to: "gi-jbg", "Warme overdracht aan de jeugdbeschermer.",
      informed: informed(s, ("lt-nijkerk", 0), ("gi-jbg", 0), on: b.day(-125)))
    b.event(-125, .giStart, to: "gi-jbg")
    b.involve(lt, [.intake, .direction], from: -411, to: -126)
    b.involve(s.id("school-klaverblad", 0), [.care], from: -420)
    b.involve(s.id("zorg-kwadrant", 0), [.care], from: -380)
    b.involve(s.id("rvdk", 0), [.investigation], from: -226, to: -150)
    b.involve(gi, [.measure, .direction], from: -125)
    b.assess(
      .lirik, -405, organisation: "lt-nijkerk", rater: lt, subject: "M3",
      InstrumentOutcome(
        level: "medium", text: "Zorgen over basiszorg; ouders staan open voor hulp."),
      version: "2.0")
    b.assess(
      .delta, -200, organisation: "rvdk", rater: s.id("rvdk", 0), subject: "M3",
      InstrumentOutcome(
        level: "conditionally-safe", text: "Veilig mits veiligheidsplan wordt nageleefd."))
    b.family.plan = FamilyPlan(
      director: gi,
      concerns: ["Fysieke veiligheid van Sem", "Basiszorg (ontbijt, kleding, hygiëne)"],
      strengths: ["Ouders komen afspraken na", "Oma woont dichtbij en helpt"],
      goals: ["Sem en Julia groeien veilig thuis op", "Ouders vragen zelf hulp bij spanning"],
      safetyAgreements: [
        "Bij oplopende spanning belt vader de broer van moeder en gaat hij weg tot hij rustig is.",
        "Oma haalt de kinderen op dinsdag en donderdag uit school.",
      ])
    b.planChange(s.name("gi-jbg", 0), -120, "plan overgenomen van het sociaal team")
    let decision = b.decide(
      meeting: meeting(today, -236), -236, hour: 9, minute: 50, .investigation,
      rationale: """
        Ondanks ruim een half jaar vrijwillige hulp zijn de zorgen over de fysieke veiligheid \
        van Sem niet weg: opnieuw blauwe plekken, en ouders werken wisselend mee.
        De tafel vraagt de Raad een beschermingsonderzoek te starten.
        """,
      agreements: [
        Agreement(
          what: "Veiligheidsplan blijft van kracht tot de start van het onderzoek",
          owner: lt, due: b.day(-226))
      ],
      parentsView: "Ouders vinden het onderzoek overdreven, maar zullen meewerken.",
      present: [
        "Mark de Vries (vader)", "Daniëlle de Vries-Kok (moeder)", present(s, "lt-nijkerk", 0),
        present(s, "rvdk", 0), present(s, "jbt-fv", 0),
      ], recordedBy: secretary(s))
    b.complete(decision: decision)
    b.action(
      "Sem meldt zich wekelijks bij de vertrouwensleerkracht", owner: s.id("school-klaverblad", 0),
      due: nil)
    b.action("Evaluatie veiligheidsplan met ouders", owner: gi, due: 30)
    b.created()
    return b.family
  }

  /// Veilig Thuis scales up to the RvdK past the local team, and does not say so.
  static func jansen(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -400, number: 27), name: "Familie Jansen",
      municipality: "Barneveld", phase: .investigation)
    let lt = s.id("lt-barneveld", 0)
    let vt = s.id("vt-gm", 2)
    b.member("Ruud Jansen", .parent, custody: true)
    b.member("Chloë Jansen-Hoogland", .parent, custody: true)
    b.member("Noah Jansen", .child, born: b.born(years: 7, days: 45))
    b.member("Mila Jansen", .child, born: b.born(years: 4, days: 200))
    b.consent("Chloë Jansen-Hoogland", -392, "opvoedondersteuning jeugdteam")
    b.event(
      -400, .report, from: "school-esdoorn", to: "lt-barneveld",
      "School vraagt opvoedondersteuning: Noah is thuis en in de klas erg onrustig.")
    b.event(-392, .intake, to: "lt-barneveld")
    b.event(
      -200, .report, from: "politie-fv", to: "vt-gm",
      "Derde melding burenruzie; harde klappen gehoord, kinderen waren thuis.")
    b.event(-195, .intake, to: "vt-gm", "Veilig Thuis start een onderzoek naar huiselijk geweld.")
    b.event(
      -120, .scaleUp, from: "vt-gm", to: "rvdk",
      "Veilig Thuis vraagt rechtstreeks onderzoek aan; het jeugdteam hoort het van de ouders.")
    let request = b.event(-120, .investigationRequest, from: "vt-gm", to: "rvdk")
    b.rvdk(
      -105, accepted: true, request: request, by: s.name("rvdk", 1), expert: "Marieke Koster")
    b.involve(lt, [.intake, .direction, .monitoring], from: -392)
    b.involve(s.id("school-esdoorn", 0), [.care], from: -400)
    b.involve(vt, [.intake, .advice, .monitoring], from: -195, to: -110)
    b.involve(s.id("rvdk", 1), [.investigation], from: -105)
    b.assess(
      .lirik, -300, organisation: "lt-barneveld", rater: lt, subject: "household",
      InstrumentOutcome(level: "medium"), version: "2.0")
    b.assess(
      .vtSafety, -190, organisation: "vt-gm", rater: vt, subject: "household",
      InstrumentOutcome(
        level: "unsafe", text: "Herhaald geweld tussen ouders in bijzijn van kinderen."))
    b.family.plan = FamilyPlan(
      director: lt,
      concerns: ["Geweld tussen ouders in bijzijn van de kinderen", "Onrust van Noah"],
      strengths: ["Moeder zoekt zelf hulp", "Kinderen gaan graag naar school"],
      goals: ["Geen geweld meer in het gezin", "Noah kan zich weer concentreren in de klas"],
      safetyAgreements: ["Moeder en kinderen kunnen naar de zus van moeder in Voorthuizen."])
    b.action("Ouders starten met relatietherapie", owner: s.id("lt-barneveld", 0), due: 45)
    // The local team asked the RvdK to take over the child's safety during
    // its investigation; the RvdK refused, so the local team keeps it.
    b.safety(
      "lt-barneveld", -392, professional: lt,
      agreements: ["Jeugdteam belt moeder wekelijks tot het raadsonderzoek klaar is."])
    b.safetyHandover(
      to: "rvdk", -104, answer: .refused, answered: -101, by: s.name("rvdk", 1),
      reason: "Het onderzoek neemt zicht op veiligheid niet over; het jeugdteam houdt het.")
    b.created()
    return b.family
  }

  /// Veilig Thuis scales down to the local team; a GI works with drang.
  static func bakker(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -330, number: 33), name: "Familie Bakker",
      municipality: "Scherpenzeel", phase: .drang)
    let vt = s.id("vt-gm", 3)
    let gi = s.id("gi-ldh", 0)
    let lt = s.id("lt-scherpenzeel", 0)
    b.member("Sandra Bakker", .parent, custody: true)
    b.member("Patrick Hol", .parent, custody: false)
    b.member("Jesse Bakker", .child, born: b.born(years: 10, days: 80))
    b.member("Fenna Bakker", .child, born: b.born(years: 7, days: 150))
    b.consent("Sandra Bakker", -325, "gegevens delen met huisarts, sociaal team en GI")
    b.event(
      -330, .report, from: "gp-veenhof", to: "vt-gm",
      "Huisarts meldt: moeder ernstig depressief, de kinderen zorgen grotendeels voor zichzelf.")
    b.event(-325, .intake, to: "vt-gm")
    b.event(-180, .requestForDiscussion, from: "vt-gm", to: "jbt-fv")
    b.event(-152, .tableDiscussion, to: "jbt-fv")
    b.event(
      -150, .scaleDown, from: "vt-gm", to: "lt-scherpenzeel",
      "Afschaling naar het sociaal team, met drang door het Leger des Heils.",
      informed: informed(s, ("vt-gm", 3), ("lt-scherpenzeel", 0), on: b.day(-151)))
    b.event(-148, .intake, to: "lt-scherpenzeel")
    b.event(-146, .drangStart, to: "gi-ldh")
    b.involve(vt, [.intake, .advice], from: -325, to: -150)
    b.involve(s.id("gp-veenhof", 1), [.care], from: -300)
    b.involve(gi, [.drang], from: -146)
    b.involve(lt, [.direction, .care], from: -148)
    b.involve(s.id("zorg-valleiggz", 1), [.care], from: -120)
    b.assess(
      .vtSafety, -320, organisation: "vt-gm", rater: vt, subject: "household",
      InstrumentOutcome(level: "conditionally-safe"))
    b.assess(
      .zrm, -100, organisation: "lt-scherpenzeel", rater: lt, subject: "M1",
      InstrumentOutcome(domains: [
        "finances": 2, "housing": 4, "mental-health": 2, "parenting": 3, "social-network": 2,
        "daily-living": 3,
      ]), version: "2017")
    b.family.plan = FamilyPlan(
      director: lt,
      concerns: ["Depressie van moeder", "Jesse neemt de zorg voor Fenna op zich"],
      strengths: ["Moeder wil hulp", "Vader is betrokken, al woont hij elders"],
      goals: ["Moeder is in behandeling en houdt die vol", "Jesse kan weer kind zijn"],
      safetyAgreements: ["Vader haalt de kinderen op als moeder een slechte dag heeft."])
    let decision = b.decide(
      meeting: meeting(today, -152), -152, hour: 10, minute: 40, .drang,
      rationale: """
        De zorgen zijn ernstig, maar moeder wil hulp en vader is bereid bij te springen.
        Onderzoek door de Raad wordt aangehouden: het Leger des Heils werkt met drang, het sociaal \
        team houdt de regie. Als de afspraken op de termijn niet zijn nagekomen, volgt alsnog een \
        verzoek tot onderzoek.
        """,
      deadline: 20,
      agreements: [
        Agreement(what: "Moeder start behandeling bij Valleizorg GGZ", owner: lt, due: b.day(-110)),
        Agreement(
          what: "Wekelijks huisbezoek door de jeugdbeschermer (drang)", owner: gi,
          due: b.day(20)),
      ],
      parentsView:
        "Moeder is opgelucht dat er geen onderzoek komt; vader wil meer betrokken worden.",
      present: [
        "Sandra Bakker (moeder)", "Patrick Hol (vader)", present(s, "vt-gm", 3),
        present(s, "lt-scherpenzeel", 0), present(s, "gi-ldh", 0), present(s, "jbt-fv", 1),
      ], recordedBy: secretary(s))
    // The social team reported the first agreement done before today's table.
    b.review(
      decision + ".1", .done, -115, by: lt,
      note: "Moeder is in behandeling; de eerste gesprekken zijn gevoerd.")
    // The social team offered the child's safety to the GI working with
    // drang; the GI has not answered (signal V).
    b.safety("lt-scherpenzeel", -148, professional: lt)
    b.safetyHandover(to: "gi-ldh", -12)
    b.created()
    return b.family
  }

  /// A crisis: the police go straight to the RvdK, the judge orders a provisional OTS.
  static func mahabier(_ today: Day, _ s: DemoStaff) -> Family {
    var b = DemoFamilyBuilder(
      today: today, id: id(today, firstOffset: -72, number: 41), name: "Familie Mahabier",
      municipality: "Ede", phase: .measure)
    let gi = s.id("gi-wsg", 0)
    b.member("Sharon Mahabier", .parent, custody: true)
    b.member("Jayden Mahabier", .child, born: b.born(years: 3, days: 40))
    b.member("Aaliyah Mahabier", .child, born: b.day(-200))
    b.event(
      -72, .crisis, from: "politie-fv", to: "rvdk",
      "Na melding van buren treft de politie Jayden en de baby 's nachts alleen thuis aan; "
        + "moeder is onbereikbaar. Kinderen tijdelijk bij een crisispleeggezin.")
    b.event(-72, .investigationStart, to: "rvdk", "Spoedonderzoek.")
    b.event(
      -71, .rulingProvisionalOTS, from: "kr-gelderland", to: "gi-wsg",
      "Voorlopige OTS voor drie maanden en machtiging uithuisplaatsing.")
    b.event(
      -70, .giStart, to: "gi-wsg",
      "William Schrikker Groep: moeder heeft een licht verstandelijke beperking.")
    b.event(-40, .investigationEnd, from: "rvdk")
    b.event(-35, .petition, from: "rvdk", to: "kr-gelderland", "Verzoek OTS voor een jaar.")
    b.involve(s.id("politie-fv", 0), [.advice], from: -72, to: -72)
    b.involve(s.id("rvdk", 2), [.investigation], from: -72, to: -40)
    b.involve(gi, [.measure, .direction], from: -70)
    b.involve(s.id("lt-ede", 1), [.monitoring, .care], from: -65)
    b.involve(s.id("zorg-horizon", 0), [.care], from: -60)
    b.assess(
      .arij, -68, organisation: "gi-wsg", rater: gi, subject: "household",
      InstrumentOutcome(level: "high"), version: "2020")
    b.family.plan = FamilyPlan(
      director: gi,
      concerns: ["Toezicht op jonge kinderen", "Moeder overziet de zorg niet alleen"],
      strengths: ["Moeder houdt veel van de kinderen", "Zus van moeder wil helpen"],
      goals: ["Kinderen terug naar huis met een stevig netwerk eromheen"],
      safetyAgreements: ["Moeder laat de kinderen nooit alleen; bij uitgaan past de zus op."])
    b.action("Netwerkberaad met familie organiseren", owner: gi, due: 10)
    b.action(
      "Begeleiding thuis door Horizonzorg, vier dagdelen per week", owner: s.id("zorg-horizon", 0),
      due: nil)
    b.created()
    return b.family
  }
}
