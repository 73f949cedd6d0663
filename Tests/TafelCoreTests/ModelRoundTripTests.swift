import Foundation
import Testing

@testable import TafelCore

@Suite("JSON round trip of the model")
struct ModelRoundTripTests {
  static func sampleFamily() -> Family {
    let today = Day("2026-11-29")!
    var family = Family(
      id: "FV-2026-0042", name: "Familie Öztürk", municipality: "Ede",
      members: [
        Member(id: "M1", name: "Zoë Öztürk", role: .child, birthDate: Day("2013-05-02")),
        Member(id: "M2", name: "Daniëlle Öztürk", role: .parent, custody: true),
      ],
      phase: .table,
      involvements: [
        Involvement(
          id: "I1", professional: "P-0001", functions: [.direction, .intake],
          from: Day("2026-01-10")!)
      ],
      plan: FamilyPlan(
        director: "P-0001", concerns: ["Zorgen over veiligheid"], goals: ["Rust thuis"]),
      assessments: [
        RiskAssessment(
          id: "R1", instrument: .arij, date: Day("2026-10-01")!, organisation: "vt-gm",
          rater: "P-0002",
          subject: "M1", outcome: InstrumentOutcome(level: "high"))
      ],
      events: [
        ChainEvent(
          id: "E1", date: Day("2026-01-05")!, kind: .report, from: "school-ede", to: "vt-gm")
      ])
    try! family.record(
      DecisionDraft(
        outcome: .drang, deadline: today.adding(months: 3).description,
        rationale: "Ouders werken mee.",
        agreements: [
          AgreementDraft(what: "Wekelijks huisbezoek", owner: "P-0001", due: "2026-12-15")
        ],
        childView: "Zoë wil thuis blijven."),
      time: Timestamp("2026-11-29T10:00:00Z")!, today: today, by: "chair")
    return family
  }

  @Test func familySurvivesEncodeDecode() throws {
    let family = Self.sampleFamily()
    let data = try TafelJSON.encode(family)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.hasSuffix("}\n"))
    #expect(text.contains("\"safetyNow\" : \"concerns\""))
    let decoded = try TafelJSON.decoder().decode(Family.self, from: data)
    #expect(decoded == family)
  }

  @Test func keysAreSortedSoDiffsReadWell() throws {
    let text = String(decoding: try TafelJSON.encode(Self.sampleFamily()), as: UTF8.self)
    let assessments = try #require(text.range(of: "\"assessments\""))
    let members = try #require(text.range(of: "\"members\""))
    #expect(assessments.lowerBound < members.lowerBound)
  }

  @Test func unknownFieldsOfANewerVersionSurviveARewrite() throws {
    let original = try TafelJSON.encode(Self.sampleFamily())
    var tree = try TafelJSON.decoder().decode(JSONValue.self, from: original)
    guard case .object(var root) = tree, case .array(var members) = root["members"]!,
      case .object(var zoe) = members[0]
    else {
      Issue.record("unexpected shape")
      return
    }
    zoe["pronouns"] = .string("zij/haar")
    members[0] = .object(zoe)
    root["members"] = .array(members)
    root["caseManagerNote"] = .object(["text": .string("from Tafel 2")])
    tree = .object(root)
    let newer = try TafelJSON.encode(tree)

    var family = try TafelJSON.decoder().decode(Family.self, from: newer)
    family.name = "Familie Öztürk-Yılmaz"
    family.members.insert(Member(id: "M3", name: "王小明", role: .child), at: 0)
    family.plan.director = nil
    let rewritten = try TafelJSON.encode(family, preservingUnknownFieldsOf: newer)
    let result = try TafelJSON.decoder().decode(JSONValue.self, from: rewritten)

    #expect(result["caseManagerNote"]?["text"] == .string("from Tafel 2"))
    guard case .array(let newMembers) = result["members"]! else {
      Issue.record("no members")
      return
    }
    #expect(newMembers[1]["id"] == .string("M1"))
    #expect(newMembers[1]["pronouns"] == .string("zij/haar"))
    #expect(newMembers[0]["pronouns"] == nil)
    #expect(result["name"] == .string("Familie Öztürk-Yılmaz"))
    #expect(result["plan"]?["director"] == nil, "a known field the user removed stays removed")
  }

  @Test func meetingIdsCarryTheirDate() throws {
    let today = try #require(Day("2026-11-29"))
    let ids = ["JBT-2026-10-01", "JBT-2026-12-06", "JBT-2026-11-29", "JBT-2026-11-29-2"]
    #expect(Meeting.pick(fromIDs: ids, today: today) == "JBT-2026-11-29")
    #expect(
      Meeting.pick(fromIDs: ["JBT-2026-10-01", "JBT-2026-12-06"], today: today) == "JBT-2026-12-06")
    #expect(
      Meeting.pick(fromIDs: ["JBT-2026-10-01", "JBT-2026-09-01"], today: today) == "JBT-2026-10-01")
    #expect(Meeting.pick(fromIDs: [], today: today) == nil)
  }

  @Test func sharedScalesFollowTheDocumentedMapping() {
    let zrm = SharedScale.derive(
      instrument: .zrm,
      outcome: InstrumentOutcome(domains: ["housing": 1, "finances": 4, "parenting": 4]))
    #expect(zrm?.safetyNow == .unsafe)
    #expect(zrm?.futureRisk == .moderate, "an average of exactly 3 is moderate")
    let signs = SharedScale.derive(
      instrument: .signsOfSafety,
      outcome: InstrumentOutcome(
        columns: SafetyColumns(scores: [
          RaterScore(rater: "a", score: 8), RaterScore(rater: "b", score: 9),
        ])))
    #expect(signs?.safetyNow == .safe)
    #expect(signs?.futureRisk == .low)
    #expect(
      SharedScale.derive(instrument: .other, outcome: InstrumentOutcome(text: "vrije tekst")) == nil
    )
  }
}
