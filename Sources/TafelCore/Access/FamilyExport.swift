// Everything the store holds about one family, as one document for an
// access request (AVG art. 15): the people, consent, the plan, who is
// involved, the risk assessments, the chain history, every decision with its
// corrections, the family's part of each meeting's minutes, the change
// records, kept conflicts, and who looked at the file (the access log).

import Foundation

public struct FamilyExportInput: Sendable {
  public var family: Family
  /// The meetings whose agenda has this family.
  public var meetings: [Meeting]
  public var directory: Directory
  public var access: [AccessEntry]
  public var region: String
  public var language: Language
  public var zone: TimeZoneRule
  public var made: Timestamp

  public init(
    family: Family, meetings: [Meeting], directory: Directory, access: [AccessEntry],
    region: String, language: Language, zone: TimeZoneRule, made: Timestamp
  ) {
    self.family = family
    self.meetings = meetings
    self.directory = directory
    self.access = access
    self.region = region
    self.language = language
    self.zone = zone
    self.made = made
  }
}

/// The export as JSON: the family file as stored, the meetings' items for
/// it, and the access log — nothing left out, nothing added.
public struct FamilyExportJSON: Codable, Sendable {
  public var made: Timestamp
  public var family: Family
  public var meetings: [FamilyExportMeeting]
  public var access: [AccessEntry]
}

public struct FamilyExportMeeting: Codable, Sendable {
  public var id: String
  public var date: Day
  public var chair: String
  public var secretary: String
  public var item: AgendaItem
}

public enum FamilyExport {
  public static func json(_ input: FamilyExportInput) -> FamilyExportJSON {
    FamilyExportJSON(
      made: input.made, family: input.family,
      meetings: input.meetings.compactMap { meeting in
        meeting.items.first { $0.family == input.family.id }.map {
          FamilyExportMeeting(
            id: meeting.id, date: meeting.date, chair: meeting.chair,
            secretary: meeting.secretary, item: $0)
        }
      }, access: input.access)
  }

  struct Section {
    var title: String
    var lines: [String]
    /// A section with a shape of its own (the route, the minutes), written
    /// by its own renderer for each format instead of `lines`.
    var markdown: [String]? = nil
    var html: [String]? = nil
  }

