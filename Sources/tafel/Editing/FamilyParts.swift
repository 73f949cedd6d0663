// A family's plan, involvements or assessments cut out of the family file as
// their own JSON document, and spliced back into the file as it is on disk
// then, with every field this Tafel does not know left where it was.

import Foundation
import TafelCore
import TafelStore

enum FamilyParts {
  /// The part as a document of its own, in the store's JSON style.
  static func extract(_ part: FamilyPart, from family: Data) throws -> Data {
    try TafelJSON.encode(try extractValue(part, from: family))
  }

  static func extractValue(_ part: FamilyPart, from family: Data) throws -> JSONValue {
    let tree = try StoreJSON.decode(JSONValue.self, from: family)
    return tree[part.rawValue] ?? (part == .plan ? .object([:]) : .array([]))
  }

  /// The edited part as a tree, with the assessments' shared values derived
  /// again from their outcomes (they are never typed), and an edited plan
  /// carrying a change record of its own (the plan keeps who changed it, when).
  static func derived(_ part: FamilyPart, _ edited: Data, by: String, at time: Timestamp) throws
    -> JSONValue
  {
    var value = try StoreJSON.decode(JSONValue.self, from: edited)
    switch part {
    case .assessments:
      let assessments = try StoreJSON.decode([RiskAssessment].self, from: edited)
      value = deriving(assessments, in: value)
    case .plan:
      guard case .object(var plan) = value else { break }
      let record = try StoreJSON.decode(
        JSONValue.self,
        from: try TafelJSON.encode(ChangeRecord(by: by, at: time, what: "edited the plan by hand")))
      var records: [JSONValue] = []
      if case .array(let existing) = plan["changes"] ?? .null { records = existing }
      plan["changes"] = .array(records + [record])
      value = .object(plan)
    case .involvements:
      break
    }
    return value
  }

  /// Sets safetyNow and futureRisk of each assessment in `tree` from its outcome.
  static func deriving(_ assessments: [RiskAssessment], in tree: JSONValue) -> JSONValue {
    guard case .array(var elements) = tree else { return tree }
    for (index, assessment) in assessments.enumerated() where index < elements.count {
      guard case .object(var object) = elements[index] else { continue }
      let shared = SharedScale.derive(
        instrument: assessment.instrument, outcome: assessment.outcome)
      object["safetyNow"] = shared.map { .string($0.safetyNow.rawValue) }
      object["futureRisk"] = shared.map { .string($0.futureRisk.rawValue) }
      elements[index] = .object(object)
    }
    return .array(elements)
  }

  /// The family file with `part` replaced by `value`.
  static func splice(_ part: FamilyPart, _ value: JSONValue, into family: Data) throws -> Data {
    guard case .object(var object) = try StoreJSON.decode(JSONValue.self, from: family)
    else {
      throw CommandFailure.data("the family file is not a JSON object")
    }
    object[part.rawValue] = value
    return try TafelJSON.encode(JSONValue.object(object))
  }
}
