// `tafel bench` through the real binary: its generator writes the same bytes
// for the same seed and day, and those stores pass `tafel check`; a small run
// prints the whole table. No timing is asserted — a slow machine or a busy CI
// must never fail a build; the targets are for people to read.
import Foundation
import Testing

@Suite("tafel bench", .serialized)
struct BenchTests {
  static let day = "2026-11-29"

  /// Every regular file under `root`, by path relative to it, with its bytes.
  static func files(under root: String) throws -> [String: Data] {
    var result: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
    while let relative = walker.nextObject() as? String {
      if walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular {
        result[relative] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
      }
    }
    return result
  }

  static func generate(_ store: String, seed: Int, families: Int = 200) throws {
    let result = try ProcessRun.run([
      try TafelBinary.path(), "bench-generate", "--store", store, "--families", String(families),
      "--seed", String(seed), "--today", day,
    ])
    #expect(result.status == 0, "\(result)")
  }

  @Test("the same seed writes the same bytes; another seed does not; both pass tafel check")
  func deterministicStoresPassCheck() throws {
    let directory = try TemporaryDirectory("tafel-bench")
    let first = directory.file("first")
    let second = directory.file("second")
    let other = directory.file("other")
    try BenchTests.generate(first, seed: 7)
    try BenchTests.generate(second, seed: 7)
    try BenchTests.generate(other, seed: 8)

    let firstFiles = try BenchTests.files(under: first)
    let secondFiles = try BenchTests.files(under: second)
    #expect(firstFiles.keys.filter { $0.hasPrefix("families/") }.count == 200)
    #expect(firstFiles.keys.sorted() == secondFiles.keys.sorted())
    for (path, bytes) in firstFiles {
      #expect(secondFiles[path] == bytes, "\(path) differs between two runs with seed 7")
    }
    let otherFiles = try BenchTests.files(under: other)
    #expect(otherFiles.contains { path, bytes in firstFiles[path] != bytes })

    for store in [first, other] {
      let check = try ProcessRun.run([try TafelBinary.path(), "check", "--store", store])
      #expect(check.status == 0, "\(check)")
      #expect(check.standardOutput.contains("200 families"))
    }
  }

  @Test("--families 200 prints one table with every figure and target, and cleans up")
  func smallRunPrintsTable() throws {
    let directory = try TemporaryDirectory("tafel-bench")
    let result = try ProcessRun.run([
      try TafelBinary.path(), "bench", "--families", "200", "--runs", "1",
      "--dir", directory.path,
    ])
    #expect(result.status == 0, "\(result)")
    let table = result.standardOutput
    for row in [
      "families", "first frame, headless", "key → frame, p99", "decision save, median / p99",
      "raw write + fsync", "tafel check", "tafel report", "board peak memory", "≤ 100 ms",
      "≤ 5 ms", "≤ 2×", "≤ 50 MB",
    ] {
      #expect(table.contains(row), "no \"\(row)\" in:\n\(table)")
    }
    #expect(table.contains("✓") || table.contains("✗"))
    #expect(table.contains(" 200"))
    // The generated store is gone afterwards (no --keep).
    #expect(!FileManager.default.fileExists(atPath: directory.file("families-200")))
  }

  @Test("wrong usage is one line and exit 2")
  func usageErrors() throws {
    for (arguments, word) in [
      (["--format", "xml"], "--format"), (["--families", "3"], "--families"),
    ] {
      let result = try ProcessRun.run([try TafelBinary.path(), "bench"] + arguments)
      #expect(result.status == 2, "\(result)")
      #expect(result.standardError.contains(word))
      #expect(result.standardError.split(separator: "\n").count == 1)
    }
  }
}
