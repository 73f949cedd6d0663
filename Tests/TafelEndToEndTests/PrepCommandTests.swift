// The preparation commands as a secretary uses them: each one writes what it
// says, records who did it, and prints what a script needs (the new id).

import Foundation
import TafelCore
import Testing

@Suite("preparing a meeting: each command")
struct PrepCommandTests {
  @Test("family create numbers families in the region's pattern and keeps members and phase")
  func familyCreate() throws {
    let store = try PrepFixtures.organisations()
    let year = TestClock.scenarioToday.year
    let first = try store.tafel([
      "family", "create", "--name", "Familie Öztürk", "--municipality", "Ede",
      "--caregiver", "Ayşe Öztürk|yes", "--caregiver", "Opa Öztürk|nee|caregiver",
      "--child", "Elif|2012-05-04",
    ])
    #expect(first.status == 0, "\(first)")
    #expect(first.stdout == "FV-\(year)-0001\n")
    let second = try store.tafel([
      "family", "create", "--name", "Familie Bos", "--municipality", "Veenendaal", "--phase",
      "voluntary",
    ])
    #expect(second.stdout == "FV-\(year)-0002\n")
    let family = try store.family("FV-\(year)-0001")
    #expect(family.phase == .reported)
    #expect(family.members.map(\.name) == ["Ayşe Öztürk", "Opa Öztürk", "Elif"])
    #expect(family.members.map(\.role) == [.parent, .caregiver, .child])
    #expect(family.members.map(\.custody) == [true, false, nil])
    #expect(family.members[2].birthDate == Day("2012-05-04"))
    #expect(family.changes.last?.by == "tester")
    #expect(try store.family("FV-\(year)-0002").phase == .voluntary)
  }

  @Test("family list filters by phase and municipality; --private shows ids and initials only")
  func familyList() throws {
    let (store, family, _) = try PrepFixtures.family()
    try PrepFixtures.require(
      store, ["family", "create", "--name", "Familie Bos", "--municipality", "Veenendaal"])
    let all = try store.tafel(["family", "list"])
    #expect(all.stdoutLines.count == 2)
    #expect(all.stdoutLines[0].hasPrefix(family + "  Familie de Vries  Ede"))
    let ede = try store.tafel(["family", "list", "--municipality", "ede"])
    #expect(ede.stdoutLines.count == 1)
    let hidden = try store.tafel(["family", "list", "--private"])
    #expect(hidden.stdoutLines.first == "\(family)  dV")
    #expect(!hidden.stdout.contains("Vries") && !hidden.stdout.contains("Ede"))
    let phase = try store.tafel(["family", "list", "--phase", "measure"])
    #expect(phase.stdout == "no families\n")
  }

  @Test("meeting create, add, list and remove")
  func meeting() throws {
    let (store, family, meeting) = try PrepFixtures.family()
    #expect(meeting == "JBT-2026-12-03")
    // A second meeting on a day that has one, and one on a day gone, are
    // made only when asked for: neither is what a slip of the finger means.
    let twice = try store.tafel(["meeting", "create", "--date", "2026-12-03"])
    #expect(twice.status == 2)
    #expect(
      twice.stderr
        == "tafel: --date: JBT-2026-12-03 already sits on 2026-12-03; add --another for a second meeting that day\n"
    )
    let gone = try store.tafel(["meeting", "create", "--date", "2026-11-02"])
    #expect(gone.status == 2)
    #expect(gone.stderr.contains("2026-11-02 is before today (2026-11-29); add --past"))
    #expect(try store.tafel(["meeting", "create", "--date", "2026-11-02", "--past"]).status == 0)
    let second = try store.tafel([
      "meeting", "create", "--date", "2026-12-03", "--chair", "R. Kramer", "--another",
    ])
    #expect(second.stdout == "JBT-2026-12-03-2\n")
    let other = try PrepFixtures.require(
      store, ["family", "create", "--name", "Familie Bos", "--municipality", "Ede"]
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let added = try store.tafel(["meeting", "add", meeting, family])
    #expect(added.status == 0, "\(added)")
    #expect(added.stdout.contains("at 09:00, 60 min (first)"))
    let review = try store.tafel([
      "meeting", "add", meeting, other, "--minutes", "45", "--kind", "ots-review",
    ])
    #expect(review.stdout.contains("at 10:00, 45 min (ots-review)"))
    let items = try store.meeting(meeting).items
    #expect(items.map(\.family) == [family, other])
    #expect(items.map(\.kind) == [.first, .otsReview])
    let list = try store.tafel(["meeting", "list", "--from", "2026-12-01", "--to", "2026-12-31"])
    #expect(list.stdoutLines.first == "JBT-2026-12-03  2 cases")
    #expect(list.stdout.contains("JBT-2026-12-03-2  0 cases  chair R. Kramer"))
    #expect(try store.tafel(["meeting", "list", "--to", "2026-11-01"]).stdout == "no meetings\n")
    let removed = try store.tafel(["meeting", "remove", meeting, other])
    #expect(removed.status == 0, "\(removed)")
    #expect(try store.meeting(meeting).items.map(\.family) == [family])
    #expect(try store.meeting(meeting).changes.last?.what == "took \(other) off the agenda")
  }

