// What `tafel edit` checks beyond the store's own validation before anything
// is written: decisions stay append-only, assessments stay on their
// instrument's scale, and a part edited on its own (plan, involvements,
// assessments) decodes and names only professionals, organisations and
// members that exist. Every problem is positioned in the copy the user edits.

import Foundation
import TafelCore
import TafelStore

enum EditValidation {
  struct Context {
    var familyID: String
    var directory: Directory

    init(store: Store, relativePath: String) throws {
      let name = (relativePath as NSString).lastPathComponent
      guard StoreFile(relativePath).isFamily, name.hasSuffix(".json") else {
        throw CommandFailure.usage(
          "only a family's plan, involvements or assessments can be edited on their own")
      }
      familyID = String(name.dropLast(5))
      directory = try store.directory()
    }
  }

  /// Problems of an edited whole file, positioned in `shownAs` (the copy).
  static func problems(
    ofFile data: Data, relativePath: String, original: Data, store: Store, shownAs path: String
  ) -> [StoreProblem] {
    var problems = store.validate(relativePath, data: data).map { problem -> StoreProblem in
      var shown = problem
      shown.path = path
      return shown
    }
    guard problems.isEmpty else { return problems }
    problems += controlProblems(in: data, path: path)
    let historyKeys: [[String]] =
      StoreFile(relativePath).isFamily ? [["changes"], ["plan", "changes"]] : [["changes"]]
    for keys in historyKeys {
      problems += historyProblems(keys, before: original, after: data, path: path)
    }
    guard StoreFile(relativePath).isFamily,
      let edited = try? StoreJSON.decode(Family.self, from: data)
    else { return problems }
    if let before = try? StoreJSON.decode(Family.self, from: original) {
      problems += decisionProblems(
        before: before.decisions, after: edited.decisions, data: data, path: path)
      problems += rvdkProblems(before: before.events, after: edited.events, data: data, path: path)
      problems += reviewProblems(
        before: before.agreementReviews ?? [], after: edited.agreementReviews ?? [], data: data,
        path: path)
      // The region's rules, and an adjournment written by hand is no outcome to refuse.
      var settings = (try? store.info())?.settings ?? RegionSettings()
      settings.outcomes.append(.adjourned)
      problems += addedDecisionProblems(
        before: before, after: edited, data: data, path: path, settings: settings)
      for (places, message) in futureProblems(before: before, after: edited) {
        problems.append(FragmentDecoding.problem(at: places, in: data, path: path, message))
      }
    }
    for (index, assessment) in edited.assessments.enumerated() {
      for problem in assessment.outcome.problems(for: assessment.instrument) {
        let places =
          [JSONPathElement.key("assessments"), .index(index), .key("outcome")]
          + problem.field.map { JSONPathElement.key($0) }
        problems.append(FragmentDecoding.problem(at: places, in: data, path: path, problem.message))
      }
    }
    return problems
  }

  /// An assessment or chain step added or changed with a day after today:
  /// what has not happened is not a record (as the commands refuse it).
  static func futureProblems(before: Family, after: Family, today: Day = StoreOptions.today())
    -> [([JSONPathElement], String)]
  {
    var found: [([JSONPathElement], String)] = []
    for (index, assessment) in after.assessments.enumerated()
    where !before.assessments.contains(assessment) {
      if let refusal = PreparationArguments.afterToday(assessment.date, today: today) {
        found.append(([.key("assessments"), .index(index), .key("date")], refusal))
      }
    }
    for (index, event) in after.events.enumerated() where !before.events.contains(event) {
      if let refusal = PreparationArguments.afterToday(event.date, today: today) {
        found.append(([.key("events"), .index(index), .key("date")], refusal))
      }
    }
    return found
  }

  /// A control character typed into the copy is refused where the command
  /// line would refuse it: anywhere in a one-line field (a name, an id, a
  /// role), and anything but a line break or tab in a long text.
  static func controlProblems(in data: Data, path: String) -> [StoreProblem] {
    guard let tree = try? StoreJSON.decode(JSONValue.self, from: data) else { return [] }
    var problems: [StoreProblem] = []
    func walk(_ value: JSONValue, _ places: [JSONPathElement], key: String?) {
      switch value {
      case .string(let text):
        let longText = key.map(LongTextFields.keys.contains) ?? false
        if let scalar = text.unicodeScalars.first(where: {
          Sanitized.isControl($0) && !(longText && ($0 == "\n" || $0 == "\t"))
        }) {
          let what = scalar == "\n" ? "a line break" : "a control character"
          problems.append(
            FragmentDecoding.problem(
              at: places, in: data, path: path,
              "\(key ?? "text"): \(what) (\(Sanitized.codePoint(scalar))) is not allowed"
                + (longText ? "" : " in a one-line value")))
        }
      case .array(let items):
        for (index, item) in items.enumerated() { walk(item, places + [.index(index)], key: key) }
      case .object(let members):
        for name in members.keys.sorted() {
          walk(members[name]!, places + [.key(name)], key: name)
        }
      default: break
      }
    }
    walk(tree, [], key: nil)
    return problems
  }

