// A value two replicas changed differently, kept by the merge for a person
// to decide: the field, both values (ours is the one in place), the base,
// who changed each side and when. It lives in the file's `conflicts` until
// `tafel resolve` takes one value and records who did it and when.

package struct MergeSide: Codable, Hashable, Sendable {
  package var by: String
  package var at: Timestamp

  package init(by: String, at: Timestamp) {
    self.by = by
    self.at = at
  }
}

package struct MergeConflict: Codable, Hashable, Sendable {
  /// The field as a person reads it, and the conflict's id within the file:
  /// "plan.director", "items[FV-2026-0042].status".
  package var id: String
  /// The steps to the field: object keys, and "[identity]" for an element of an array.
  package var path: [String]
  /// [ours, theirs]; `null` where one side removed the value.
  package var values: [JSONValue]
  package var base: JSONValue?
  /// Who last changed the file on each side, when the change records say.
  package var sides: [MergeSide?]
  /// When the merge kept it.
  package var at: Timestamp

  package init(
    path: [String], values: [JSONValue], base: JSONValue?, sides: [MergeSide?], at: Timestamp
  ) {
    self.id = MergeConflict.field(path)
    self.path = path
    self.values = values
    self.base = base
    self.sides = sides
    self.at = at
  }

  /// "plan.director", "decisions[FV-2026-0042-D003].rationale".
  package static func field(_ path: [String]) -> String {
    var text = ""
    for step in path {
      if step.hasPrefix("[") || text.isEmpty {
        text += step
      } else {
        text += "." + step
      }
    }
    return text
  }

  /// The conflict as it is stored.
  package var json: JSONValue {
    var object: [String: JSONValue] = [
      "id": .string(id), "path": .array(path.map(JSONValue.string)), "values": .array(values),
      "at": .string(at.description),
      "sides": .array(
        sides.map { side in
          guard let side else { return .null }
          return .object(["by": .string(side.by), "at": .string(side.at.description)])
        }),
    ]
    if let base { object["base"] = base }
    return .object(object)
  }

  /// A value as one short line: strings bare, anything else as JSON.
  package static func shown(_ value: JSONValue) -> String {
    if case .string(let text) = value { return "\"" + Sanitized.line(text) + "\"" }
    if case .null = value { return "(removed)" }
    let text = StoreMerge.canonical(value)
    return text.count > 60 ? String(text.prefix(59)) + "…" : text
  }

  /// A value as a person knows it: a professional's id as the name, else as shown.
  package static func shown(_ value: JSONValue, names lookup: DirectoryLookup) -> String {
    if case .string(let id) = value, let professional = lookup.professional(id) {
      return professional.name
    }
    return shown(value)
  }

  /// One line for `check`, `resolve` and the board: the field, both values
  /// with who and when, and the command that settles it.
  /// `command: false` (the export a family reads) leaves out how to settle it.
  package func line(
    subject: String, zone: TimeZoneRule, language: Language = .en, command: Bool = true
  ) -> String {
    let spelled = language == .en && command
    let choices = values.enumerated().map { index, value in
      // What `check` prints is exact (as `--value` takes it); for a reader, codes in words.
      let shown = MergeConflict.shown(value)
      var text =
        "\(index + 1)) " + (spelled ? shown : ConflictWords.value(shown, field: id, language))
      if index < sides.count, let side = sides[index] {
        text += " (\(Sanitized.line(side.by)), \(zone.local(side.at).dayAndClock))"
      }
      return text
    }
    let settle = "`tafel resolve \(subject) \(id) --take 1|2`"
    // English with the command is what `check` and `resolve` print, the
    // field as spelled; in Dutch, or for a family (the export), the field in
    // words, its spelling only in the command.
    let field =
      spelled
      ? "conflict on " + id
      : language.pick("two values for ", "twee waarden voor ")
        + ConflictWords.field(id, language)
    return field + ": "
      + choices.joined(separator: language.pick(" or ", " of "))
      + (command ? language.pick("; settle with ", "; te beslissen met ") + settle : "")
  }
}
