// One way to read a person everywhere: `involve --professional`, `request
// --from`, `assess --rater` and an agreement's owner all take an id or a name
// only one professional has; two of one name is a question, a misspelt name
// is refused with the nearest ones, and the store holds the id.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("preparing a meeting: names of people, read one way")
struct PrepNamesTests {
  @Test("by id or by name everywhere; a misspelt name is refused with the nearest, nothing written")
  func oneResolution() throws {
    let (store, family, _) = try PrepFixtures.family()
    // Els Jansen is P-0001: her name works where her id does.
    let involved = try store.tafel([
      "involve", family, "--professional", "els jansen", "--functions", "monitoring", "--from",
      "2026-10-01",
    ])
    #expect(involved.stdout.hasPrefix("I2: Els Jansen (P-0001, lt-ede) monitoring"), "\(involved)")
    let asked = try store.tafel([
      "request", family, "--from", "Els Jansen", "--reason", "zorgen", "--tried", "coach",
      "--parents-reaction", "eens",
    ])
    #expect(asked.status == 0, "\(asked)")
    #expect(try store.family(family).request?.from == "P-0001")
    // A slip of the finger is not a new person.
    let before = PrepSnapshot(store.path)
    for (arguments, option) in [
      (
        [
          "request", family, "--from", "Els Jansn", "--reason", "r", "--tried", "t",
          "--parents-reaction", "p",
        ], "--from"
      ),
      (
        [
          "assess", family, "--instrument", "arij", "--level", "low", "--date", "2026-10-01",
          "--organisation", "lt-ede", "--rater", "Els Jansn", "--subject", "household",
        ], "--rater"
      ),
      (
        [
          "involve", family, "--professional", "Els Jansn", "--functions", "care", "--from",
          "2026-10-01",
        ], "--professional"
      ),
    ] {
      let refused = try store.tafel(arguments)
      #expect(refused.status == 1, "\(refused)")
      #expect(
        refused.stderrLines == [
          "tafel: \(option): no professional \"Els Jansn\" (nearest: P-0001 Els Jansen (lt-ede, regisseur)); "
            + "give an id or a name on file; a new one as \"name|organisation|role\""
        ], "\(refused)")
    }
    #expect(PrepSnapshot(store.path) == before)
    // The same name again in the same organisation is her, not a second Els.
    let again = try store.tafel([
      "involve", family, "--professional", "Els Jansen|lt-ede|gezinscoach", "--functions", "care",
      "--from", "2026-10-01",
    ])
    #expect(again.status == 1)
    #expect(
      again.stderr.contains("lt-ede already has P-0001 Els Jansen (lt-ede, regisseur); give P-0001")
    )
    // A second Els Jansen elsewhere: from then on her name alone is a question.
    let second = try store.tafel([
      "involve", family, "--professional", "Els Jansen|vt-gm|aandachtsfunctionaris", "--functions",
      "advice", "--from", "2026-10-01",
    ])
    #expect(second.status == 0, "\(second)")
    let ambiguous = try store.tafel([
      "assess", family, "--instrument", "arij", "--level", "low", "--date", "2026-10-01",
      "--organisation", "lt-ede", "--rater", "Els Jansen", "--subject", "household",
    ])
    #expect(ambiguous.status == 1)
    #expect(
      ambiguous.stderr.contains(
        "--rater: \"Els Jansen\" is 2 professionals: P-0001 Els Jansen (lt-ede, regisseur); "
          + "P-0002 Els Jansen (vt-gm, aandachtsfunctionaris); give the id"), "\(ambiguous)")
  }

  @Test(
    "an agreement's owner on file is stored as the id; a family member or a word stays as typed")
  func owners() throws {
    let (store, family, meeting) = try PrepFixtures.family()
    try PrepFixtures.require(store, ["meeting", "add", meeting, family])
    let decided = try store.tafel(
      [
        "decide", family, "--meeting", meeting, "--outcome", "no-investigation", "--rationale",
        "gaat goed", "--parents-view", "eens", "--agreement", "Coach blijft|Els Jansen|",
        "--agreement", "Naar school|Sanne de Vries|", "--agreement", "Rooster|school|",
        "--agreement", "Bellen|Els Jansn|",
      ], environment: ["TAFEL_NOW": TestClock.scenarioMeetingNow])
    #expect(decided.status == 0, "\(decided)")
    #expect(
      decided.stderrLines.contains(
        "tafel: warning: --agreement 4: owner \"Els Jansn\" is nobody on file; stored as typed "
          + "(did you mean P-0001 Els Jansen (lt-ede, regisseur)?)"), "\(decided)")
    let owners = try store.family(family).decisions.last?.agreements.map(\.owner)
    #expect(owners == ["P-0001", "Sanne de Vries", "school", "Els Jansn"])
    // Read by name in the minutes.
    let minutes = try store.tafel(["minutes", meeting])
    #expect(minutes.stdout.contains("Coach blijft; who: Els Jansen"), "\(minutes.stdout)")
  }
}

@Suite("preparing a meeting: the same thing twice")
struct PrepDuplicateTests {
  @Test(
    "a second identical involvement or assessment is refused; one made by hand is found by check")
  func duplicates() throws {
    let (store, family, _) = try PrepFixtures.family()
    let involve = [
      "involve", family, "--professional", "P-0001", "--functions", "care", "--from", "2026-10-01",
    ]
    try PrepFixtures.require(store, involve)
    let twice = try store.tafel(involve)
    #expect(twice.status == 1)
    #expect(
      twice.stderrLines == [
        "tafel: I2 already records Els Jansen (P-0001) in these functions from 2026-10-01; nothing was recorded"
      ])
    let assess = [
      "assess", family, "--instrument", "lirik", "--level", "low", "--date", "2026-10-05",
      "--organisation", "lt-ede", "--rater", "P-0001", "--subject", "household",
    ]
    try PrepFixtures.require(store, assess)
    let again = try store.tafel(assess)
    #expect(again.status == 1)
    #expect(again.stderr.contains("R1 already records this assessment"))
    #expect(try store.family(family).assessments.count == 1)
    // Copied by hand (an editor, another tool): check names the copy.
    let path = StoreLayout.familyFile(family)
    var json = try #require(
      try JSONSerialization.jsonObject(with: store.data(path) ?? Data()) as? [String: Any])
    var involvements = try #require(json["involvements"] as? [[String: Any]])
    var copy = involvements[1]
    copy["id"] = "I9"
    involvements.append(copy)
    json["involvements"] = involvements
    try store.overwrite(
      path, with: try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted]))
    let check = try store.tafel(["check"])
    #expect(check.status == 1)
    #expect(
      check.stdout.contains(
        "I9 repeats I2: the same recorded twice; remove one with tafel edit \(family) --part involvements"
      ), "\(check)")
  }
}
