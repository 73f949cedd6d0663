// Every file Tafel writes validates against the JSON Schemas in docs/schema/.
// The validation is done by Python's jsonschema (installed by .ci/run); when
// python3 or jsonschema is missing the test fails, it never skips.

import Foundation
import TafelCore
import TafelStore
import TafelUI
import Testing

@Suite("store files against docs/schema")
struct CliSchemaTests {
  static let validator = """
    import json, os, sys
    import jsonschema
    schemas, store = sys.argv[1], sys.argv[2]
    def load(name):
        with open(os.path.join(schemas, name), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        return jsonschema.Draft202012Validator(schema)
    kinds = {"store.json": "store.schema.json", "organisations.json": "organisations.schema.json",
             "index.json": "index.schema.json", "families": "family.schema.json",
             "meetings": "meeting.schema.json", "drafts": "draft.schema.json",
             "people.json": "people.schema.json"}
    validators = {kind: load(name) for kind, name in kinds.items()}
    checked, failures = 0, 0
    for root, directories, files in os.walk(store):
        directories[:] = [d for d in directories if not d.startswith(".")]
        for name in sorted(files):
            if name.startswith(".") or not name.endswith(".json"):
                continue
            path = os.path.join(root, name)
            relative = os.path.relpath(path, store)
            kind = relative.split(os.sep)[0]
            if kind not in validators:
                print(f"{relative}: no schema for this file"); failures += 1; continue
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
            for error in validators[kind].iter_errors(document):
                where = "/".join(str(part) for part in error.absolute_path)
                print(f"{relative}: /{where}: {error.message[:300]}"); failures += 1
            checked += 1
    print(f"checked {checked} files")
    sys.exit(1 if failures else 0)
    """

  static func validate(_ store: CliStore) throws -> (CliResult, Int) {
    let script = store.scratch.file("validate.py")
    try validator.write(toFile: script, atomically: false, encoding: .utf8)
    let result = try CliRunner.run(
      ["/usr/bin/env", "python3", script, CliRunner.packageRoot() + "/docs/schema", store.path],
      home: store.home)
    let checked =
      result.stdoutLines.last.flatMap { line in
        line.hasPrefix("checked ") ? Int(line.dropFirst(8).split(separator: " ")[0]) : nil
      } ?? 0
    return (result, checked)
  }

  @Test("python3 with jsonschema is there (the schema tests need it)")
  func validatorAvailable() throws {
    let scratch = try CliScratch()
    let result = try CliRunner.run(
      ["/usr/bin/env", "python3", "-c", "import jsonschema; print('ok')"], home: scratch.path)
    #expect(
      result.status == 0, "python3 -c 'import jsonschema' failed; .ci/run installs it: \(result)")
  }

  @Test("the demo store, after decisions, corrections, minutes and a draft, validates")
  func demoStoreValidates() throws {
    let store = try CliStore()
    let meeting = "JBT-\(CliRunner.today)"
    let agenda = try store.meeting(meeting)
    var recorded = 0
    for item in agenda.items.prefix(3) {
      let result = try store.tafel([
        "decide", item.family, "--outcome", "drang", "--rationale",
        "Afspraken\nmet \"quotes\" & <tekens>.",
        "--deadline", CliRunner.today.adding(months: 2).description,
        "--agreement", "Hulp starten|P-0001|\(CliRunner.today.adding(days: 14))",
        "--agreement", "Gesprek", "--child-not-heard", "Niet gevraagd.", "--meeting", meeting,
      ])
      #expect(result.status == 0, "\(result)")
      let id = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
      let correction = try store.tafel([
        "decide", item.family, "--outcome", "no-investigation", "--rationale", "Verbeterd.",
        "--supersedes", id, "--child-view", "Wil thuis blijven.", "--meeting", meeting,
      ])
      #expect(correction.status == 0, "\(correction)")
      recorded += 2
    }
    #expect(recorded == 6)
    // A draft as the board's decision form writes it.
    let opened = try Store.open(store.path)
    let record = DraftRecord(
      family: agenda.items[0].family, savedAt: SystemClock.now(),
      draft: DecisionDraft(
        outcome: .drang, deadline: "2027-0", rationale: "Half getypt",
        agreements: [AgreementDraft(what: "x", owner: "", due: "")], meeting: meeting))
    try opened.saveDraft(record.encoded(), family: agenda.items[0].family)
    try opened.saveDraft(
      DraftRecord(family: DemoFamily.id(96), savedAt: SystemClock.now(), draft: DecisionDraft())
        .encoded(),
      family: DemoFamily.id(96))
    // An index rebuilt by check --fix.
    try FileManager.default.removeItem(atPath: store.file("index.json"))
    #expect(try store.tafel(["check", "--fix"]).status == 0)
    #expect(
      try store.tafel(["minutes", meeting, "--output", store.scratch.file("minutes.md")]).status
        == 0)

    let (result, checked) = try Self.validate(store)
    #expect(result.status == 0, "\(result)")
    let expected =
      3 + store.ids("families").count + store.ids("meetings").count + store.ids("drafts").count
    #expect(store.ids("drafts").count == 2)
    #expect(checked == expected, "\(result)")
  }

  @Test("an empty store validates")
  func emptyStoreValidates() throws {
    let store = try CliStore(demo: false)
    #expect(try store.tafel(["init", "--region", "Vallei", "--prefix", "VA"]).status == 0)
    let (result, checked) = try Self.validate(store)
    #expect(result.status == 0, "\(result)")
    #expect(checked == 3)
  }

  @Test("the schemas catch a wrong file (they are not vacuous)")
  func schemasCatchMistakes() throws {
    let store = try CliStore()
    let relative = StoreLayout.familyFile(DemoFamily.id(52))
    try store.edit(relative, replacing: "\"phase\" : \"", with: "\"phase\" : \"unknown-")
    let (result, _) = try Self.validate(store)
    #expect(result.status == 1)
    #expect(result.stdout.contains(relative + ": /phase"))
  }
}