  @Test("involve adds a new professional to organisations.json and makes the director")
  func involve() throws {
    let (store, family, _) = try PrepFixtures.family()
    var current = try store.family(family)
    #expect(current.involvements.count == 1)
    #expect(current.plan.director == "P-0001")
    let known = try store.tafel([
      "involve", family, "--professional", "P-0001", "--functions", "monitoring", "--from",
      "2026-10-01", "--to", "2026-12-31",
    ])
    #expect(known.stdout.hasPrefix("I2: Els Jansen (P-0001, lt-ede) monitoring"), "\(known)")
    let named = try store.tafel([
      "involve", family, "--professional",
      "Ahmed Bakker|Veilig Thuis Gelderland-Midden|aandachtsfunctionaris", "--functions",
      "advice,investigation", "--from", "2026-08-15",
    ])
    #expect(named.stdout.hasPrefix("I3: Ahmed Bakker (P-0002, vt-gm) advice, investigation"))
    let directory = try TafelJSON.decoder().decode(
      Directory.self, from: store.data("organisations.json") ?? Data())
    #expect(directory.professional("P-0002")?.organisation == "vt-gm")
    let ended = try store.tafel(["involve", family, "--end", "I3", "--to", "2026-11-01"])
    #expect(ended.stdout == "I3: ended on 2026-11-01\n")
    current = try store.family(family)
    #expect(current.involvements.map(\.id) == ["I1", "I2", "I3"])
    #expect(current.involvements[2].to == Day("2026-11-01"))
    #expect(current.involvements[2].functions == [.advice, .investigation])
  }

  @Test("assess stores each instrument in its own terms and derives the shared values")
  func assess() throws {
    let (store, family, _) = try PrepFixtures.family()
    let common = ["--date", "2026-10-01", "--organisation", "vt-gm", "--rater", "Ahmed Bakker"]
    // The first time, Ahmed Bakker is new: added as "name|organisation|role".
    let arij = try store.tafel(
      [
        "assess", family, "--instrument", "arij", "--level", "acute", "--subject", "Daan",
        "--date", "2026-10-01", "--organisation", "vt-gm", "--rater",
        "Ahmed Bakker|vt-gm|aandachtsfunctionaris",
      ])
    #expect(arij.stdout == "R1: ARIJ acute → safety now unsafe, future risk very-high\n", "\(arij)")
    let zrm = try store.tafel(
      [
        "assess", family, "--instrument", "zrm", "--domain", "finances=2", "--domain", "housing=4",
        "--subject", "household", "--organisation", "Lokaal team Ede", "--date", "2026-10-01",
        "--rater", "P-0001",
      ])
    #expect(zrm.status == 0, "\(zrm)")
    let sos = try store.tafel(
      [
        "assess", family, "--instrument", "signs-of-safety", "--safety-score", "6",
        "--safety-score", "moeder=8", "--worry", "slaan", "--working", "oma helpt",
        "--next", "plan", "--subject", "M1",
      ] + common)
    #expect(sos.status == 0, "\(sos)")
    let assessments = try store.family(family).assessments
    #expect(assessments.map(\.id) == ["R1", "R2", "R3"])
    #expect(assessments[0].subject == "M3")
    #expect(assessments[0].outcome.level == "acute")
    // Who scored is a professional on file: stored as the id, read by name.
    #expect(assessments.map(\.rater) == ["P-0002", "P-0001", "P-0002"])
    #expect(assessments[1].outcome.domains == ["finances": 2, "housing": 4])
    #expect(assessments[1].organisation == "lt-ede")
    #expect(assessments[1].safetyNow == .concerns)
    #expect(assessments[2].outcome.columns?.scores.map(\.rater) == ["Ahmed Bakker", "moeder"])
    #expect(assessments[2].safetyNow == .mostlySafe)
    #expect(assessments[2].futureRisk == .moderate)
  }

