// `r`: a saved decision shown large and plain, to read it back to the family
// before they leave the table — outcome, rationale, agreements with who and
// by when, the views and any dissent. Nothing else on the screen.

import TafelCore
import TafelScreen

package final class ReadBackOverlay: ScrollingTextOverlay {
  package let familyID: String
  /// The decision to show; nil shows the family's latest.
  package let decisionID: String?

  package init(familyID: String, decisionID: String?) {
    self.familyID = familyID
    self.decisionID = decisionID
  }

  func decision(context: BoardContext) -> Decision? {
    guard let family = context.data.families[familyID] else { return nil }
    if let decisionID { return family.decision(decisionID) }
    return family.decisions.last
  }

  override func title(context: BoardContext) -> String {
    let language = context.language
    guard let decision = decision(context: context) else {
      return language.pick("Read back", "Voorlezen")
    }
    let family = context.data.families[familyID]
    let name = family.map { context.familyLabel(id: $0.id, name: $0.name) } ?? familyID
    return language.pick("Read back", "Voorlezen") + " — " + name + " · " + decision.id
  }

  override func lines(width: Int, context: BoardContext) -> [PaneLine] {
    ReadBackOverlay.lines(
      decision(context: context), family: context.data.families[familyID], width: width,
      context: context)
  }

  static func lines(_ decision: Decision?, family: Family?, width: Int, context: BoardContext)
    -> [PaneLine]
  {
    let language = context.language
    guard let decision, let family else {
      return [
        PaneLine(language.pick("No decision recorded yet.", "Nog geen besluit vastgelegd."), .dim)
      ]
    }
    guard context.mayShowNames(of: family.id) else {
      return [PaneLine(Strings(language).hidden, .dim)]
    }
    let directory = DirectoryIndex(context.data.directory)
    var lines: [PaneLine] = []
    func heading(_ text: String) {
      if !lines.isEmpty { lines.append(PaneLine("")) }
      lines.append(PaneLine(text.uppercased(), .overlayTitle))
    }
    let local = context.data.zone.local(decision.time)
    var when = "\(local.day) \(two(local.hour)):\(two(local.minute))"
    if let meeting = decision.meeting { when += " · " + meeting }
    lines.append(PaneLine(when, .dim))
    if !decision.corrects.isEmpty {
      let all = ChainWords.list(decision.corrects, language)
      lines.append(PaneLine(language.pick("Corrects \(all)", "Verbetert \(all)"), .warning))
    }
    if let correction = family.correction(of: decision.id) {
      lines.append(
        PaneLine(
          language.pick(
            "Corrected later by \(correction.id)", "Later verbeterd door \(correction.id)"),
          .superseded))
    }

    heading(language.pick("Outcome", "Uitkomst"))
    var outcome = decision.outcome.label(language)
    if let text = decision.outcomeText {
      outcome += decision.outcome == .other ? ": \(text)" : " — \(text)"
    }
    lines += ScrollingTextOverlay.paragraph(outcome, width: width, role: .normal)
    if let deadline = decision.deadline {
      lines.append(
        PaneLine("  " + language.pick("Deadline: ", "Termijn: ") + "\(deadline)", .normal))
    }
    // The table asked; what the RvdK decided is its own fact, beside it.
    if let answer = Minutes.rvdkAnswer(to: decision, in: family, language) {
      heading(language.pick("The RvdK's decision", "Besluit van de RvdK"))
      lines += ScrollingTextOverlay.paragraph(answer, width: width, role: .normal)
    }

    heading(language.pick("Rationale", "Onderbouwing"))
    lines += ScrollingTextOverlay.paragraph(decision.rationale, width: width, role: .normal)

    heading(language.pick("Agreements", "Afspraken"))
    if decision.agreements.isEmpty {
      lines.append(PaneLine("  " + language.pick("none", "geen"), .dim))
    }
    for (index, agreement) in decision.agreements.enumerated() {
      let owner =
        agreement.owner.isEmpty
        ? language.pick("nobody yet", "nog niemand")
        : directory.nameWithOrganisation(agreement.owner)
      let due =
        agreement.due.map { language.pick("by \($0)", "uiterlijk \($0)") }
        ?? language.pick("no date", "geen datum")
      let number = "\(index + 1). "
      let body = ScrollingTextOverlay.paragraph(
        agreement.what, width: width, indent: 2 + number.count, role: .normal)
      for (row, line) in body.enumerated() {
        lines.append(
          row == 0 ? PaneLine("  " + number + line.text.dropFirst(2 + number.count), .normal) : line
        )
      }
      lines.append(
        PaneLine(String(repeating: " ", count: 2 + number.count) + "→ \(owner), \(due)", .normal))
    }

    func view(_ title: String, _ text: String?) {
      guard let text, !text.isEmpty else { return }
      heading(title)
      lines += ScrollingTextOverlay.paragraph(text, width: width, role: .normal)
    }
    view(language.pick("Parents' view", "Visie ouders"), decision.parentsView)
    view(language.pick("Child's view", "Visie kind"), decision.childView)
    view(
      language.pick("Child not heard, because", "Kind niet gehoord, omdat"), decision.childNotHeard)
    view(language.pick("Dissent", "Afwijkende mening"), decision.dissent)
    if !decision.present.isEmpty {
      heading(language.pick("Present", "Aanwezig"))
      lines += ScrollingTextOverlay.paragraph(
        decision.present.joined(separator: ", "), width: width, role: .normal)
    }
    return lines
  }
}