  /// Decisions are append-only: every recorded one must still be there, unchanged.
  static func decisionProblems(
    before: [Decision], after: [Decision], data: Data, path: String
  ) -> [StoreProblem] {
    var problems: [StoreProblem] = []
    for decision in before {
      if let index = after.firstIndex(where: { $0.id == decision.id }) {
        if after[index] != decision {
          problems.append(
            FragmentDecoding.problem(
              at: [.key("decisions"), .index(index)], in: data, path: path,
              "decision \(decision.id) was changed; decisions are never edited, record a correction with `tafel decide --supersedes`"
            ))
        }
      } else {
        problems.append(
          FragmentDecoding.problem(
            at: [.key("decisions")], in: data, path: path,
            "decision \(decision.id) was removed; decisions are never removed"))
      }
    }
    return problems
  }

  /// The RvdK's decisions stay as recorded, like the table's: every one must
  /// still be there, unchanged, and none is added by hand (`tafel rvdk`).
  static func rvdkProblems(
    before: [ChainEvent], after: [ChainEvent], data: Data, path: String
  ) -> [StoreProblem] {
    keptRecords(
      "events", before: before, after: after, data: data, path: path,
      isKept: { $0.kind.isRvdKDecision || $0.rvdk != nil }, id: \.id,
      changed: { "the RvdK's decision \($0.id) was changed; it stays as the RvdK took it" },
      removed: { "the RvdK's decision \($0.id) was removed; it stays on record" },
      added: {
        "\($0.id): the RvdK's decision is recorded with `tafel rvdk`, which checks the request it answers"
      })
  }

  /// A reported status of an agreement stays as it was reported; a later
  /// status is a new review (`tafel agreement`).
  static func reviewProblems(
    before: [AgreementReview], after: [AgreementReview], data: Data, path: String
  ) -> [StoreProblem] {
    keptRecords(
      "agreementReviews", before: before, after: after, data: data, path: path,
      isKept: { _ in true }, id: \.id,
      changed: {
        "the review \($0.id) of \($0.agreement) was changed; report a new status with tafel agreement"
      },
      removed: { "the review \($0.id) of \($0.agreement) was removed; it stays on record" },
      added: { "\($0.id): a status is reported with tafel agreement, which keeps its rules" })
  }

  /// Records kept as they were made, in the list at `key`: each kept one
  /// `before` holds is still in `after` unchanged, and none is added by hand.
  private static func keptRecords<Record: Equatable>(
    _ key: String, before: [Record], after: [Record], data: Data, path: String,
    isKept: (Record) -> Bool, id: (Record) -> String, changed: (Record) -> String,
    removed: (Record) -> String, added: (Record) -> String
  ) -> [StoreProblem] {
    var problems: [StoreProblem] = []
    let kept = before.filter(isKept)
    for record in kept {
      if let index = after.firstIndex(where: { id($0) == id(record) }) {
        if after[index] != record {
          problems.append(
            FragmentDecoding.problem(
              at: [.key(key), .index(index)], in: data, path: path, changed(record)))
        }
      } else {
        problems.append(
          FragmentDecoding.problem(at: [.key(key)], in: data, path: path, removed(record)))
      }
    }
    for (index, record) in after.enumerated()
    where isKept(record) && !kept.contains(where: { id($0) == id(record) }) {
      problems.append(
        FragmentDecoding.problem(
          at: [.key(key), .index(index)], in: data, path: path, added(record)))
    }
    return problems
  }

  /// A decision added by hand keeps the rules `tafel decide` and the form keep
  /// (a child of 12 or older heard or why not, a drang deadline and
  /// agreement, one decision in force per case per meeting …), checked
  /// against the family as it was before it, on the day it was taken.
  static func addedDecisionProblems(
    before: Family, after: Family, data: Data, path: String, settings: RegionSettings
  ) -> [StoreProblem] {
    var problems: [StoreProblem] = []
    var family = before
    for (index, decision) in after.decisions.enumerated()
    where !before.decisions.contains(where: { $0.id == decision.id }) {
      for refusal in family.refusals(
        of: DecisionDraft(of: decision), today: decision.day, settings: settings)
      {
        problems.append(
          FragmentDecoding.problem(
            at: [.key("decisions"), .index(index)] + places(of: refusal.field), in: data,
            path: path, "decision \(decision.id): \(refusal.english)"))
      }
      family.decisions.append(decision)
    }
    return problems
  }

