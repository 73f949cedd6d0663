// `tafel history`: every demo family's route, in all three formats.

import Foundation
import TafelCore
import Testing

@Suite("tafel history")
struct CliHistoryTests {
  @Test("each demo family's route is printed: every step's date, in date order")
  func everyDemoFamily() throws {
    let store = try CliStore()
    let ids = store.ids("families")
    #expect(ids.count >= 10)
    for id in ids {
      let family = try store.family(id)
      let result = try store.tafel(["history", id])
      #expect(result.status == 0, "\(id): \(result)")
      #expect(result.stdout.contains(family.name), "\(id)")
      var position = result.stdout.startIndex
      for event in family.events.sorted(by: { $0.date < $1.date }) {
        let found = result.stdout.range(
          of: event.date.description, range: position..<result.stdout.endIndex)
        #expect(found != nil, "\(id): \(event.date) missing or out of order")
        if let found { position = found.lowerBound }
      }
    }
  }

  @Test("json is the timeline: one row per chain step with the days between")
  func json() throws {
    let store = try CliStore()
    let id = DemoFamily.id(31)
    let family = try store.family(id)
    let result = try store.tafel(["history", id, "--format", "json"])
    #expect(result.status == 0, "\(result)")
    let timeline = try TafelJSON.decoder().decode(Timeline.self, from: result.stdoutData)
    #expect(timeline.rows.count == family.chainSteps.count)
    #expect(timeline.rows.map(\.date) == family.chainSteps.map(\.date).sorted())
    for (previous, row) in zip(timeline.rows, timeline.rows.dropFirst()) {
      #expect(row.daysSincePrevious == previous.date.days(until: row.date))
    }
  }

  @Test("markdown has a heading with the family id, Dutch with --lang nl")
  func markdown() throws {
    let store = try CliStore()
    let result = try store.tafel([
      "history", DemoFamily.id(52), "--format", "markdown", "--lang", "nl",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.hasPrefix("# "))
    #expect(result.stdout.contains(DemoFamily.id(52)))
    #expect(result.stdout.contains("Regie"))
  }

  @Test("an unknown family exits 1, a bad format or language 2, each with one line")
  func badInput() throws {
    let store = try CliStore()
    let unknown = try store.tafel(["history", "FV-2026-9999"])
    #expect(unknown.status == 1)
    #expect(unknown.stderrLines == ["tafel: unknown family: FV-2026-9999"])
    let format = try store.tafel(["history", DemoFamily.id(52), "--format", "pdf"])
    #expect(format.status == 2)
    #expect(format.stderrLines.count == 1)
    #expect(format.stderr.contains("--format"))
    let language = try store.tafel(["history", DemoFamily.id(52), "--lang", "de"])
    #expect(language.status == 2)
    #expect(language.stderr.contains("--lang"))
  }
}
