// The family plan pane: the one director (or a plain warning when there is
// none or more than one), the consent to share at the table, concerns, strengths, goals, actions with owner and
// due date (overdue ones marked), and the safety agreements.

import TafelCore
import TafelScreen

enum PlanPane {
  static func lines(_ input: PaneInput) -> [PaneLine] {
    let family = input.family
    let strings = input.strings
    let plan = family.plan
    var lines: [PaneLine] = []

    let directors = PlanPane.directors(of: family, on: input.today)
    if directors.isEmpty {
      lines.append(
        PaneLine([Span("! ", .warning), Span(strings.noDirector, .warning)], item: "director"))
    } else if directors.count > 1 {
      let names = directors.map { input.directory.nameWithOrganisation($0) }.joined(separator: ", ")
      lines.append(
        PaneLine(
          [Span("! ", .warning), Span(strings.severalDirectors(names), .warning)], item: "director")
      )
    } else {
      lines.append(
        PaneLine(
          [
            Span(strings.director + ": ", .dim),
            Span(input.directory.nameWithOrganisation(directors[0])),
          ],
          item: "director"))
    }

    // The consent to share at the table that holds today (its absence is signal P).
    if let consent = family.consents(on: input.today).last {
      lines.append(
        PaneLine(
          [
            Span(strings.consent + ": ", .dim),
            Span(input.personal("\(consent.givenBy) · \(consent.date) · \(consent.scope)")),
          ],
          item: "consent"))
    }

    let heading = lines.count
    func section(_ title: String, _ entries: [String], item: String) {
      guard !entries.isEmpty else { return }
      lines.append(PaneLine(title, .title, item: item))
      for (index, entry) in entries.enumerated() {
        lines.append(PaneLine("• " + input.personal(entry), item: "\(item)\(index)"))
      }
    }
    section(strings.concerns, plan.concerns, item: "concern")
    section(strings.strengths, plan.strengths, item: "strength")
    section(strings.goals, plan.goals, item: "goal")

    if !plan.actions.isEmpty {
      lines.append(PaneLine(strings.actions, .title, item: "actions"))
      let ordered =
        plan.actions.filter { $0.status == .open } + plan.actions.filter { $0.status != .open }
      for action in ordered { lines.append(actionLine(action, input)) }
    }
    section(strings.safetyAgreements, plan.safetyAgreements, item: "safety")
    if lines.count == heading && plan.concerns.isEmpty && plan.actions.isEmpty {
      lines.append(PaneLine(strings.noPlan, .dim))
    }
    return lines
  }

  /// The professionals holding direction on a day (the same rule as the direction signal).
  static func directors(of family: Family, on day: Day) -> [String] {
    Directors.on(day, in: family)
  }

  private static func actionLine(_ action: PlanAction, _ input: PaneInput) -> PaneLine {
    let strings = input.strings
    var spans: [Span] = []
    let overdue = action.isOverdue(on: input.today)
    switch action.status {
    case .open: spans.append(Span(overdue ? "! " : "• ", overdue ? .warning : .normal))
    case .done: spans.append(Span("✓ ", .dim))
    case .cancelled: spans.append(Span("✗ ", .dim))
    }
    let textRole: StyleRole = action.status == .open ? .normal : .dim
    spans.append(Span(input.personal(action.what), textRole))
    let owner =
      action.owner.isEmpty ? strings.noOwner : ownerName(action.owner, input)
    spans.append(
      Span(" — " + owner, action.owner.isEmpty && action.status == .open ? .warning : .dim))
    if let due = action.due {
      spans.append(Span(" · " + due.description, overdue ? .warning : .dim))
    } else if action.status == .open {
      // Said, so that a missing date is not read as one cut off.
      spans.append(Span(" · " + strings.noDate, .dim))
    }
    if overdue { spans.append(Span(" " + strings.overdue.uppercased(), .warning)) }
    if action.status == .done { spans.append(Span(" (" + strings.done + ")", .dim)) }
    if action.status == .cancelled { spans.append(Span(" (" + strings.cancelled + ")", .dim)) }
    return PaneLine(spans, item: action.id)
  }

  /// An owner is a professional id, a member id or a name as typed.
  static func ownerName(_ owner: String, _ input: PaneInput) -> String {
    if input.directory.lookup.professional(owner) != nil {
      return input.directory.nameWithOrganisation(owner)
    }
    if input.family.member(owner) != nil { return input.memberName(owner) }
    return input.showNames ? owner : Privacy.initials(of: owner)
  }
}
