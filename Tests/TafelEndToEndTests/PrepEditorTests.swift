// `tafel edit` with a scripted EDITOR: a valid change is written and
// recorded, an invalid one is shown as path:line:column and discarded on
// "d", an unchanged copy writes nothing, a change made on disk meanwhile is
// never overwritten (the user's copy is kept), and one part of a family
// (plan, involvements, assessments) can be edited on its own.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("tafel edit: the validated editor flow")
struct PrepEditorTests {
  /// An $EDITOR that runs `body` on the file. Run as `sh script`, not executed
  /// itself: a script written a moment ago can still be open for writing in a
  /// child another test is forking, and exec then fails with "Text file busy".
  private func editor(_ store: CliStore, _ name: String, _ body: String) throws -> String {
    let path = store.scratch.file(name)
    try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: false, encoding: .utf8)
    return "/bin/sh " + path
  }

  private func edit(
    _ store: CliStore, _ arguments: [String], editor: String, input: String? = nil,
    environment: [String: String] = [:]
  ) throws -> CliResult {
    var environment = environment
    environment["EDITOR"] = editor
    environment["VISUAL"] = ""
    return try PrepFixtures.tafel(
      store, ["edit"] + arguments, environment: environment, input: input)
  }

  @Test("a valid change is written, recorded and indexed")
  func valid() throws {
    let (store, family, _) = try PrepFixtures.family()
    let script = try editor(
      store, "rename.sh", #"sed -i 's/"Familie de Vries"/"Familie de Vries-Bakker"/' "$1""#)
    let result = try edit(store, [family], editor: script)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout == "saved \(store.file(StoreLayout.familyFile(family)))\n")
    let edited = try store.family(family)
    #expect(edited.name == "Familie de Vries-Bakker")
    #expect(edited.changes.last?.by == "tester")
    #expect(edited.changes.last?.what.contains("by hand") == true)
    #expect(try store.tafel(["family", "list"]).stdout.contains("Familie de Vries-Bakker"))
    #expect(try store.tafel(["check"]).status == 0)
  }

  @Test("the editor gets a private copy: 0600 in a 0700 directory, removed afterwards")
  func privateCopy() throws {
    let (store, family, _) = try PrepFixtures.family()
    let log = store.scratch.file("seen")
    let script = try editor(
      store, "look.sh",
      "stat -c '%a' \"$1\" > \(log); stat -c '%a' \"$(dirname \"$1\")\" >> \(log); echo \"$1\" >> \(log)"
    )
    let result = try edit(store, [family], editor: script)
    #expect(result.stdout == "no changes\n", "\(result)")
    let seen = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(
      String.init)
    #expect(seen.prefix(2) == ["600", "700"])
    #expect(!FileManager.default.fileExists(atPath: seen[2]))
  }

  @Test("unchanged: no changes, store untouched byte for byte")
  func unchanged() throws {
    let (store, _, meeting) = try PrepFixtures.family()
    let before = PrepSnapshot(store.path)
    let result = try edit(store, [meeting], editor: "true")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout == "no changes\n")
    #expect(PrepSnapshot(store.path) == before)
  }

  @Test("invalid, then discarded: path:line:column on the copy, nothing written")
  func invalidDiscarded() throws {
    let (store, family, _) = try PrepFixtures.family()
    let script = try editor(
      store, "break.sh", #"printf '{\n  "id" : "x",\n  "name" : \n}\n' > "$1""#)
    let before = PrepSnapshot(store.path)
    let result = try edit(store, [family], editor: script, input: "d\n")
    #expect(result.status == 1, "\(result)")
    let lines = result.stderrLines
    #expect(lines.count == 3, "\(result)")
    #expect(lines[0].contains("/\(family).json:4:"), "\(result)")
    #expect(lines[1] == "(e)dit again or (d)iscard?")
    #expect(lines[2] == "tafel: discarded; nothing was written")
    #expect(PrepSnapshot(store.path) == before)
    let copy = String(lines[0].split(separator: ":").first!)
    #expect(!FileManager.default.fileExists(atPath: copy), "the copy is removed on discard")
  }

  @Test("invalid, edit again, then valid: written")
  func editAgain() throws {
    let (store, _, meeting) = try PrepFixtures.family()
    let counter = store.scratch.file("round")
    let script = try editor(
      store, "twice.sh",
      """
      if [ -f \(counter) ]; then
        sed -i 's/"location" : 42/"location" : "Gemeentehuis Ede"/' "$1"
      else
        touch \(counter)
        sed -i 's/"location" : "[^"]*"/"location" : 42/' "$1"
      fi
      """)
    let result = try edit(store, [meeting], editor: script, input: "e\n")
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.contains("location"), "\(result)")
    #expect(try store.meeting(meeting).location == "Gemeentehuis Ede")
  }

  @Test("a concurrent change is detected: nothing written, the copy kept")
  func concurrentChange() throws {
    let (store, family, _) = try PrepFixtures.family()
    let real = store.file(StoreLayout.familyFile(family))
    let script = try editor(
      store, "race.sh",
      """
      sed -i 's/"Familie de Vries"/"Familie Mijn Versie"/' "$1"
      sed -i 's/"municipality" : "Ede"/"municipality" : "Wageningen"/' \(real)
      """)
    let result = try edit(store, [family], editor: script)
    #expect(result.status == 1, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains("changed on disk by someone else"))
    let kept = try #require(
      result.stderr.components(separatedBy: "kept at ").last?
        .trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(try String(contentsOfFile: kept, encoding: .utf8).contains("Familie Mijn Versie"))
    let current = try store.family(family)
    #expect(current.name == "Familie de Vries")
    #expect(current.municipality == "Wageningen")
    try? FileManager.default.removeItem(atPath: (kept as NSString).deletingLastPathComponent)
  }

  @Test("decisions stay append-only: a changed decision is refused")
  func decisionsAppendOnly() throws {
    let (store, family, meeting) = try PrepFixtures.family()
    try PrepFixtures.require(store, ["meeting", "add", meeting, family])
    try PrepFixtures.require(
      store,
      [
        "decide", family, "--outcome", "no-investigation", "--rationale", "gaat goed",
        "--meeting", meeting, "--parents-view", "eens",
      ], environment: ["TAFEL_NOW": TestClock.scenarioMeetingNow])
    let script = try editor(store, "rewrite.sh", #"sed -i 's/"gaat goed"/"toch niet"/' "$1""#)
    let before = PrepSnapshot(store.path)
    let result = try edit(store, [family], editor: script, input: "d\n")
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.contains("decisions are never edited"), "\(result)")
    #expect(PrepSnapshot(store.path) == before)
  }

  @Test("a file over the read limit is never saved: no command could read it afterwards")
  func overTheReadLimit() throws {
    let (store, family, _) = try PrepFixtures.family()
    let script = try editor(
      store, "grow.sh",
      #"python3 -c 'import json,sys; p=sys.argv[1]; d=json.load(open(p)); d["padding"]="x"*(17*1024*1024); json.dump(d,open(p,"w"))' "$1""#
    )
    let before = PrepSnapshot(store.path)
    let result = try edit(store, [family], editor: script, input: "d\n")
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.contains("larger than 16 MiB, the limit for a store file"), "\(result)")
    #expect(PrepSnapshot(store.path) == before)
  }

  @Test("--part plan edits only the plan and splices it back")
  func partPlan() throws {
    let (store, family, _) = try PrepFixtures.family()
    let script = try editor(
      store, "plan.sh",
      #"sed -i 's/"goals" : \[/"goals" : [ "Daan gaat elke dag naar school",/' "$1"; "#
        + #"sed -i 's/school",$/school"/' "$1""#)
    let result = try edit(store, [family, "--part", "plan"], editor: script)
    #expect(result.status == 0, "\(result)")
    let current = try store.family(family)
    #expect(current.plan.goals == ["Daan gaat elke dag naar school"])
    #expect(current.plan.changes.last?.what == "edited the plan by hand")
    #expect(current.plan.changes.last?.by == "tester")
    #expect(current.involvements.count == 1)
    #expect(try store.tafel(["check"]).status == 0)
  }

  @Test("--part assessments: a ZRM domain that does not exist is shown on the copy and discarded")
  func partAssessmentsInvalid() throws {
    let (store, family, _) = try PrepFixtures.family()
    try PrepFixtures.require(
      store,
      [
        "assess", family, "--instrument", "zrm", "--domain", "housing=3", "--date", "2026-10-01",
        "--organisation", "lt-ede", "--rater", "P-0001", "--subject", "household",
      ])
    let script = try editor(store, "domain.sh", #"sed -i 's/"housing"/"geluk"/' "$1""#)
    let before = PrepSnapshot(store.path)
    let result = try edit(store, [family, "--part", "assessments"], editor: script, input: "d\n")
    #expect(result.status == 1, "\(result)")
    #expect(result.stderrLines.first?.contains(".assessments.json:") == true, "\(result)")
    #expect(result.stderr.contains("\"geluk\" is not a ZRM domain"))
    #expect(PrepSnapshot(store.path) == before)
  }

  @Test("--part assessments: the shared values are derived again, never typed")
  func partAssessmentsDerived() throws {
    let (store, family, _) = try PrepFixtures.family()
    try PrepFixtures.require(
      store,
      [
        "assess", family, "--instrument", "arij", "--level", "low", "--date", "2026-10-01",
        "--organisation", "vt-gm", "--rater", "P-0001", "--subject", "household",
      ])
    let script = try editor(
      store, "level.sh", #"sed -i 's/"level" : "low"/"level" : "acute"/' "$1""#)
    let result = try edit(store, [family, "--part", "assessments"], editor: script)
    #expect(result.status == 0, "\(result)")
    let assessment = try #require(try store.family(family).assessments.first)
    #expect(assessment.outcome.level == "acute")
    #expect(assessment.safetyNow == .unsafe)
    #expect(assessment.futureRisk == .veryHigh)
  }

  @Test("an assessment or chain step dated after today is refused in the editor too")
  func futureDatesByHand() throws {
    let (store, family, _) = try PrepFixtures.family()
    try PrepFixtures.require(
      store,
      [
        "assess", family, "--instrument", "arij", "--level", "low", "--date", "2026-10-01",
        "--organisation", "vt-gm", "--rater", "P-0001", "--subject", "household",
      ])
    let before = PrepSnapshot(store.path)
    let script = try editor(
      store, "date.sh", #"sed -i 's/"2026-10-01"/"2027-01-04"/' "$1""#)
    // The story's clock: today is 2026-11-29 whatever the machine's date.
    let clock = ["TAFEL_NOW": TestClock.scenarioNow]
    let part = try edit(
      store, [family, "--part", "assessments"], editor: script, input: "d\n", environment: clock)
    #expect(part.status == 1, "\(part)")
    #expect(
      part.stderr.contains("2027-01-04 is after today (2026-11-29); record what has happened"))
    let whole = try edit(store, [family], editor: script, input: "d\n", environment: clock)
    #expect(whole.status == 1, "\(whole)")
    #expect(whole.stderr.contains("2027-01-04 is after today (2026-11-29)"), "\(whole)")
    #expect(PrepSnapshot(store.path) == before)
  }

  @Test("--part: a change of that part made meanwhile is refused, the copy kept")
  func partConcurrent() throws {
    let (store, family, _) = try PrepFixtures.family()
    let binary = try CliRunner.binary()
    let script = try editor(
      store, "involve.sh",
      """
      sed -i 's/"intake",/"care",/' "$1"
      \(binary) involve \(family) --professional P-0001 --functions monitoring --from 2026-10-01 --store \(store.path) > /dev/null
      """)
    let result = try edit(store, [family, "--part", "involvements"], editor: script)
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.contains("the involvements of"), "\(result)")
    #expect(result.stderr.contains("kept at"))
    #expect(
      try store.family(family).involvements.map(\.functions) == [
        [.intake, .direction], [.monitoring],
      ])
  }

  @Test("a family file that does not parse can be repaired with tafel edit")
  func repairCorrupt() throws {
    let (store, family, _) = try PrepFixtures.family()
    let real = store.file(StoreLayout.familyFile(family))
    let good = try String(contentsOfFile: real, encoding: .utf8)
    try good.replacingOccurrences(of: "\"Familie de Vries\"", with: "\"Familie de Vries")
      .write(toFile: real, atomically: false, encoding: .utf8)
    #expect(try store.tafel(["check"]).status == 1)
    let script = try editor(
      store, "repair.sh", #"sed -i 's/"Familie de Vries,$/"Familie de Vries",/' "$1""#)
    let result = try edit(store, [family], editor: script)
    #expect(result.status == 0, "\(result)")
    #expect(try store.family(family).name == "Familie de Vries")
    #expect(try store.tafel(["check"]).status == 0)
  }

  @Test("organisations: a professional of an unknown organisation is refused by reference")
  func organisationsReference() throws {
    let (store, _, _) = try PrepFixtures.family()
    let script = try editor(
      store, "orphan.sh",
      #"sed -i 's/"organisation" : "lt-ede"/"organisation" : "lt-nergens"/' "$1""#)
    let before = PrepSnapshot(store.path)
    let result = try edit(store, ["organisations"], editor: script, input: "d\n")
    #expect(result.status == 1, "\(result)")
    #expect(result.stderrLines.first?.contains("/organisations.json:") == true, "\(result)")
    #expect(result.stderr.contains("unknown organisation lt-nergens"), "\(result)")
    #expect(PrepSnapshot(store.path) == before)
  }

  @Test("change records are history: removing them by hand is refused")
  func changeRecordsKept() throws {
    let (store, family, _) = try PrepFixtures.family()
    let script = try editor(
      store, "forget.sh", #"sed -i 's/"what" : "created the family"/"what" : "niets"/' "$1""#)
    let before = PrepSnapshot(store.path)
    let result = try edit(store, [family], editor: script, input: "d\n")
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.contains("change records are history"), "\(result)")
    #expect(PrepSnapshot(store.path) == before)
  }

  @Test(
    "a decision added by hand keeps the decision rules, and the change record says what changed")
  func decisionsAddedByHandKeepTheRules() throws {
    let store = try CliStore()
    let family = DemoFamily.id(52)  // Zoë is 13: her view, or why she was not heard, is required
    let python = try ExecutableSearch.python3()
    func adder(_ name: String, childNotHeard: String?) throws -> String {
      let extra = childNotHeard.map { ", 'childNotHeard': '\($0)'" } ?? ""
      return try editor(
        store, name,
        """
        \(python) - "$1" <<'PY'
        import json, sys
        path = sys.argv[1]
        data = json.load(open(path))
        data['decisions'].append({'id': data['id'] + '-D900', 'family': data['id'],
          'time': '\(TestClock.today)T09:00:00Z', 'outcome': 'no-investigation',
          'rationale': 'Met de hand.', 'agreements': [], 'present': [], 'recordedBy': 'notulist'\(extra)})
        json.dump(data, open(path, 'w'), indent=2, ensure_ascii=False)
        PY
        """)
    }
    let before = try #require(store.data(StoreLayout.familyFile(family)))
    let refused = try edit(
      store, [family], editor: try adder("nochild.sh", childNotHeard: nil), input: "d\n")
    #expect(refused.status != 0, "\(refused)")
    let line = refused.stdout + refused.stderr
    #expect(line.contains("decision \(family)-D900: child's view"), "\(refused)")
    #expect(
      line.range(of: #":\d+:\d+: decision"#, options: .regularExpression) != nil, "\(refused)")
    #expect(store.data(StoreLayout.familyFile(family)) == before)

    let saved = try edit(store, [family], editor: try adder("heard.sh", childNotHeard: "Ziek"))
    #expect(saved.status == 0, "\(saved)")
    let changed = try store.family(family)
    #expect(
      changed.changes.last?.what == "edited by hand: decision \(family)-D900 added",
      "\(changed.changes.last!)")
  }
}
