// `tafel check`: one summary line when all is well, one `path:line:column:`
// line per problem otherwise, and --fix rebuilds the index and nothing else.

import Foundation
import TafelCore
import Testing

@Suite("tafel check")
struct CliCheckTests {
  @Test("a stale index is reported on index.json and rebuilt by --fix")
  func staleIndex() throws {
    let store = try CliStore()
    let index = store.file("index.json")
    try store.edit("index.json", replacing: "Familie Öztürk", with: "Familie Oud")
    let stale = try store.tafel(["check"])
    #expect(stale.status == 1, "\(stale)")
    #expect(stale.stdoutLines.count == 1)
    #expect(stale.stdout.hasPrefix(index + ":1:1: "))
    #expect(stale.stdout.contains("stale"))
    #expect(stale.stderrLines.count == 1)
    let fixed = try store.tafel(["check", "--fix"])
    #expect(fixed.status == 0, "\(fixed)")
    #expect(fixed.stdout.contains("index rebuilt"))
    #expect(try store.tafel(["check"]).status == 0)
    #expect(try String(contentsOfFile: index, encoding: .utf8).contains("Familie Öztürk"))
  }

  @Test("--fix leaves every other problem, and every other file, alone")
  func fixOnlyIndex() throws {
    let store = try CliStore()
    let meeting = "meetings/JBT-\(CliRunner.today).json"
    try store.edit(
      meeting, replacing: "\"family\" : \"FV-2026-0052\"", with: "\"family\" : \"FV-2026-9999\"")
    let before = store.data(meeting)
    let result = try store.tafel(["check", "--fix"])
    #expect(result.status == 1, "\(result)")
    #expect(result.stdoutLines.count == 1)
    #expect(result.stdout.hasPrefix(store.file(meeting) + ":"))
    #expect(result.stdout.contains("FV-2026-9999"))
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(store.data(meeting) == before)
  }

  @Test("a directory that is not a store: exit 1, one line naming it")
  func notAStore() throws {
    let store = try CliStore(demo: false)
    try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: true)
    let result = try store.tafel(["check"])
    #expect(result.status == 1)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains(store.path))
  }

  @Test("a store open to others gets one warning naming the path, and still checks")
  func permissionsWarning() throws {
    let store = try CliStore()
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: store.path)
    let result = try store.tafel(["check"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains(store.path))
  }
}
