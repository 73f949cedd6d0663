// The family plan pane: the one director or duo (or a plain warning when
// there is none or more than one), who holds the child's safety and any
// handover waiting, consent per person (or the basis the route rests on),
// concerns, strengths, goals, actions with owner and due date (overdue ones
// marked), and the safety agreements.

import TafelCore
import TafelScreen

enum PlanPane {
  static func lines(_ input: PaneInput) -> [PaneLine] {
    let family = input.family
    let strings = input.strings
    let plan = family.plan
    var lines: [PaneLine] = []

    // One direction per family: a duo of a local professional and a
    // regional safety team is one.
    let directions = PlanPane.directions(of: family, on: input.today, input.directory)
    func names(_ direction: [String]) -> String {
      direction.map { input.directory.nameWithOrganisation($0) }.joined(separator: " + ")
        + (direction.count > 1 ? " (" + strings.duo + ")" : "")
    }
    if directions.isEmpty {
      lines.append(
        PaneLine([Span("! ", .warning), Span(strings.noDirector, .warning)], item: "director"))
    } else if directions.count > 1 {
      lines.append(
        PaneLine(
          [
            Span("! ", .warning),
            Span(strings.severalDirectors(directions.map(names).joined(separator: ", ")), .warning),
          ], item: "director"))
    } else if directions[0].count > 1 {
      // A duo on two rows, so a narrow pane that cuts a row keeps both names.
      let duo = directions[0]
      lines.append(
        PaneLine(
          [
            Span(strings.director + " (" + strings.duo + "): ", .dim),
            Span(input.directory.nameWithOrganisation(duo[0])),
          ], item: "director"))
      for partner in duo.dropFirst() {
        lines.append(
          PaneLine(
            [Span("  + ", .dim), Span(input.directory.nameWithOrganisation(partner))],
            item: "director-duo"))
      }
    } else {
      lines.append(
        PaneLine(
          [Span(strings.director + ": ", .dim), Span(names(directions[0]))], item: "director"))
    }

    // Who holds the child's safety now, beside who directs the help.
    let safetyMissing =
      Signals.safetyPhases.contains(family.phase) && family.safetyHolder(on: input.today) == nil
    if let holder = family.safetyHolder(on: input.today) {
      var text =
        holder.professional.map { input.directory.nameWithOrganisation($0) }
        ?? input.directory.organisationName(holder.organisation)
      if let from = holder.from { text += " · " + strings.since(from.description) }
      lines.append(
        PaneLine([Span(strings.safety + ": ", .dim), Span(text)], item: "safety-holder"))
      for (index, agreement) in (holder.agreements ?? []).enumerated() {
        lines.append(
          PaneLine(
            [Span("  " + strings.whileWaiting + ": ", .dim), Span(input.personal(agreement))],
            item: "safety-holder\(index)"))
      }
    } else if safetyMissing {
      lines.append(
        PaneLine(
          [Span("! ", .warning), Span(strings.noSafetyHolder, .warning)], item: "safety-holder"))
    }
    if let offer = family.openSafetyOffer {
      lines.append(
        PaneLine(
          [
            Span("  → ", .dim),
            Span(
              strings.handoverOffered(
                input.directory.organisationName(offer.organisation),
                offer.offeredOn?.description ?? ""), .warning),
          ], item: "safety-offer"))
    }

    // Consent per person where the route rests on consent (its absence is
    // signal P); otherwise the basis the route rests on.
    let basis = LegalBasis.of(family.phase)
    if basis == .consent {
      let needed = ConsentRules.needed(in: family, on: input.today)
      if needed.isEmpty {
        if let consent = family.consents(on: input.today).last {
          lines.append(
            PaneLine(
              [
                Span(strings.consent + ": ", .dim),
                Span(input.personal("\(consent.givenBy) · \(consent.date) · \(consent.scope)")),
              ],
              item: "consent"))
        }
      } else {
        var spans = [Span(strings.consent + ": ", .dim)]
        for (index, person) in needed.enumerated() {
          let holds = ConsentRules.holds(for: person.member, in: family, on: input.today)
          if index > 0 { spans.append(Span(" · ", .dim)) }
          spans.append(
            Span(
              input.memberName(person.member.id) + (holds ? " ✓" : " ✗"),
              holds ? .normal : .warning))
        }
        lines.append(PaneLine(spans, item: "consent"))
      }
    } else if basis != .none {
      lines.append(
        PaneLine(
          [Span(strings.basis + ": ", .dim), Span(basis.words(input.strings.language))],
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
      // Each action an agreement became, with the agreement's latest review.
      var reviews: [String: AgreementReview] = [:]
      if family.agreementReviews != nil {
        for item in family.agreementItems() {
          if let action = item.action, let review = item.review { reviews[action] = review }
        }
      }
      for action in ordered {
        lines.append(actionLine(action, review: reviews[action.id], input))
      }
    }
    section(strings.safetyAgreements, plan.safetyAgreements, item: "safety")
    if lines.count == heading && plan.concerns.isEmpty && plan.actions.isEmpty {
      lines.append(PaneLine(strings.noPlan, .dim))
    }
    return lines
  }

  /// The directions on a day, a duo as one (the same rule as the direction signal).
  static func directions(of family: Family, on day: Day, _ directory: DirectoryIndex)
    -> [[String]]
  {
    Directors.directions(on: day, in: family, lookup: directory.lookup)
  }

  private static func actionLine(
    _ action: PlanAction, review: AgreementReview?, _ input: PaneInput
  ) -> PaneLine {
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
    // The review says why: not possible (circumstances changed), or not done by its owner.
    switch review?.status {
    case .notPossible?: spans.append(Span(" (" + strings.notPossible + ")", .dim))
    case .notDone?: spans.append(Span(" (" + strings.notDone + ")", .warning))
    default:
      if action.status == .done { spans.append(Span(" (" + strings.done + ")", .dim)) }
      if action.status == .cancelled {
        spans.append(Span(" (" + strings.cancelled + ")", .dim))
      }
    }
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
