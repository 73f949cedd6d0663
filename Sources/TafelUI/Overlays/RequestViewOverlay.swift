// `v`: the family's request for discussion (verzoek tot bespreking). Parents
// speak first at the table and the chair opens from this: who asks, why,
// what was tried, and how the parents reacted to the request.

import TafelCore
import TafelScreen

package final class RequestViewOverlay: ScrollingTextOverlay {
  package let familyID: String

  package init(familyID: String) { self.familyID = familyID }

  override func title(context: BoardContext) -> String {
    let family = context.data.families[familyID]
    let name = family.map { context.familyLabel(id: $0.id, name: $0.name) } ?? familyID
    return context.language.pick("Request for discussion", "Verzoek tot bespreking") + " — " + name
  }

  override func lines(width: Int, context: BoardContext) -> [PaneLine] {
    RequestViewOverlay.lines(context.data.families[familyID], width: width, context: context)
  }

  static func lines(_ family: Family?, width: Int, context: BoardContext) -> [PaneLine] {
    let language = context.language
    guard let family, let request = family.request else {
      let none = PaneLine(
        language.pick(
          "This family has no request for discussion on file.",
          "Er is geen verzoek tot bespreking voor dit gezin."), .dim)
      guard let family, context.mayShowNames(of: family.id) else { return [none] }
      return [none] + agreementLines(family, width: width, context: context)
    }
    guard context.mayShowNames(of: family.id) else {
      return [PaneLine(Strings(language).hidden, .dim)]
    }
    let directory = DirectoryIndex(context.data.directory)
    let days = request.date.days(until: context.data.today)
    var lines: [PaneLine] = [
      PaneLine(
        [
          Span(language.pick("Asked by ", "Aangevraagd door "), .dim),
          Span(directory.nameWithOrganisation(request.from), .normal),
          Span(
            language.pick(
              " on \(request.date) (\(days) days ago)",
              " op \(request.date) (\(days) dagen geleden)"),
            .dim),
        ])
    ]
    // A case adjourned at an earlier meeting says where from and why, first.
    if let item = context.data.meeting?.items.first(where: { $0.family == family.id }),
      let source = item.carriedFrom
    {
      lines.append(PaneLine(""))
      lines += ScrollingTextOverlay.paragraph(
        language.pick("Carried over from \(source)", "Overgenomen van \(source)")
          + (item.carriedReason.map { ": " + $0 } ?? ""), width: width, role: .warning)
    }
    let sections: [(String, String)] = [
      (language.pick("Why", "Waarom"), request.reason),
      (language.pick("What was tried", "Wat is geprobeerd"), request.tried),
      (language.pick("The parents' reaction", "De reactie van de ouders"), request.parentsReaction),
    ]
    for (title, text) in sections {
      lines.append(PaneLine(""))
      lines.append(PaneLine(title.uppercased(), .overlayTitle))
      lines += ScrollingTextOverlay.paragraph(
        text.isEmpty ? "—" : text, width: width, role: .normal)
    }
    let children = family.childrenToHear(on: context.data.today)
    if !children.isEmpty {
      lines.append(PaneLine(""))
      let names = children.map { child in
        "\(child.name) (\(child.age(on: context.data.today) ?? 0))"
      }.joined(separator: ", ")
      lines.append(
        PaneLine(
          language.pick(
            "To be heard at the table (12 or older): \(names)",
            "Te horen aan tafel (12 of ouder): \(names)"), .warning))
    }
    return lines + agreementLines(family, width: width, context: context)
  }

  /// The agreements of earlier meetings the table reviews on this case,
  /// each with the status reported (the minutes list the same).
  static func agreementLines(_ family: Family, width: Int, context: BoardContext) -> [PaneLine] {
    let language = context.language
    let day = context.data.meeting?.date ?? context.data.today
    let items = family.agreementsToReview(on: day)
    guard !items.isEmpty else { return [] }
    let directory = DirectoryIndex(context.data.directory)
    var lines = [
      PaneLine(""),
      PaneLine(
        language.pick("Agreements from earlier meetings", "Afspraken uit eerdere besprekingen")
          .uppercased(), .overlayTitle),
    ]
    for item in items {
      let owner =
        item.agreement.owner.isEmpty
        ? Strings(language).noOwner : directory.nameWithOrganisation(item.agreement.owner)
      lines += ScrollingTextOverlay.paragraph(
        "\(item.shortID) \(item.agreement.what) — \(owner)"
          + (item.agreement.due.map { " · \($0)" } ?? ""), width: width, role: .normal)
      let status = MinutesWords.agreementStatus(item, language) {
        directory.nameWithOrganisation($0)
      }
      lines += ScrollingTextOverlay.paragraph(
        "  " + status, width: width, role: item.isOpen ? .warning : .dim)
    }
    return lines
  }
}
