// Generated stores for the benchmark: deterministic for a seed, of the
// demo's shape, and consistent enough to pass the store's checks.

import TafelDemo
import Testing

@testable import TafelCore

@Suite struct SyntheticDataTests {
  static let today = Day("2026-11-29")!

  @Test func theSameSeedGivesTheSameFamilies() {
    let first = SyntheticData.make(families: 300, seed: 42, today: Self.today)
    let second = SyntheticData.make(families: 300, seed: 42, today: Self.today)
    // Compared as Booleans: a failure should not print 300 families.
    let same = first.families == second.families && first.meetings == second.meetings
    #expect(same)
    let other = SyntheticData.make(families: 300, seed: 43, today: Self.today)
    let different = first.families != other.families
    #expect(different)
  }

  @Test func theShapeOfTheDemo() {
    let data = SyntheticData.make(families: 1_000, seed: 7, today: Self.today)
    #expect(data.families.count == 1_000)
    #expect(Set(data.families.map(\.id)).count == 1_000)
    #expect(data.families.allSatisfy { $0.id.wholeMatch(of: /FV-\d{4}-\d{4}/) != nil })
    #expect(data.meetings.count == 1)
    #expect(data.meetings.first?.id == "JBT-2026-11-29")
    #expect(data.meetings.first?.items.count == 8)
    #expect(data.families.contains { !$0.assessments.isEmpty })
    #expect(data.families.contains { !$0.decisions.isEmpty })
    #expect(data.families.contains { $0.phase == .measure })
    #expect(Set(data.families.map(\.phase)).count >= 6)
    let professionals = Set(data.directory.professionals.map(\.id))
    let organisations = Set(data.directory.organisations.map(\.id))
    for family in data.families {
      #expect(!family.members.isEmpty)
      for involvement in family.involvements {
        #expect(professionals.contains(involvement.professional))
        #expect(involvement.to.map { involvement.from <= $0 } ?? true, "\(family.id)")
      }
      if let director = family.plan.director {
        #expect(family.involvements.contains { $0.professional == director }, "\(family.id)")
      }
      for event in family.events {
        for organisation in [event.from, event.to].compactMap({ $0 }) {
          #expect(organisations.contains(organisation))
        }
      }
    }
  }

  @Test func signalsAndTheReportRunOnGeneratedData() {
    let data = SyntheticData.make(families: 500, seed: 1, today: Self.today)
    let report = RegionReport.build(
      families: data.families, directory: data.directory, from: nil, to: nil, today: Self.today,
      thresholds: SignalThresholds())
    #expect(report.families == 500)
    #expect(report.leadTimes.allSatisfy { $0.count > 0 })
    #expect(report.signals.filter { $0.signals > 0 }.count >= 5)
  }

  @Test func splitMixIsTheReferenceSequence() {
    // First outputs of SplitMix64 seeded with 0 (reference implementation).
    var random = SplitMix64(seed: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
  }
}
