// `tafel check`: one summary line when all is well, one `path:line:column:`
// line per problem otherwise, and --fix rebuilds the index and nothing else.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("tafel check")
struct CliCheckTests {
  @Test("a stale index is reported on index.json and rebuilt by --fix")
  func staleIndex() throws {
    let store = try CliStore()
    let index = store.file("index.json")
    // The index trusts files older than its verification moment; a file
    // written since is re-read by the next load and is not stale. So age the
    // family files (ten minutes before the kernel's stamp on one), have the
    // index verified again, and only then make its entry wrong.
    let family = store.file(StoreLayout.familyFile(DemoFamily.id(52)))
    var info = stat()
    #expect(fstatat(AT_FDCWD, family, &info, 0) == 0)
    let old = timespec(tv_sec: info.st_mtim.tv_sec - 600, tv_nsec: 0)
    for id in store.ids("families") {
      #expect(utimensat(AT_FDCWD, store.file(StoreLayout.familyFile(id)), [old, old], 0) == 0)
    }
    try FileManager.default.removeItem(atPath: index)
    #expect(try store.tafel(["check", "--fix"]).status == 0)
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
      meeting, replacing: "\"family\" : \"\(DemoFamily.id(52))\"",
      with: "\"family\" : \"FV-2026-9999\"")
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

  @Test("a large store is checked in parts by helper processes; every problem still shows")
  func helpersOnALargeStore() throws {
    let store = try CliStore(demo: false)
    let generated = try CliRunner.tafel(
      ["bench-generate", "--store", store.path, "--families", "450"], home: store.home)
    #expect(generated.status == 0, "\(generated)")
    let clean = try store.tafel(["check", "--helpers-from", "100"])
    #expect(clean.status == 0, "\(clean)")
    #expect(clean.stdout.hasPrefix("ok: 450 families"))
    // Broken files at even and odd places, so both this process and a helper meet one.
    let ids = store.ids("families")
    let broken = [ids[10], ids[11], ids[444]]
    for id in broken {
      try store.overwrite(StoreLayout.familyFile(id), with: Data("{ \"id\": \"\(id)\",".utf8))
    }
    // Helpers start from 20,000 files; --helpers-from brings them in here.
    let result = try store.tafel(["check", "--helpers-from", "100"])
    #expect(result.status == 1, "\(result)")
    for id in broken {
      #expect(
        result.stdoutLines.contains { $0.hasPrefix(store.file(StoreLayout.familyFile(id)) + ":") },
        "\(id) not reported: \(result)")
    }
    #expect(result.stderr.contains("450 families"))
  }

  @Test("check-part refuses a path that is not a family or meeting file")
  func checkPartRefusesOtherPaths() throws {
    let store = try CliStore()
    let result = try CliRunner.run(
      [try CliRunner.binary(), "check-part", "--store", store.path], home: store.home,
      input: Data("../../etc/passwd\n".utf8))
    #expect(result.status == 2, "\(result)")
    #expect(result.stderrLines.count == 1)
    #expect(result.stdout.isEmpty)
  }
}