  static func sections(_ input: FamilyExportInput) -> [Section] {
    let l = input.language
    let f = input.family
    let lookup = DirectoryLookup(input.directory)
    func person(_ id: String) -> String {
      guard let professional = lookup.professional(id) else { return id }
      let organisation = lookup.organisation(professional.organisation)?.name ?? ""
      return professional.name + (organisation.isEmpty ? "" : " (\(organisation))")
    }
    func day(_ moment: Timestamp) -> String { input.zone.local(moment).dayAndClock }
    /// A professional's or organisation's id by name; other text as it is.
    func who(_ text: String) -> String {
      if lookup.professional(text) != nil { return person(text) }
      return lookup.organisation(text)?.name ?? text
    }
    func subject(_ id: String) -> String {
      if id == "household" { return l.pick("the household", "het gezin") }
      return f.members.first { $0.id == id }?.name ?? id
    }
    var sections: [Section] = []
    sections.append(
      Section(
        title: l.pick("The family", "Het gezin"),
        lines: [
          "\(f.name) · \(f.id) · \(f.municipality) · " + l.pick("phase: ", "fase: ")
            + ChainWords.phase(f.phase, l)
        ]
          + f.members.map { member in
            let role: String
            switch member.role {
            case .child: role = l.pick("child", "kind")
            case .parent: role = l.pick("parent", "ouder")
            case .caregiver: role = l.pick("caregiver", "verzorger")
            }
            var text = member.name + " — " + role
            if let born = member.birthDate {
              text += l.pick(", born ", ", geboren ") + born.description
            }
            if let custody = member.custody {
              text +=
                custody
                ? l.pick(", has custody", ", met gezag") : l.pick(", no custody", ", zonder gezag")
            }
            return text
          }))
    sections.append(
      Section(
        title: l.pick("Consent to share at the table", "Toestemming om te delen aan tafel"),
        lines: f.consent.isEmpty
          ? [l.pick("No consent is recorded.", "Er is geen toestemming vastgelegd.")]
          : f.consent.map { consent in
            "\(consent.date) · \(consent.givenBy) · \(consent.scope)"
              + (consent.withdrawn.map {
                l.pick(" · withdrawn ", " · ingetrokken ") + $0.description
              }
                ?? "")
          }))
    var plan: [String] = []
    if let director = f.plan.director {
      plan.append(l.pick("Director: ", "Regisseur: ") + person(director))
    }
    plan += f.plan.concerns.map { l.pick("Concern: ", "Zorg: ") + $0 }
    plan += f.plan.strengths.map { l.pick("Strength: ", "Kracht: ") + $0 }
    plan += f.plan.goals.map { l.pick("Goal: ", "Doel: ") + $0 }
    plan += f.plan.actions.map { action in
      var text = l.pick("Action: ", "Actie: ") + action.what
      if !action.owner.isEmpty { text += " — " + who(action.owner) }
      if let due = action.due { text += " · " + due.description }
      return text + " · " + ChainWords.actionStatus(action.status, l)
    }
    plan += f.plan.safetyAgreements.map {
      l.pick("Safety agreement: ", "Veiligheidsafspraak: ") + $0
    }
    sections.append(Section(title: l.pick("The family plan", "Het gezinsplan"), lines: plan))
    if let request = f.request {
      sections.append(
        Section(
          title: l.pick("The request for discussion", "Het verzoek om bespreking"),
          lines: [
            l.pick("From ", "Van ") + who(request.from)
              + l.pick(", on ", ", op ") + request.date.description,
            l.pick("Why: ", "Waarom: ") + request.reason,
            l.pick("Tried already: ", "Al geprobeerd: ") + request.tried,
            l.pick("What the parents say: ", "Wat de ouders zeggen: ") + request.parentsReaction,
          ]))
    }
    sections.append(
      Section(
        title: l.pick("Who is involved", "Wie er betrokken is"),
        lines: f.involvements.map { involvement in
          person(involvement.professional) + " · "
            + involvement.functions.map { ChainWords.function($0, l) }.joined(separator: ", ")
            + " · \(involvement.from)–" + (involvement.to?.description ?? "")
        }))
    sections.append(
      Section(
        title: l.pick("Risk assessments", "Risicotaxaties"),
        lines: f.assessments.map { assessment in
          var text =
            "\(assessment.date) · \(assessment.instrument.displayName) · "
            + (lookup.organisation(assessment.organisation)?.name ?? assessment.organisation)
            + " · " + subject(assessment.subject)
          if let safety = assessment.safetyNow { text += " · " + ChainWords.safety(safety, l) }
          if let risk = assessment.futureRisk { text += " · " + ChainWords.risk(risk, l) }
          return text
        }))
    sections.append(
      Section(
        title: l.pick("Decisions of the table", "Besluiten van de tafel"),
        lines: f.decisions.map { decision in
          var text =
            "\(decision.id) · \(day(decision.time)) · "
            + MinutesWords.outcome(decision.outcome, l)
          if let meeting = decision.meeting { text += " · " + meeting }
          text += " — " + decision.rationale.replacingOccurrences(of: "\n", with: " ")
          if let corrected = decision.supersedes {
            text += l.pick(" (corrects ", " (corrigeert ") + corrected + ")"
          }
          if let correction = f.correction(of: decision.id) {
            text += l.pick(" (corrected by ", " (gecorrigeerd door ") + correction.id + ")"
          }
          for agreement in decision.agreements {
            text += " · " + l.pick("agreement: ", "afspraak: ") + agreement.what
          }
          if let view = decision.parentsView {
            text += " · " + l.pick("parents: ", "ouders: ") + view
          }
          if let view = decision.childView { text += " · " + l.pick("child: ", "kind: ") + view }
          if let dissent = decision.dissent {
            text += " · " + l.pick("dissent: ", "afwijkend: ") + dissent
          }
          return text
        }))
    // The route's tables read as tables in Markdown; in HTML the aligned
    // text is kept in a fixed-width block, as `tafel history` prints it.
    let timeline = Timeline.build(family: f, directory: input.directory)
    sections.append(
      Section(
        title: l.pick("Route through the chain", "Route door de keten"), lines: [],
        markdown: timeline.markdown(language: l, titled: false, deeper: 1)
          .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(),
        html: ["<pre>\(Minutes.escape(timeline.text(language: l)))</pre>"]))
    for meeting in input.meetings where meeting.items.contains(where: { $0.family == f.id }) {
      let minutes = MinutesInput(
        meeting: meeting, families: [f.id: f], directory: input.directory, region: input.region,
        onlyFamily: f.id, language: l, zone: input.zone)
      sections.append(
        Section(
          title: l.pick("Minutes of ", "Verslag van ") + meeting.id, lines: [],
          markdown: Minutes.familyPartMarkdown(minutes, deeper: 1),
          html: Minutes.familyPartHTML(minutes, deeper: 1)))
    }
    sections.append(
      Section(
        title: l.pick("Changes to the file", "Wijzigingen in het dossier"),
        lines: f.changes.map { "\(day($0.at)) · \($0.by) · " + ChangeWords.text($0.what, l) }))
    if let conflicts = f.conflicts, !conflicts.isEmpty {
      sections.append(
        Section(
          title: l.pick("Values not yet settled", "Nog niet beslechte waarden"),
          lines: conflicts.map {
            $0.line(subject: f.id, zone: input.zone, language: l, command: false)
          }))
    }
    sections.append(
      Section(
        title: l.pick("Who looked at the file", "Wie het dossier heeft ingezien"),
        lines: AccessLogText.rows(input.access, lookup: lookup, language: l, zone: input.zone).map {
          "\($0.when) · \($0.who) · \($0.what)"
        }))
    return sections
  }

