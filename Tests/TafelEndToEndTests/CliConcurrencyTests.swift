// Two processes each recording 200 decisions into one family at the same
// time: the lock and the re-read inside it must keep every one of the 400,
// numbered without a gap, and the store must still pass `tafel check`.

import Foundation
import TafelCore
import Testing

@Suite("tafel decide, concurrently")
struct CliConcurrencyTests {
  @Test("two processes × 200 decisions into one family: all 400 land")
  func fourHundred() throws {
    let store = try CliStore()
    let familyID = DemoFamily.id(96)
    let before = try store.family(familyID).decisions.count
    let binary = try CliRunner.binary()
    // Each writer is one shell that runs `tafel decide` 200 times in a row.
    let script = """
      for i in $(seq 1 200); do
        "$1" decide "$2" --outcome other --outcome-text "writer $3" --rationale "writer $3 number $i" \
          --agreement "actie $3-$i|eigenaar|" --store "$4" --as "writer-$3" >/dev/null || exit 1
      done
      """
    let writers = (1...2).map { writer in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", script, "sh", binary, familyID, String(writer), store.path]
      process.environment = CliRunner.pinnedEnvironment(home: store.home)
      process.standardOutput = FileHandle.nullDevice
      return process
    }
    for writer in writers { try writer.run() }
    for writer in writers { writer.waitUntilExit() }
    #expect(writers.map(\.terminationStatus) == [0, 0])

    let family = try store.family(familyID)
    #expect(family.decisions.count == before + 400)
    let rationales = Set(family.decisions.map(\.rationale))
    for writer in 1...2 {
      for number in 1...200 {
        #expect(rationales.contains("writer \(writer) number \(number)"))
      }
    }
    let ids = family.decisions.map(\.id)
    #expect(Set(ids).count == ids.count)
    let numbers = ids.compactMap { Int($0.dropFirst(familyID.count + 2)) }.sorted()
    #expect(numbers == Array(1...(before + 400)))
    #expect(family.plan.actions.count(where: { $0.what.hasPrefix("actie ") }) == 400)
    #expect(family.changes.count(where: { $0.by.hasPrefix("writer-") }) == 400)
    let check = try store.tafel(["check"])
    #expect(check.status == 0, "\(check)")
  }

  @Test(
    "two processes deciding one case at one meeting at once: one is stored, the other is refused")
  func oneInForce() throws {
    let store = try CliStore()
    let meeting = "JBT-\(CliRunner.today)"
    let agenda = try store.meeting(meeting)
    // A case on today's agenda with no child of 12 or older to be heard.
    var chosen: String?
    for item in agenda.items {
      let family = try store.family(item.family)
      if family.childrenToHear(on: CliRunner.today).isEmpty { chosen = family.id }
    }
    let familyID = try #require(chosen)
    let before = try store.family(familyID).decisions.count
    let binary = try CliRunner.binary()
    let results = (1...2).map { writer -> (Process, String) in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = [
        "decide", familyID, "--outcome", "other", "--outcome-text", "besluit \(writer)",
        "--rationale", "schrijver \(writer)", "--meeting", meeting, "--store", store.path,
        "--as", "writer-\(writer)",
      ]
      process.environment = CliRunner.pinnedEnvironment(home: store.home)
      let errors = store.scratch.file("stderr-\(writer)")
      _ = FileManager.default.createFile(atPath: errors, contents: nil)
      process.standardError = FileHandle(forWritingAtPath: errors)
      process.standardOutput = FileHandle.nullDevice
      return (process, errors)
    }
    for (process, _) in results { try process.run() }
    for (process, _) in results { process.waitUntilExit() }
    let statuses = results.map(\.0.terminationStatus).sorted()
    #expect(statuses == [0, 1])
    let family = try store.family(familyID)
    #expect(family.decisions.count == before + 1)
    let stored = try #require(family.inForce(at: meeting))
    let refused =
      results.first { $0.0.terminationStatus == 1 }.map {
        String(decoding: FileManager.default.contents(atPath: $0.1) ?? Data(), as: UTF8.self)
      } ?? ""
    #expect(refused.split(separator: "\n").count == 1, "\(refused)")
    #expect(refused.contains("\(stored.id) (other"), "\(refused)")
    #expect(refused.contains("--supersedes"), "\(refused)")
    // The refused one, told which decision is in force, is stored as its correction.
    let correction = try store.tafel([
      "decide", familyID, "--outcome", "other", "--outcome-text", "verbeterd", "--rationale", "x",
      "--meeting", meeting, "--supersedes", stored.id,
    ])
    #expect(correction.status == 0, "\(correction)")
    #expect(try store.family(familyID).inForce(at: meeting)?.supersedes == stored.id)
  }
}
