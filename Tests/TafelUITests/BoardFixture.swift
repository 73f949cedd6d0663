// A small, fixed world for the board's tests: six families whose names carry
// the characters that break alignment (Daniëlle, Zoë, Öztürk, a decomposed ë,
// CJK, an emoji), a meeting with every agenda status, and a fixed clock.
// Independent of the demo data, which moves with "today".

import TafelCore
import TafelScreen

@testable import TafelUI

enum BoardFixture {
  static let today = Day("2026-11-30")!
  /// 09:47 in Amsterdam (UTC+1 in November).
  static let now = Timestamp("2026-11-30T08:47:00Z")!
  static let zone = TimeZoneRule.amsterdam

  static func day(_ text: String) -> Day { Day(text)! }

  static let directory = Directory(
    organisations: [
      Organisation(
        id: "lt-ede", kind: .localTeam, name: "Lokaal team Ede", municipality: "Ede",
        contacts: [
          ContactPerson(name: "Marieke Bos", phone: "0318 123 456", since: day("2025-01-01"))
        ]),
      Organisation(
        id: "vt-gm", kind: .veiligThuis, name: "Veilig Thuis Gelderland-Midden",
        contacts: [ContactPerson(name: "Ahmed Yilmaz", since: day("2024-06-01"))]),
      Organisation(id: "rvdk", kind: .rvdk, name: "Raad voor de Kinderbescherming"),
      Organisation(
        id: "gi-jbg", kind: .gi, name: "Jeugdbescherming Gelderland",
        contacts: [ContactPerson(name: "Lotte Kramer", since: day("2023-01-01"))]),
    ],
    professionals: [
      Professional(id: "P-01", name: "Sanne Jansen", organisation: "lt-ede", role: "gezinscoach"),
      Professional(id: "P-02", name: "Peter Bakker", organisation: "vt-gm", role: "casemanager"),
      Professional(
        id: "P-03", name: "Ingrid Visser", organisation: "rvdk", role: "raadsonderzoeker"),
      Professional(
        id: "P-04", name: "Tom Hoekstra", organisation: "gi-jbg", role: "jeugdbeschermer"),
      Professional(
        id: "P-05", name: "Fatima el Idrissi", organisation: "lt-ede", role: "gedragsdeskundige"),
    ])

  static let info = StoreInfo(region: "Foodvalley", familyPrefix: "FV")

  static let ozturk = Family(
    id: "FV-2026-0001", name: "Familie Öztürk", municipality: "Ede",
    members: [
      Member(
        id: "M1", name: "Daniëlle Öztürk", role: .parent, birthDate: day("1990-03-02"),
        custody: true),
      Member(id: "M2", name: "Zoë Öztürk", role: .child, birthDate: day("2012-05-14")),
    ],
    phase: .table,
    involvements: [
      Involvement(
        id: "I1", professional: "P-01", functions: [.direction, .monitoring],
        from: day("2026-02-01")),
      Involvement(
        id: "I2", professional: "P-04", functions: [.drang, .direction], from: day("2026-09-15")),
      Involvement(
        id: "I3", professional: "P-02", functions: [.advice], from: day("2025-12-01"),
        to: day("2026-03-01")),
    ],
    plan: FamilyPlan(
      director: nil,
      concerns: ["Zoë slaapt slecht en verzuimt school", "Spanningen tussen ouders"],
      goals: ["Zoë gaat weer elke dag naar school"],
      actions: [
        PlanAction(id: "A1", what: "Schoolgesprek plannen", owner: "P-01", due: day("2026-11-20")),
        PlanAction(id: "A2", what: "Slaapdagboek bijhouden", owner: "M1", due: day("2026-12-15")),
        PlanAction(id: "A3", what: "Huisbezoek", owner: "", due: nil),
      ]),
    assessments: [
      RiskAssessment(
        id: "R1", instrument: .lirik, date: day("2026-10-02"), organisation: "vt-gm", rater: "P-02",
        subject: "M2", outcome: InstrumentOutcome(level: "high")),
      RiskAssessment(
        id: "R2", instrument: .zrm, date: day("2026-11-01"), organisation: "lt-ede", rater: "P-01",
        subject: "household",
        outcome: InstrumentOutcome(domains: ["finances": 4, "housing": 5, "parenting": 3])),
    ],
    decisions: [
      Decision(
        id: "FV-2026-0001-D001", family: "FV-2026-0001", time: Timestamp("2026-10-12T10:15:00Z")!,
        outcome: .noInvestigation, rationale: "Ouders werken mee met het lokale team.\nMeer tekst.",
        recordedBy: "secretaris"),
      Decision(
        id: "FV-2026-0001-D002", family: "FV-2026-0001", time: Timestamp("2026-10-12T10:40:00Z")!,
        outcome: .drang, deadline: day("2027-03-01"),
        rationale: "Drang: GI begeleidt, onderzoek aangehouden.",
        agreements: [
          Agreement(what: "Wekelijks huisbezoek", owner: "P-04", due: day("2026-12-01"))
        ],
        recordedBy: "secretaris", supersedes: "FV-2026-0001-D001"),
    ])

