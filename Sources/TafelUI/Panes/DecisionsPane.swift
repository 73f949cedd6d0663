// The decision log pane, newest first: time, outcome, the first line of the
// rationale and the agreements. A superseded decision is dimmed, crossed
// with "✗" and points to its correction; a correction names what it corrects.

import TafelCore
import TafelScreen

enum DecisionsPane {
  static func lines(_ input: PaneInput) -> [PaneLine] {
    let strings = input.strings
    let family = input.family
    let decisions = family.decisions.sorted { ($0.time, $0.id) > ($1.time, $1.id) }
    guard !decisions.isEmpty else { return [PaneLine(strings.noDecisions, .dim)] }
    var lines: [PaneLine] = []
    let corrections = family.corrections
    for decision in decisions {
      let correction = corrections[decision.id]
      let superseded = correction != nil
      let base: StyleRole = superseded ? .superseded : .normal
      let local = input.zone.local(decision.time)
      let when = "\(local.day) \(two(local.hour)):\(two(local.minute))"
      var outcome = strings.outcome(decision.outcome)
      if let text = decision.outcomeText, !text.isEmpty { outcome += ": " + input.personal(text) }
      var head = [
        Span(superseded ? "✗ " : "● ", superseded ? .superseded : .marker),
        Span(when + " ", .dim),
        Span(shortID(decision.id, family: family.id) + " ", .dim),
        Span(outcome, superseded ? .superseded : .title),
      ]
      if let deadline = decision.deadline {
        head.append(Span(" · \(strings.deadline) \(deadline)", .dim))
      }
      lines.append(PaneLine(head, item: decision.id))
      // The table asked; the RvdK decides: its answer stands beside the conclusion.
      // Worked out only for a request (the pane is drawn with every frame).
      if decision.outcome == .investigation, !superseded,
        let request = family.rvdkRequest(of: decision.id)
      {
        let answer = request.answer
        var spans = [Span("  ⇢ " + strings.rvdkDecision(answer?.kind, on: answer?.date), .dim)]
        // Labelled, so the table's rationale below is not read as the RvdK's.
        if let reason = answer?.rvdk?.reason {
          spans.append(Span(" — " + strings.rvdkReason + ": " + input.personal(reason), .dim))
        } else if let conditions = answer?.rvdk?.conditions {
          spans.append(
            Span(" — " + strings.rvdkConditions + ": " + input.personal(conditions), .dim))
        }
        lines.append(PaneLine(spans, item: decision.id))
      }
      if let correction {
        lines.append(
          PaneLine(
            [
              Span("  → ", .marker),
              Span(strings.correctedBy(shortID(correction.id, family: family.id)), .marker),
            ],
            item: decision.id))
      }
      if let corrected = decision.supersedes {
        lines.append(
          PaneLine(
            [Span("  ↺ " + strings.corrects(shortID(corrected, family: family.id)), .dim)],
            item: decision.id))
      }
      // The whole rationale, a line per paragraph (it wraps while the pane
      // has room): the second paragraph is often what the table asks.
      let paragraphs = decision.rationale.split(separator: "\n", omittingEmptySubsequences: true)
      for paragraph in paragraphs where !paragraph.trimmingCharacters(in: .whitespaces).isEmpty {
        lines.append(PaneLine("  " + input.personal(String(paragraph)), base, item: decision.id))
        if !input.showNames { break }
      }
      for agreement in decision.agreements {
        var spans = [Span("  • " + input.personal(agreement.what), base)]
        let owner =
          agreement.owner.isEmpty ? strings.noOwner : PlanPane.ownerName(agreement.owner, input)
        spans.append(Span(" — " + owner, agreement.owner.isEmpty && !superseded ? .warning : .dim))
        if let due = agreement.due { spans.append(Span(" · " + due.description, .dim)) }
        lines.append(PaneLine(spans, item: decision.id))
      }
    }
    return lines
  }

  /// "D003" for "FV-2026-0042-D003".
  static func shortID(_ id: String, family: String) -> String {
    Decision.shortID(id, family: family)
  }
}