  static func title(_ input: FamilyExportInput) -> String {
    input.language.pick("What is held about ", "Wat er is vastgelegd over ")
      + "\(input.family.name) (\(input.family.id))"
  }

  public static func markdown(_ input: FamilyExportInput) -> String {
    let l = input.language
    var lines = [
      "# " + MarkdownText.inline(title(input)), "",
      MarkdownText.line(
        l.pick("Made ", "Gemaakt ") + input.zone.local(input.made).day.description
          + l.pick(" from the store of the table of ", " uit de gegevens van de tafel ")
          + input.region + "."),
      "",
    ]
    for section in sections(input) {
      lines += ["## " + MarkdownText.inline(section.title), ""]
      if let own = section.markdown {
        lines += own + [""]
        continue
      }
      if section.lines.isEmpty {
        lines.append(l.pick("_Nothing recorded._", "_Niets vastgelegd._"))
      }
      lines += section.lines.map { "- " + MarkdownText.inline($0) }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  public static func html(_ input: FamilyExportInput) -> String {
    let l = input.language
    let e = Minutes.escape
    var lines = [
      "<!DOCTYPE html>", "<html lang=\"\(l.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>\(e(title(input)))</title>",
      // The minutes' own look (A4, decisions set off), so their part reads as in the minutes.
      "<style>", Minutes.style, "pre { font-size: 9pt; white-space: pre-wrap; }", "</style>",
      "</head>", "<body>", "<h1>\(e(title(input)))</h1>",
    ]
    for section in sections(input) {
      lines.append("<h2>\(e(section.title))</h2>")
      if let own = section.html {
        lines += own
        continue
      }
      if section.lines.isEmpty {
        lines.append("<p>\(e(l.pick("Nothing recorded.", "Niets vastgelegd.")))</p>")
        continue
      }
      lines.append("<ul>")
      lines += section.lines.map { "<li>\(e($0))</li>" }
      lines.append("</ul>")
    }
    lines += ["</body>", "</html>", ""]
    return lines.joined(separator: "\n")
  }
}
