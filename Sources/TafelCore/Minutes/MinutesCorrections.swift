// What a correction changed, and when the record was made: two printouts of
// one meeting's minutes can differ, so each says when it was made, the
// final record names the corrections made after closing, and every
// correction says what it changed in the decision it corrects and why.

extension Minutes {
  /// The corrections recorded after the meeting was closed, oldest first.
  static func correctionsAfterClosing(_ input: MinutesInput) -> [Decision] {
    guard let closedAt = input.meeting.closedAt else { return [] }
    return cases(input).flatMap(\.decisions).map(\.decision)
      .filter { $0.time > closedAt && !$0.corrects.isEmpty }
      .sorted { ($0.time, $0.id) < ($1.time, $1.id) }
  }

  /// "Corrected after closing: FV-…-D004 (8 December 2026 at 10:12)." — said
  /// under the final line, so a printout made before it reads as older.
  static func afterClosingLine(_ input: MinutesInput) -> String? {
    let later = correctionsAfterClosing(input)
    guard !later.isEmpty else { return nil }
    let list = later.map { "\($0.id) (\(when($0.time, input)))" }
    return input.language.pick("Corrected after closing: ", "Verbeterd na het sluiten: ")
      + ChainWords.list(list, input.language) + "."
  }

  /// "Made on 7 December 2026 at 16:01." when the writer said when.
  static func madeLine(_ input: MinutesInput) -> String? {
    guard let made = input.madeAt else { return nil }
    let local = input.zone.local(made)
    let day = MinutesWords.date(local.day, input.language)
    return input.language.pick(
      "This document was made on \(day) at \(local.clock).",
      "Dit document is opgemaakt op \(day) om \(local.clock).")
  }

  /// What `correction` changed in `old`, field by field, in words; one
  /// entry says so when nothing but the record changed.
  static func changes(
    _ correction: Decision, from old: Decision, _ language: Language,
    name: (String) -> String
  ) -> [String] {
    var changes: [String] = []
    func outcome(_ decision: Decision) -> String {
      MinutesWords.outcome(decision.outcome, language)
        + (decision.outcomeText.map { ": " + oneLine($0) } ?? "")
    }
    if outcome(old) != outcome(correction) {
      changes.append(
        language.pick("outcome: ", "uitkomst: ") + outcome(old) + " → " + outcome(correction))
    }
    func day(_ day: Day?) -> String {
      day.map { MinutesWords.date($0, language) } ?? language.pick("none", "geen")
    }
    if old.deadline != correction.deadline {
      changes.append(
        language.pick("deadline: ", "termijn: ") + day(old.deadline) + " → "
          + day(correction.deadline))
    }
    if old.rationale.trimmed != correction.rationale.trimmed {
      changes.append(language.pick("rationale rewritten", "onderbouwing herschreven"))
    }
    let before = old.agreements.map(\.what)
    let after = correction.agreements.map(\.what)
    for agreement in correction.agreements where !before.contains(agreement.what) {
      changes.append(language.pick("agreement added: ", "afspraak toegevoegd: ") + agreement.what)
    }
    for agreement in old.agreements where !after.contains(agreement.what) {
      changes.append(language.pick("agreement dropped: ", "afspraak vervallen: ") + agreement.what)
    }
    for agreement in correction.agreements {
      guard let previous = old.agreements.first(where: { $0.what == agreement.what }) else {
        continue
      }
      if previous.owner != agreement.owner {
        changes.append(
          agreement.what + language.pick(": who ", ": wie ")
            + (previous.owner.isEmpty ? "—" : name(previous.owner)) + " → "
            + (agreement.owner.isEmpty ? "—" : name(agreement.owner)))
      }
      if previous.due != agreement.due {
        changes.append(
          agreement.what + language.pick(": by ", ": uiterlijk ") + day(previous.due) + " → "
            + day(agreement.due))
      }
    }
    let labels = MinutesWords.Labels(language)
    let texts: [(String, String?, String?)] = [
      (labels.parentsView, old.parentsView, correction.parentsView),
      (labels.childView, old.childView, correction.childView),
      (labels.childNotHeard, old.childNotHeard, correction.childNotHeard),
      (labels.dissent, old.dissent, correction.dissent),
    ]
    for (label, previous, now) in texts where (previous ?? "") != (now ?? "") {
      let what =
        previous == nil
        ? language.pick("added", "toegevoegd")
        : now == nil
          ? language.pick("removed", "weggelaten") : language.pick("changed", "gewijzigd")
      changes.append(label + " " + what)
    }
    if changes.isEmpty {
      changes.append(language.pick("nothing in its content", "niets aan de inhoud"))
    }
    return changes
  }

  /// The lines a correction carries: what it changed (against the first
  /// decision it corrects) and why, when a reason was given.
  static func correctionLines(
    _ decision: Decision, family: Family?, input: MinutesInput
  ) -> [(label: String, text: String)] {
    guard let corrected = decision.corrects.first,
      let old = family?.decisions.first(where: { $0.id == corrected })
    else { return [] }
    let language = input.language
    var lines: [(String, String)] = [
      (
        language.pick("What changed", "Wat is veranderd"),
        changes(decision, from: old, language) {
          person($0, family: family, directory: input.directory)
        }.joined(separator: "; ") + "."
      )
    ]
    if let reason = decision.correctionReason {
      lines.append((language.pick("Why corrected", "Waarom verbeterd"), oneLine(reason)))
    }
    return lines
  }
}
