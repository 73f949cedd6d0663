// The region's own rules from the command line (issue 26): settings set,
// loaded and refused at their place, the report against the norms in three
// formats and across two stores, consent per person, and the child's safety
// handed over, refused and left unanswered — each checked in the JSON on disk.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("the region's rules")
struct CliRegionTests {
  /// The id of the demo family with this name.
  static func family(named name: String, in store: CliStore) throws -> String {
    for id in store.ids(StoreLayout.families) where try store.family(id).name == name {
      return id
    }
    throw CliRunnerError.launch("no demo family \(name)")
  }

  static func info(_ store: CliStore) throws -> StoreInfo {
    try TafelJSON.decoder().decode(StoreInfo.self, from: store.data(StoreLayout.info) ?? Data())
  }

  @Test("a setting changed is a change record, and the table keeps to it")
  func settingsChangeTheRules() throws {
    let store = try CliStore()
    let shown = try store.tafel(["settings"])
    #expect(shown.status == 0, "\(shown)")
    #expect(shown.stdout.contains("drang at most:       6 months"))
    #expect(shown.stdout.contains("intake-table: 28 days — Foodvalley (demo)"))
    let set = try store.tafel([
      "settings", "set", "--drang-maximum-months", "3", "--reason", "regio-afspraak", "--as",
      "Coördinator",
    ])
    #expect(set.status == 0, "\(set)")
    let info = try Self.info(store)
    #expect(info.settings.drangMaximumMonths == 3)
    #expect(
      info.changes.last?.what
        == "changed the region's settings: --drang-maximum-months 3 (regio-afspraak)")
    #expect(info.changes.last?.by == "Coördinator")
    // A drang deadline four months ahead is now refused, naming the region's term.
    let meeting = "JBT-\(CliRunner.today)"
    let familyID = try #require(try store.meeting(meeting).items.first?.family)
    let before = store.data(StoreLayout.familyFile(familyID))
    let refused = try store.tafel([
      "decide", familyID, "--outcome", "drang", "--rationale", "Afspraken.", "--deadline",
      CliRunner.today.adding(months: 4).description, "--agreement", "Hulp", "--meeting", meeting,
      "--child-not-heard", "Niet gevraagd.",
    ])
    #expect(refused.status == 1, "\(refused)")
    #expect(refused.stderr.contains("more than 3 months ahead"), "\(refused)")
    #expect(store.data(StoreLayout.familyFile(familyID)) == before)
    // Outcomes the region does not offer are refused too.
    _ = try store.tafel(["settings", "set", "--outcomes", "no-investigation,drang,other"])
    let other = try store.tafel([
      "decide", familyID, "--outcome", "investigation", "--rationale", "Zorgen.", "--meeting",
      meeting, "--child-not-heard", "Niet gevraagd.",
    ])
    #expect(other.status == 1)
    #expect(
      other.stderr.contains(
        "investigation is not an outcome this table offers (no-investigation, drang, other)"),
      "\(other)")
  }

  @Test("a broken rule is refused in one line at its place, and nothing is written")
  func brokenSettingsAreRefused() throws {
    let store = try CliStore()
    let before = store.data(StoreLayout.info)
    let twice = try store.tafel(["settings", "set", "--outcomes", "drang,adjourned"])
    #expect(twice.status == 2, "\(twice)")
    #expect(twice.stderr.contains("--outcomes: adjourned is not a decision"), "\(twice)")
    let chair = try store.tafel(["settings", "set", "--roles", "parent,child"])
    #expect(chair.stderr.contains("settings.roles: the chair sits at every table"), "\(chair)")
    let unsourced = try store.tafel(["settings", "set", "--norm", "ruling-gi=5:working-days"])
    #expect(unsourced.status == 2)
    #expect(unsourced.stderr.contains("--source ruling-gi=TEXT"))
    // A new figure for a norm that has one needs its own source too: the old
    // one names the old figure.
    let resourced = try store.tafel([
      "settings", "set", "--norm", "report-intake=3:working-days:90",
    ])
    #expect(resourced.status == 2)
    #expect(resourced.stderr.contains("--source report-intake=TEXT"), "\(resourced)")
    let both = try store.tafel([
      "settings", "set", "--norm", "report-intake=7:working-days", "--source", "report-intake=x",
      "--no-norm", "report-intake",
    ])
    #expect(both.stderr.contains("report-intake both set and removed"), "\(both)")
    let empty = try store.tafel(["settings", "set", "--outcomes", "drang,,other"])
    #expect(empty.stderr.contains("an empty item"), "\(empty)")
    #expect(store.data(StoreLayout.info) == before)

    // A file to load, with a value out of range: the line and column of the value.
    let file = store.scratch.file("settings.json")
    let exported = try store.tafel(["settings", "show", "--format", "json"])
    let text = exported.stdout.replacingOccurrences(
      of: "\"drangMaximumMonths\" : 6", with: "\"drangMaximumMonths\" : 40")
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(lines.firstIndex { $0.contains("drangMaximumMonths") }) + 1
    let column =
      try #require(lines[line - 1].range(of: "40")).lowerBound.utf16Offset(
        in: lines[line - 1]) + 1
    let loaded = try store.tafel(["settings", "load", file])
    #expect(loaded.status == 1, "\(loaded)")
    #expect(
      loaded.stderr.contains(
        "\(file):\(line):\(column): bad value at drangMaximumMonths: 40 is outside 1–24"),
      "\(loaded)")
    #expect(store.data(StoreLayout.info) == before)

    // A key that is no setting (a typo) is refused at its place, not ignored.
    let typo = text.replacingOccurrences(
      of: "\"drangMaximumMonths\" : 40", with: "\"drangMaximumMonth\" : 3")
    try Data(typo.utf8).write(to: URL(fileURLWithPath: file))
    let misspelt = try store.tafel(["settings", "load", file])
    #expect(misspelt.status == 1)
    #expect(misspelt.stderr.contains("\"drangMaximumMonth\" is no setting"), "\(misspelt)")
    #expect(store.data(StoreLayout.info) == before)

    // A store.json edited by hand with a unit nobody knows: every reader says where.
    try store.edit(
      StoreLayout.info, replacing: "\"unit\" : \"working-days\"", with: "\"unit\" : \"weeks\"")
    let report = try store.tafel(["report"])
    #expect(report.status != 0)
    #expect(report.stderr.contains("store.json:"), "\(report)")
    #expect(report.stderr.contains("settings.norms[0].unit"), "\(report)")
    let set = try store.tafel(["settings", "set", "--drang-maximum-months", "5"])
    #expect(set.status == 1)
    #expect(set.stderr.contains("tafel settings load FILE"), "\(set)")
    let check = try store.tafel(["check"])
    #expect(check.status == 1)
    #expect(
      check.stdout.contains("settings.norms[0].unit")
        || check.stderr.contains("settings.norms[0].unit"), "\(check)")
    #expect(report.stderr.contains("\"weeks\" is not one of the values this field takes"))
    // Tafel repairs it: a whole settings file replaces the broken ones, and
    // the rest of store.json stays as it was.
    let changesBefore =
      try JSONSerialization.jsonObject(
        with: store.data(StoreLayout.info) ?? Data()) as? [String: Any]
    try Data(exported.stdout.utf8).write(to: URL(fileURLWithPath: file))
    let repaired = try store.tafel(["settings", "load", file, "--reason", "hersteld"])
    #expect(repaired.status == 0, "\(repaired)")
    #expect(try store.tafel(["report"]).status == 0)
    let info = try Self.info(store)
    #expect(info.settings.norms[0].unit == .workingDays)
    #expect(info.changes.count == ((changesBefore?["changes"] as? [Any])?.count ?? 0) + 1)
    #expect(info.changes.last?.what.hasSuffix("(hersteld)") == true)
    #expect(try store.tafel(["check"]).status == 0)
  }

  @Test("the agenda keeps to the kinds the table holds")
  func agendaKinds() throws {
    let store = try CliStore()
    _ = try store.tafel(["settings", "set", "--agenda-kinds", "first"])
    // The demo's meeting two weeks ahead.
    let meeting = "JBT-\(CliRunner.today.adding(days: 14))"
    #expect(store.data("meetings/\(meeting).json") != nil)
    let familyID = try Self.family(named: "Familie Lammers", in: store)
    let refused = try store.tafel([
      "meeting", "add", meeting, familyID, "--at", "09:00", "--kind", "ots-review",
    ])
    #expect(refused.status == 2, "\(refused)")
    #expect(refused.stderr.contains("this table does not hold ots-review items"), "\(refused)")
  }

  @Test("the report stands each lead time beside its norm, in text, JSON and CSV")
  func reportAgainstNorms() throws {
    let store = try CliStore()
    let text = try store.tafel(["report", "--lang", "en"])
    #expect(text.status == 0, "\(text)")
    #expect(text.stdout.contains("Lead times in days, against the norms"))
    #expect(text.stdout.contains("5 working days (90%)"))
    #expect(
      text.stdout.contains(
        "    report → GI start (whole chain): The chain's own rules: from a report to Veilig Thuis")
    )
    #expect(text.stdout.contains("    intake → table: Foodvalley (demo): een gezin"))
    let dutch = try store.tafel(["report", "--lang", "nl"])
    #expect(
      dutch.stdout.contains(
        "    melding → intake: Veilig Thuis: een veiligheidsbeoordeling binnen 5 werkdagen"))
    let json = try store.tafel(["report", "--format", "json"])
    let report = try TafelJSON.decoder().decode(RegionReport.self, from: Data(json.stdout.utf8))
    let intake = try #require(report.leadTimes.first { $0.step == .reportToIntake })
    #expect(intake.norm?.unit == .workingDays)
    #expect(intake.norm?.targetShare == 90)
    #expect(report.leadTimes.first { $0.step == .intakeToTable }?.norm?.figure == 28)
    let csv = try store.tafel(["report", "--format", "csv"])
    #expect(
      csv.stdout.hasPrefix("section,item,detail,count,median,p90,min,max,share,families,note\n"))
    #expect(csv.stdout.contains("\nnorm,report-intake,working-days,"))
    #expect(csv.stdout.contains("\nnorm,report-gi,calendar-days,"))
  }

  @Test("a coordinator reports across the stores of two tables")
  func twoStores() throws {
    let one = try CliStore()
    let two = try CliStore()
    _ = try two.tafel(["settings", "set", "--no-norm", "report-gi"])
    let result = try CliRunner.tafel(
      [
        "report", "--store", one.path, "--store", two.path, "--format", "json", "--names",
        "--private",
      ],
      home: one.home)
    #expect(result.status == 0, "\(result)")
    let report = try TafelJSON.decoder().decode(RegionReport.self, from: Data(result.stdout.utf8))
    #expect(report.families == 30)
    #expect(report.stores.map(\.families) == [15, 15])
    #expect(report.notes?.first?.contains("holds other norms than Foodvalley") == true)
    #expect(report.phases.first { $0.phase == .closed }?.named?.count == 2)
    // Two stores of one region are told apart by their directories, and
    // the families both hold (two replicas of one table) are said.
    #expect(
      report.stores.map(\.region) == [
        "Foodvalley (\((one.path as NSString).standardizingPath))",
        "Foodvalley (\((two.path as NSString).standardizingPath))",
      ])
    #expect(
      report.notes?.contains { $0.hasPrefix("15 family ids are in more than one store") }
        == true, "\(report.notes ?? [])")
    let twice = try CliRunner.tafel(
      ["report", "--store", one.path, "--store", one.path], home: one.home)
    #expect(twice.status == 2)
    #expect(twice.stderr.contains("is named twice"), "\(twice)")
  }

  @Test("consent per person: who is needed, one recorded, a stranger refused")
  func consentPerPerson() throws {
    let store = try CliStore()
    let familyID = try Self.family(named: "Familie Visser", in: store)
    let shown = try store.tafel(["consent", familyID])
    #expect(shown.status == 0, "\(shown)")
    #expect(shown.stdout.contains("basis: consent"))
    #expect(
      shown.stdout.contains("✗ M1 Thomas Visser (parent with custody): no consent that holds"))
    let before = store.data(StoreLayout.familyFile(familyID))
    let stranger = try store.tafel(["consent", familyID, "--member", "M9", "--scope", "tafel"])
    #expect(stranger.status == 2)
    #expect(stranger.stderr.contains("\"M9\" is no member of \(familyID)"), "\(stranger)")
    #expect(store.data(StoreLayout.familyFile(familyID)) == before)
    let zero = try store.tafel(["consent", familyID, "--withdraw", "0"])
    #expect(zero.status == 2, "\(zero)")
    #expect(zero.stderr.contains("they count from 1"), "\(zero)")
    let again = try store.tafel([
      "consent", familyID, "--member", "M1", "--member", "Thomas Visser", "--scope", "tafel",
    ])
    #expect(again.stderr.contains("someone is named twice"), "\(again)")
    #expect(store.data(StoreLayout.familyFile(familyID)) == before)
    let given = try store.tafel([
      "consent", familyID, "--member", "M1", "--member", "Marieke Visser", "--scope",
      "gegevens delen met de tafel",
    ])
    #expect(given.status == 0, "\(given)")
    let family = try store.family(familyID)
    #expect(family.consent.suffix(2).map(\.member) == ["M1", "M2"])
    let signals = try store.tafel(["signals", familyID])
    #expect(!signals.stdout.contains("P  "), "\(signals)")
  }

  @Test(
    "the child's safety: a handover refused needs a reason, one accepted passes, one unanswered is V"
  )
  func safetyHandovers() throws {
    let store = try CliStore()
    let familyID = try Self.family(named: "Familie Bakker", in: store)
    let signals = try store.tafel(["signals", familyID])
    #expect(
      signals.stdout.contains("V  Safety handover from Sociaal Team Scherpenzeel"), "\(signals)")
    let before = store.data(StoreLayout.familyFile(familyID))
    let bare = try store.tafel(["safety", familyID, "--refuse", "--by", "GI"])
    #expect(bare.status == 1, "\(bare)")
    #expect(bare.stderr.contains("a refusal says why (--reason)"), "\(bare)")
    let second = try store.tafel(["safety", familyID, "--handover-to", "vt-gm"])
    #expect(second.status == 1)
    #expect(second.stderr.contains("already waits for an answer"), "\(second)")
    #expect(store.data(StoreLayout.familyFile(familyID)) == before)
    let accepted = try store.tafel([
      "safety", familyID, "--accept", "--by", "Teamleider GI", "--as", "Secretaris",
    ])
    #expect(accepted.status == 0, "\(accepted)")
    let family = try store.family(familyID)
    #expect(family.safetyHolder(on: CliRunner.today)?.organisation == "gi-ldh")
    #expect(family.safety?.last?.answeredBy == "Teamleider GI")
    #expect(family.changes.last?.what.hasPrefix("accepted the safety handover") == true)
    let waiting = try store.tafel(["safety", familyID, "--agreement", "GI belt moeder elke week"])
    #expect(waiting.status == 0, "\(waiting)")
    #expect(
      try store.family(familyID).safetyHolder(on: CliRunner.today)?.agreements
        == ["GI belt moeder elke week"])
    let after = try store.tafel(["signals", familyID])
    #expect(!after.stdout.contains("V  "), "\(after)")
    // The GI hands it back; the social team refuses, with its reason.
    _ = try store.tafel(["safety", familyID, "--handover-to", "lt-scherpenzeel"])
    let refused = try store.tafel([
      "safety", familyID, "--refuse", "--by", "Sociaal Team", "--reason", "Drang loopt nog",
    ])
    #expect(refused.status == 0, "\(refused)")
    let shown = try store.tafel(["safety", familyID])
    #expect(shown.stdout.contains("held by Leger des Heils"), "\(shown)")
    #expect(shown.stdout.contains("refused \(CliRunner.today) by Sociaal Team · Drang loopt nog"))
  }
}

