// `e` on a pane of the board hands that part of the family to the validated
// editor flow of `tafel edit --part` and comes back to the board, which shows
// the result at once; an invalid edit that is discarded changes nothing.
import Foundation
import TafelStore
import Testing

@Suite("Editing a part of a family from the board", .serialized, .timeLimit(.minutes(3)))
struct BoardEditPartTests {
  @Test("e on the plan pane adds a concern through $EDITOR; the board and the file show it")
  func editPlan() throws {
    let directory = try TemporaryDirectory()
    let scriptPath = directory.file("add-concern")
    let python = """
      import json, sys
      path = sys.argv[1]
      plan = json.load(open(path, encoding="utf-8"))
      plan["concerns"].insert(0, "Zoë slaapt slecht")
      json.dump(plan, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
      """
    // The pane's PATH is pinned to the system directories; python3 may be elsewhere.
    let python3 = try ExecutableSearch.python3()
    try "#!/bin/sh\nexec '\(python3)' - \"$1\" <<'PY'\n\(python)\nPY\n".write(
      toFile: scriptPath, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: scriptPath)

    let run = try BoardRun(
      ["board", "--no-mouse"], environment: ["EDITOR": "/bin/sh " + scriptPath, "VISUAL": ""])
    let agenda = try DemoAgenda.read(store: run.store)
    let family = agenda.families[0]
    let screen = run.session
    try screen.waitFor("Family plan · \(family.name)")
    try screen.send("Tab")  // focus the plan pane
    try screen.send("e")
    try screen.waitFor("plan saved")
    try screen.waitFor("Zoë slaapt slecht")

    let stored = try Store.open(run.store).family(family.id)
    #expect(stored.plan.concerns.first == "Zoë slaapt slecht")
    #expect(stored.plan.changes.last?.by.isEmpty == false, "the plan records who changed it")
  }

}
