// `tafel signals` gives scripts what the board's signals pane shows: the same
// signals with the same words for every demo family, as text, JSON (valid
// against docs/schema/signals.schema.json) and CSV; bad input gets one line.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("CLI signals")
struct CliSignalsTests {
  /// The signals of every family as the board computes them, in-process.
  func expected(_ store: CliStore, language: Language) throws -> [String: [Signal]] {
    let opened = try Store.open(store.path)
    let directory = try opened.directory()
    let thresholds = try opened.info().thresholds
    var result: [String: [Signal]] = [:]
    for id in store.ids("families") {
      result[id] = Signals.evaluate(
        family: try opened.family(id), directory: directory, today: CliRunner.today,
        thresholds: thresholds)
    }
    return result
  }

  @Test("JSON: every family, every signal with the pane's words, valid against its schema")
  func jsonMatchesTheBoard() throws {
    let store = try CliStore()
    for language in Language.allCases {
      let result = try store.tafel(["signals", "--format", "json", "--lang", language.rawValue])
      #expect(result.status == 0, "\(result)")
      let list = try JSONDecoder().decode(SignalList.self, from: result.stdoutData)
      let want = try expected(store, language: language)
      #expect(list.date == CliRunner.today)
      #expect(list.families.map(\.id) == want.keys.sorted())
      var total = 0
      for family in list.families {
        let signals = want[family.id] ?? []
        #expect(family.signals.map(\.kind) == signals.map(\.kind), "\(family.id)")
        #expect(family.signals.map(\.line) == signals.map { $0.line(language: language) })
        #expect(family.signals.map(\.evidence) == signals.map(\.evidence))
        #expect(family.markers == Signals.markers(signals))
        total += signals.count
      }
      // The demo shows every kind somewhere, so the comparison is not vacuous
      // (but sync: a store that never synced has no conflict).
      let kinds = Set(list.families.flatMap { $0.signals.map(\.kind) })
      #expect(kinds == Set(SignalKind.allCases).subtracting([.sync]), "\(kinds)")
      #expect(total >= SignalKind.allCases.count)

      let file = store.scratch.file("signals-\(language).json")
      try result.stdoutData.write(to: URL(fileURLWithPath: file))
      let check = try CliRunner.run(
        [
          "/usr/bin/env", "python3", "-c",
          """
          import json, sys, jsonschema
          schema = json.load(open(sys.argv[1], encoding="utf-8"))
          jsonschema.Draft202012Validator.check_schema(schema)
          errors = list(jsonschema.Draft202012Validator(schema).iter_errors(
              json.load(open(sys.argv[2], encoding="utf-8"))))
          for error in errors[:5]: print("/".join(map(str, error.absolute_path)), error.message)
          sys.exit(1 if errors else 0)
          """,
          CliRunner.packageRoot() + "/docs/schema/signals.schema.json", file,
        ], home: store.home)
      #expect(check.status == 0, "\(check)")
    }
  }

  @Test("text and CSV say the same, one family or all; --private names nobody")
  func textCSVAndOneFamily() throws {
    let store = try CliStore()
    let want = try expected(store, language: .en)
    let (id, signals) = try #require(want.filter { !$0.value.isEmpty }.min { $0.key < $1.key })
    let text = try store.tafel(["signals", id, "--lang", "en"])
    #expect(text.status == 0, "\(text)")
    for signal in signals {
      #expect(text.stdout.contains("  \(signal.marker)  \(signal.line(language: .en))"), "\(text)")
    }
    #expect(text.stdoutLines.first?.hasPrefix(id) == true)
    #expect(text.stdoutLines.last?.contains("signals in 1 of 1 families") == true, "\(text)")

    let csv = try store.tafel(["signals", "--format", "csv"])
    #expect(csv.status == 0)
    let rows = csv.stdoutLines
    #expect(rows.first?.hasPrefix("family,name,phase,kind,marker,line") == true)
    #expect(rows.count == 1 + want.values.reduce(0) { $0 + $1.count })

    let opened = try Store.open(store.path)
    let names = try store.ids("families").map { try opened.family($0).name }
    let hidden = try store.tafel(["signals", "--private"])
    let json = try store.tafel(["signals", "--private", "--format", "json"])
    // Nor a child's or a professional's name, nor a CJK surname as "initials".
    let directory = try opened.directory()
    let people =
      try store.ids("families").flatMap { try opened.family($0).members.map(\.name) }
      + directory.professionals.map(\.name)
    for name in names + people {
      #expect(!hidden.stdout.contains(name), "\(name) in --private text")
      #expect(!json.stdout.contains(name), "\(name) in --private JSON")
    }
    #expect(!hidden.stdout.contains("王"), "a CJK surname as initials")
  }

  @Test("an unknown family exits 1, a bad format 2, each with one line")
  func badInput() throws {
    let store = try CliStore()
    let unknown = try store.tafel(["signals", "FV-1999-9999"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.split(separator: "\n").count == 1, "\(unknown)")
    let format = try store.tafel(["signals", "--format", "xml"])
    #expect(format.status == 2)
    #expect(format.stderr.split(separator: "\n").count == 1, "\(format)")
  }
}