  static let deVries = Family(
    id: "FV-2026-0002", name: "Familie de Vries", municipality: "Wageningen",
    members: [
      Member(id: "M1", name: "Danie\u{0308}lle de Vries", role: .parent),
      Member(id: "M2", name: "Sem de Vries", role: .child, birthDate: day("2015-01-01")),
    ],
    phase: .measure,
    involvements: [
      Involvement(id: "I1", professional: "P-04", functions: [.measure], from: day("2025-11-01"))
    ],
    plan: FamilyPlan(concerns: ["Danie\u{0308}lle de Vries vraagt om hulp bij opvoeding"]))

  static let chen = Family(
    id: "FV-2026-0003", name: "Familie 陈", municipality: "Barneveld",
    members: [Member(id: "M1", name: "陈美玲", role: .parent)],
    phase: .voluntary,
    plan: FamilyPlan(director: "P-05", concerns: ["Taal: tolk nodig (陈美玲)"]))

  static let bos = Family(
    id: "FV-2026-0004", name: "Familie Bos 🌻", municipality: "Ede",
    members: [Member(id: "M1", name: "Noa Bos", role: .child, birthDate: day("2010-08-08"))],
    phase: .investigation,
    decisions: [
      Decision(
        id: "FV-2026-0004-D001", family: "FV-2026-0004", time: Timestamp("2026-11-30T08:00:00Z")!,
        outcome: .investigation, rationale: "Zorgen blijven; RvdK onderzoekt.",
        recordedBy: "secretaris")
    ])

  static let elAmrani = Family(
    id: "FV-2026-0005", name: "Familie El Amrani", municipality: "Veenendaal", phase: .table)

  static let meeting = Meeting(
    id: "JBT-2026-11-30", date: today, location: "Ede", chair: "J. de Boer", secretary: "K. Smit",
    items: [
      AgendaItem(
        family: "FV-2026-0001", start: "09:00", minutes: 60, kind: .first, status: .inProgress,
        startedAt: Timestamp("2026-11-30T08:05:00Z")!),
      AgendaItem(family: "FV-2026-0002", start: "10:00", minutes: 45, kind: .otsReview),
      AgendaItem(family: "FV-2026-0003", start: "10:45", minutes: 45),
      AgendaItem(family: "FV-2026-0004", start: "11:30", minutes: 45, status: .decided),
      AgendaItem(family: "FV-2026-0005", start: "13:00", minutes: 60, status: .adjourned),
      AgendaItem(family: "FV-2026-0006", start: "14:00", minutes: 60),
    ])

  static let summaries: [FamilySummary] =
    [ozturk, deVries, chen, bos, elAmrani].map(FamilySummary.init)
    + [
      FamilySummary(
        id: "FV-2026-0006", name: "Familie Jansen", municipality: "Ede", phase: .reported),
      FamilySummary(
        id: "FV-2026-0007", name: "Familie Zoë Mulder", municipality: "Ede", phase: .voluntary),
    ]

  /// The family names no other family's screen may show in privacy mode.
  static let names: [String: [String]] = [
    "FV-2026-0001": ["Öztürk", "Daniëlle Öztürk", "Zoë Öztürk", "Zoë slaapt"],
    "FV-2026-0002": ["Vries", "Danie\u{0308}lle de Vries", "Sem"],
    "FV-2026-0003": ["陈"],
    "FV-2026-0004": ["Bos 🌻", "Noa"],
    "FV-2026-0005": ["Amrani"],
    "FV-2026-0006": ["Familie Jansen"],
    "FV-2026-0007": ["Mulder"],
  ]

  static func data(meeting: Meeting? = BoardFixture.meeting, summaries: Bool = true) -> BoardData {
    BoardData(
      info: info, directory: directory, meeting: meeting,
      families: Dictionary(
        uniqueKeysWithValues: [ozturk, deVries, chen, bos, elAmrani].map { ($0.id, $0) }),
      summaries: summaries ? BoardFixture.summaries : nil, today: today, now: now,
      zone: zone)
  }

  static func app(
    language: Language = .en, privateMode: Bool = false, meeting: Meeting? = BoardFixture.meeting,
    summaries: Bool = true
  ) -> BoardApp {
    BoardApp(
      data: data(meeting: meeting, summaries: summaries),
      options: BoardOptions(language: language, privateMode: privateMode, mouse: true, user: "test")
    )
  }
}

extension BoardApp {
  /// The words of one pane as drawn at a size, its wrapped rows joined again
  /// (a pane beside it shares the screen's rows, so the screen text will not do).
  func paneWords(_ pane: PaneID, width: Int, height: Int) -> String {
    let grid = render(width: width, height: height)
    guard let rect = layout?.panes[pane] else { return "" }
    var words: [Substring] = []
    for y in rect.y..<min(grid.height, rect.maxY) {
      var line = ""
      for x in rect.x..<min(grid.width, rect.maxX) where !grid[x, y].isContinuation {
        line.append(grid[x, y].character)
      }
      words += line.split(whereSeparator: \.isWhitespace)
    }
    return words.joined(separator: " ")
  }
}