@Suite("closing with unfinished cases")
struct CliCloseCarryTests {
  @Test("--carry-to moves every case not reached to a later meeting, with why and its kind")
  func closeCarries() throws {
    let store = try CliStore()
    let meeting = "JBT-\(CliRunner.today)"
    let later = "JBT-\(CliRunner.today.adding(days: 21))"
    let made = try store.tafel([
      "meeting", "create", "--date", CliRunner.today.adding(days: 21).description, "--chair",
      "Voorzitter", "--secretary", "Notulist",
    ])
    #expect(made.status == 0, "\(made)")
    let before = store.data("meetings/\(meeting).json")
    // A meeting that does not exist: nothing is closed.
    let unknown = try store.tafel(["meeting", "close", meeting, "--carry-to", "JBT-2099-01-01"])
    #expect(unknown.status != 0, "\(unknown)")
    #expect(store.data("meetings/\(meeting).json") == before)
    let same = try store.tafel(["meeting", "close", meeting, "--carry-to", meeting])
    #expect(same.status == 2, "\(same)")
    #expect(store.data("meetings/\(meeting).json") == before)

    let cases = try store.meeting(meeting).items
    let closed = try store.tafel(["meeting", "close", meeting, "--carry-to", later])
    #expect(closed.status == 0, "\(closed)")
    #expect(closed.stdout.contains("carried to \(later)"), "\(closed)")
    let source = try store.meeting(meeting)
    #expect(source.isClosed)
    #expect(source.items.allSatisfy { $0.status != .notReached || $0.carriedTo == later })
    let target = try store.meeting(later)
    for item in cases {
      let carried = try #require(target.items.first { $0.family == item.family })
      #expect(carried.carriedFrom == meeting)
      // A family the later meeting took as a drang evaluation when it was
      // made stays one (its deadline falls before it); the others keep their kind.
      let evaluated = try store.family(item.family).drangToEvaluate.map {
        $0.deadline <= CliRunner.today.adding(days: 21)
      }
      #expect(carried.kind == (evaluated == true ? .drangEvaluation : item.kind))
      #expect(carried.carriedReason == "not reached at \(meeting)")
    }
    let minutes = try store.tafel(["minutes", meeting, "--lang", "en"])
    #expect(minutes.stdout.contains("Next: on the agenda of \(later)."), "\(minutes)")
  }
}