  @Test("event records a chain step, who informed whom, and moves the phase")
  func event() throws {
    let (store, family, _) = try PrepFixtures.family()
    let intake = try store.tafel([
      "event", family, "--kind", "intake", "--date", "2026-09-01", "--to", "lt-ede",
    ])
    #expect(intake.stdout == "E1: 2026-09-01 intake to lt-ede; phase reported → voluntary\n")
    let handover = try store.tafel([
      "event", family, "--kind", "drang-start", "--date", "2026-10-10", "--from", "lt-ede",
      "--to", "Jeugdbescherming Gelderland", "--informed", "Els Jansen→GI@2026-10-09",
      "--note", "drang",
    ])
    #expect(handover.stdout.hasSuffix("phase voluntary → drang\n"), "\(handover)")
    let bare = try store.tafel(["event", family, "--kind", "handover", "--date", "2026-10-11"])
    #expect(bare.status == 0)
    #expect(bare.stderr.contains("without --informed"))
    let events = try store.family(family).events
    #expect(events.map(\.kind) == [.intake, .drangStart, .handover])
    #expect(events[1].to == "gi-jbg")
    #expect(
      events[1].informed == [Informed(who: "Els Jansen", whom: "GI", date: Day("2026-10-09")!)])
    #expect(try store.family(family).phase == .drang)
  }

  @Test("request records the request for discussion and its chain step")
  func request() throws {
    let (store, family, _) = try PrepFixtures.family()
    let result = try store.tafel([
      "request", family, "--from", "P-0001", "--reason", "zorgen blijven", "--tried",
      "gezinscoach", "--parents-reaction", "moeder wil hulp", "--date", "2026-10-12",
    ])
    #expect(result.status == 0, "\(result)")
    let current = try store.family(family)
    #expect(current.request?.reason == "zorgen blijven")
    #expect(current.request?.parentsReaction == "moeder wil hulp")
    #expect(current.events.map(\.kind) == [.requestForDiscussion])
    #expect(current.events.first?.from == "lt-ede")
    #expect(current.phase == .table)
    let again = try store.tafel([
      "request", family, "--from", "P-0001", "--reason", "nog steeds", "--tried", "x",
      "--parents-reaction", "y", "--date", "2026-10-12",
    ])
    #expect(again.stdout.contains("replaces the one of 2026-10-12"))
    let replaced = try store.family(family)
    #expect(replaced.events.count == 1)
    // The first request is kept, not lost: why the family came to the table before.
    #expect(replaced.request?.reason == "nog steeds")
    #expect(replaced.earlierRequests?.map(\.reason) == ["zorgen blijven"])
    let export = try store.tafel(["export", family, "--format", "markdown", "--lang", "nl"])
    #expect(export.stdout.contains("## Eerdere verzoeken om bespreking"), "\(export)")
    #expect(export.stdout.contains("waarom: zorgen blijven"), "\(export)")
    #expect(try store.tafel(["check"]).status == 0)
  }
}