  /// Where in a decision the field a rule is about is written.
  static func places(of field: DecisionField) -> [JSONPathElement] {
    switch field {
    case .outcome: [.key("outcome")]
    case .outcomeText: [.key("outcomeText")]
    case .deadline: [.key("deadline")]
    case .rationale: [.key("rationale")]
    case .agreements: [.key("agreements")]
    case .agreementWhat(let index): [.key("agreements"), .index(index), .key("what")]
    case .agreementDue(let index): [.key("agreements"), .index(index), .key("due")]
    case .childView: [.key("childView")]
    case .meeting: [.key("meeting")]
    case .supersedes, .inForce: [.key("supersedes")]
    }
  }

  /// Change records are history: the list at `keys` must be as it was
  /// (Tafel appends the record of this edit itself when it writes).
  static func historyProblems(_ keys: [String], before: Data, after: Data, path: String)
    -> [StoreProblem]
  {
    func records(_ data: Data) -> [JSONValue]? {
      guard var value = try? StoreJSON.decode(JSONValue.self, from: data) else {
        return nil
      }
      for key in keys { value = value[key] ?? .null }
      if case .array(let elements) = value { return elements }
      return []
    }
    guard let old = records(before), let new = records(after), new != old else { return [] }
    return [
      FragmentDecoding.problem(
        at: keys.map { .key($0) }, in: after, path: path,
        "\(keys.joined(separator: ".")): change records are history and cannot be edited; "
          + "Tafel adds one for this edit itself")
    ]
  }

  /// Problems of a part edited on its own, positioned in `shownAs` (the copy).
  /// The part is put into the family as it is on disk and the family's
  /// reference rules (the same as `tafel check`) are run on the result: a
  /// problem inside the part is shown where it is in the copy, a new problem
  /// the part causes elsewhere (the director no longer involved) at its top.
  static func problems(
    ofPart part: FamilyPart, data: Data, family: Family, context: Context, shownAs path: String
  ) -> [StoreProblem] {
    func at(_ places: [JSONPathElement], _ message: String) -> StoreProblem {
      FragmentDecoding.problem(at: places, in: data, path: path, message)
    }
    do {
      var edited = family
      var problems: [StoreProblem] = []
      switch part {
      case .plan:
        let plan = try FragmentDecoding.decode(FamilyPlan.self, from: data, path: path)
        edited.plan = plan
        if plan.changes != family.plan.changes {
          problems.append(
            at(
              [.key("changes")],
              "the plan's change records are history: add nothing, remove nothing"))
        }
      case .involvements:
        edited.involvements = try FragmentDecoding.decode(
          [Involvement].self, from: data, path: path)
      case .assessments:
        edited.assessments = try FragmentDecoding.decode(
          [RiskAssessment].self, from: data, path: path)
        for (index, assessment) in edited.assessments.enumerated() {
          for problem in assessment.outcome.problems(for: assessment.instrument) {
            problems.append(
              at(
                [.index(index), .key("outcome")] + problem.field.map { .key($0) }, problem.message))
          }
        }
      }
      if part == .assessments {
        for (places, message) in futureProblems(before: family, after: edited) {
          problems.append(at(Array(places.dropFirst()), message))
        }
      }
      let known = KnownReferences(context.directory)
      let before = Set(FamilyReferences.problems(family, known: known))
      let prefix: JSONPathElement = .key(part.rawValue)
      for problem in FamilyReferences.problems(edited, known: known) {
        if problem.place.first == prefix {
          problems.append(at(Array(problem.place.dropFirst()), problem.message))
        } else if !before.contains(problem) {
          problems.append(at([], problem.message))
        }
      }
      return problems
    } catch StoreError.problem(let problem) {
      return [problem]
    } catch {
      return [StoreProblem(path: path, message: "\(error)")]
    }
  }

  /// The edited file with each assessment's shared values derived again from its outcome.
  static func withDerivedValues(_ data: Data, relativePath: String) throws -> Data {
    guard StoreFile(relativePath).isFamily else { return data }
    let family = try StoreJSON.decode(Family.self, from: data)
    guard case .object(var tree) = try StoreJSON.decode(JSONValue.self, from: data),
      let assessments = tree["assessments"]
    else { return data }
    let derived = FamilyParts.deriving(family.assessments, in: assessments)
    guard derived != assessments else { return data }
    tree["assessments"] = derived
    return try TafelJSON.encode(JSONValue.object(tree))
  }
}
