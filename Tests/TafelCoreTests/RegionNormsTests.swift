// A norm in working days counts the Dutch working days; one in calendar
// days counts days; the national defaults say where they come from.

import TafelCore
import Testing

@Suite("region norms")
struct RegionNormsTests {
  @Test func aNormInWorkingDaysSkipsEasterAndTheWeekend() throws {
    let safety = try #require(RegionNorms.national.first { $0.step == .reportToIntake })
    #expect(safety.unit == .workingDays)
    // A report on Thursday 2 April 2026: Good Friday, the weekend and Easter
    // Monday do not count; the fifth working day is Monday 13 April.
    #expect(safety.lastDay(from: Day("2026-04-02")!).description == "2026-04-13")
    #expect(safety.isMet(from: Day("2026-04-02")!, to: Day("2026-04-13")!))
    #expect(!safety.isMet(from: Day("2026-04-02")!, to: Day("2026-04-14")!))
    #expect(safety.elapsed(from: Day("2026-04-02")!, to: Day("2026-04-14")!) == 6)
  }

  @Test func aNormInCalendarDaysCountsDays() throws {
    let request = try #require(RegionNorms.national.first { $0.step == .requestToInvestigation })
    #expect(request.lastDay(from: Day("2026-12-20")!).description == "2026-12-30")
    let steps = [
      (start: Day("2026-11-01")!, end: Day("2026-11-08")!),
      (start: Day("2026-11-01")!, end: Day("2026-11-20")!),
    ]
    #expect(RegionNorms.shareWithin(request, steps) == 50)
    #expect(RegionNorms.shareWithin(request, []) == nil)
  }

  @Test func everyNationalNormNamesItsSource() {
    #expect(RegionNorms.national.count == 4)
    for norm in RegionNorms.national {
      #expect(!norm.source.isEmpty && norm.figure > 0, "\(norm.step)")
    }
  }
}
