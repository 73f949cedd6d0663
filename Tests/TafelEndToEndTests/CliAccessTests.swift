// "Who looked at our file, and what do you hold about us?" (issue 14): each
// command leaves its access-log entries, `tafel log` tells them in words,
// `tafel export` holds everything of every demo family, and the board logs
// one entry per family it shows — none for a row passed in privacy mode.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("the access log and the export")
struct CliAccessTests {
  static func entries(_ store: CliStore, _ family: String) throws -> [AccessEntry] {
    let result = try store.tafel(["log", family, "--format", "json"])
    #expect(result.status == 0, "\(result)")
    return try JSONDecoder().decode([AccessEntry].self, from: result.stdoutData)
  }

  @Test("each command leaves its entries; tafel log says them in words")
  func commandsAreLogged() throws {
    let store = try CliStore()
    let agenda = try DemoAgenda.read(store: store.path)
    let family = agenda.families[0].id
    try GitReplicas.require(store.tafel(["history", family, "--as", "Karin Oosterveld"]))
    try GitReplicas.require(
      store.tafel([
        "minutes", agenda.meetingID, "--as", "secretaris", "--on-behalf-of", "Linda Kamphuis",
      ]))
    try GitReplicas.require(store.tafel(["family", "list", "--private"]))
    try GitReplicas.require(store.tafel(["family", "list", "--as", "coördinator"]))
    try GitReplicas.require(
      store.tafel([
        "decide", family, "--meeting", agenda.meetingID, "--outcome", "no-investigation",
        "--rationale", "Hulp werkt.", "--as", "Linda Kamphuis", "--child-not-heard", "Ziek.",
        "--on-behalf-of", "JBT Foodvalley",
      ]))
    try GitReplicas.require(store.tafel(["export", family, "--format", "markdown"]))
    let logged = try Self.entries(store, family)
    #expect(
      logged.map { "\($0.action.rawValue) \($0.part) \($0.who)" } == [
        "view history Karin Oosterveld", "print minutes \(agenda.meetingID) secretaris",
        "view family list coördinator",
        "change recorded a decision (no-investigation) Linda Kamphuis",
        "export markdown tester",
      ])
    #expect(logged[1].onBehalfOf == "Linda Kamphuis")
    #expect(logged[3].onBehalfOf == "JBT Foodvalley", "a change on someone's behalf says so")
    #expect(logged[0].onBehalfOf == nil)
    #expect(Set(logged.map(\.machine)).count == 1)
    // Every family in the list without --private was seen; with it, none.
    let other = agenda.families[1].id
    #expect(
      try Self.entries(store, other).map(\.part) == ["minutes \(agenda.meetingID)", "family list"])

    let text = try store.tafel(["log", family, "--lang", "nl"])
    #expect(text.stdout.contains("Karin Oosterveld (gezinscoach, Lokaal Team Ede)"), "\(text)")
    #expect(text.stdout.contains("bekeek de route door de keten"), "\(text)")
    #expect(text.stdout.contains("secretaris namens Linda Kamphuis"), "\(text)")
    let html = try store.tafel(["log", family, "--format", "html", "--lang", "en"])
    #expect(html.stdout.contains("<td>made the minutes of \(agenda.meetingID)</td>"), "\(html)")
    let period = try store.tafel([
      "log", family, "--from", TestClock.today.adding(days: 1).description,
    ])
    #expect(period.stdout.contains("No one accessed it."), "\(period)")
    let user = try store.tafel(["log", "--user", "Karin Oosterveld", "--format", "json"])
    #expect(try JSONDecoder().decode([AccessEntry].self, from: user.stdoutData).count == 1)

    let unknown = try store.tafel(["log", "FV-1999-0001"])
    #expect(unknown.status == 1)
    #expect(unknown.stderrLines == ["tafel: unknown family: FV-1999-0001"])
    #expect(try store.tafel(["check"]).status == 0)
  }

  @Test("the export of every demo family holds all of its file, and is logged")
  func everyFamilyExports() throws {
    let store = try CliStore()
    for id in store.ids("families") {
      let json = try store.tafel(["export", id, "--format", "json"])
      #expect(json.status == 0, "\(json)")
      let export = try JSONDecoder().decode(FamilyExportJSON.self, from: json.stdoutData)
      #expect(export.family == (try store.family(id)), "\(id)")
      let page = try store.tafel(["export", id, "--format", "markdown", "--lang", "en"])
      let family = try store.family(id)
      for decision in family.decisions {
        #expect(page.stdout.contains(decision.id), "\(id): decision \(decision.id)")
      }
      for event in family.events {
        #expect(page.stdout.contains(event.date.description), "\(id): event \(event.id)")
      }
      for involvement in family.involvements {
        #expect(page.stdout.contains(involvement.from.description), "\(id): \(involvement.id)")
      }
      #expect(page.stdout.contains("Who looked at or changed the file"))
      // What each instrument said, in full: every domain score, every column.
      for assessment in family.assessments {
        for (domain, score) in assessment.outcome.domains ?? [:] {
          #expect(page.stdout.contains("\(domain) \(score)"), "\(id): \(assessment.id) \(domain)")
        }
        let columns = assessment.outcome.columns
        for text in (columns?.worries ?? []) + (columns?.working ?? []) + (columns?.next ?? []) {
          #expect(page.stdout.contains(text), "\(id): \(assessment.id) \(text)")
        }
        if assessment.instrument == .zrm {
          #expect(
            page.stdout.contains("- ZRM: the self-sufficiency matrix"), "\(id): the word explained")
        }
      }
      // Typed line breaks and tabs are spaces on a line of a list, never ␊ or ␉.
      #expect(!page.stdout.contains("␊") && !page.stdout.contains("␉"), "\(id)")
      // Written for the family: people by name, not by Tafel's ids; the
      // minutes as text under the export's headings, not as a code block.
      let dutch = try store.tafel(["export", id, "--format", "html", "--lang", "nl"])
      #expect(dutch.status == 0, "\(dutch)")
      let directory = try Store.open(store.path).directory()
      for professional in directory.professionals {
        #expect(!dutch.stdout.contains(professional.id), "\(id): \(professional.id) shown as an id")
      }
      for involvement in family.involvements {
        let name = try #require(directory.professionals.first { $0.id == involvement.professional })
          .name
        #expect(dutch.stdout.contains(Minutes.escape(name)), "\(id): \(name)")
      }
      #expect(!dutch.stdout.contains("household"), "\(id)")
      // The route is a table on A4 (its days never broken), not aligned text
      // that runs off the page.
      #expect(!dutch.stdout.contains("<pre>"), "\(id)")
      #expect(
        dutch.stdout.contains("<table class=\"route\">\n<tr><th>datum</th><th>van → naar</th>"),
        "\(id)")
      #expect(dutch.stdout.contains("td.day, td.number { white-space: nowrap;"), "\(id)")
      #expect(!page.stdout.contains("```"), "\(id): a code block in the Markdown")
      for decision in family.decisions where decision.meeting != nil {
        let heading = "<h4>" + Minutes.escape("Besluit \(decision.id)")
        #expect(dutch.stdout.contains(heading), "\(id): \(decision.id) in the minutes' part")
      }
      #expect(
        try Self.entries(store, id).filter { $0.action == .export }.map(\.part) == [
          "json", "markdown", "html",
        ])
    }
  }

  @Test("the board logs each family it shows once; privacy mode passes rows unlogged")
  func boardViewsAreLogged() throws {
    let store = try CliStore()
    let agenda = try DemoAgenda.read(store: store.path)
    let board = try TmuxSession(
      [try TafelBinary.path(), "--store", store.path, "--no-mouse", "--as", "Linda Kamphuis"],
      home: store.home, environment: TestClock.environment(now: store.now))
    defer { board.close() }
    try board.waitFor(agenda.families[0].name)
    try board.send("j")
    try board.waitFor("Family plan · " + agenda.families[1].name)
    try board.send("k")
    try board.waitFor("Family plan · " + agenda.families[0].name)
    // The first case comes to the table; in privacy mode only it is shown.
    try board.send("s")
    try board.waitFor("▶ " + agenda.families[0].name)
    try board.send("p")
    try board.send("j")
    try board.send("j")
    _ = try board.waitFor("▸")
    try board.send("q")
    _ = try board.waitForExit()
    #expect(try Self.entries(store, agenda.families[0].id).map(\.part) == ["board", "board"])
    #expect(try Self.entries(store, agenda.families[1].id).map(\.who) == ["Linda Kamphuis"])
    #expect(try Self.entries(store, agenda.families[2].id).isEmpty)
  }

  @Test("a family whose viewing cannot be logged is not shown: its panes say why, nothing of it")
  func unloggedViewIsNotShown() throws {
    let store = try CliStore()
    let agenda = try DemoAgenda.read(store: store.path)
    let director = try #require(try store.family(agenda.families[0].id).plan.director)
    // access/ as a link: Tafel does not follow it, so no entry can be written.
    let outside = store.scratch.file("outside-access")
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    try? FileManager.default.removeItem(atPath: store.file("access"))
    try FileManager.default.createSymbolicLink(
      atPath: store.file("access"), withDestinationPath: outside)
    let board = try TmuxSession(
      [try TafelBinary.path(), "--store", store.path, "--no-mouse", "--lang", "en"],
      home: store.home, environment: TestClock.environment(now: store.now))
    defer { board.close() }
    let screen = try board.waitFor("withheld") {
      $0.contains("Not shown: looking at this family") && $0.contains("access log could not")
    }
    let name = try #require(try Store.open(store.path).directory().professional(director)?.name)
    #expect(!screen.contains(name), "\(screen)")
    #expect(!screen.contains("Director:"), "\(screen)")
    try board.send("q")
    _ = try board.waitForExit()
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
  }
}
