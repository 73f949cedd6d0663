// Everything the store holds about one family, as one document for an
// access request (AVG art. 15): the people, consent, the plan, who is
// involved, the risk assessments, the chain history, every decision with its
// corrections, the family's part of each meeting's minutes, the change
// records, kept conflicts, and who looked at the file (the access log).

import Foundation

package struct FamilyExportInput: Sendable {
  package var family: Family
  /// The meetings whose agenda has this family.
  package var meetings: [Meeting]
  package var directory: Directory
  package var access: [AccessEntry]
  package var region: String
  package var language: Language
  package var zone: TimeZoneRule
  package var made: Timestamp
  /// The store's people, where it lists them (who is named with role and organisation).
  package var people: People?

  package init(
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
package struct FamilyExportJSON: Codable, Sendable {
  package var made: Timestamp
  package var family: Family
  package var meetings: [FamilyExportMeeting]
  package var access: [AccessEntry]
}

package struct FamilyExportMeeting: Codable, Sendable {
  package var id: String
  package var date: Day
  package var chair: String
  package var secretary: String
  package var item: AgendaItem
}

package enum FamilyExport {
  package static func json(_ input: FamilyExportInput) -> FamilyExportJSON {
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
    /// Lines under a line (an assessment's scores), by the line's index.
    var details: [Int: [String]] = [:]
  }

  /// The sections of a family's copy, in the order the family reads them.
  static func sections(_ input: FamilyExportInput) -> [Section] {
    let build = ExportSections(input)
    var sections = [build.family(), build.consent()]
    sections += build.safety()
    sections.append(build.plan())
    sections += build.requests()
    sections += [build.involved(), build.assessments(), build.decisions(), build.route()]
    sections += build.minutes()
    sections.append(build.changes())
    sections += build.conflicts()
    sections.append(build.access())
    sections += build.words(in: sections)
    return sections
  }

  /// One builder per section of the copy, sharing how people, days and
  /// unsettled values are said.
  private struct ExportSections {
    let input: FamilyExportInput
    let l: Language
    let f: Family
    let lookup: DirectoryLookup

    init(_ input: FamilyExportInput) {
      self.input = input
      l = input.language
      f = input.family
      var lookup = DirectoryLookup(input.directory)
      lookup.people = input.people
      self.lookup = lookup
    }

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

    /// Said beside a value two replicas changed differently: it is not settled.
    func unsettled(_ field: String) -> String {
      guard f.conflicts?.contains(where: { $0.id == field }) == true else { return "" }
      return l.pick(
        " (two values after a sync, not yet settled: see below)",
        " (twee waarden na synchronisatie, nog niet beslist: zie onder)")
    }

    func subject(_ id: String) -> String {
      if id == "household" { return l.pick("the household", "het gezin") }
      return f.members.first { $0.id == id }?.name ?? id
    }

    func family() -> Section {
      Section(
        title: l.pick("The family", "Het gezin"),
        lines: [
          "\(f.name) · \(f.id) · \(f.municipality) · " + l.pick("phase: ", "fase: ")
            + ChainWords.phase(f.phase, l) + unsettled("phase")
        ]
          + (f.archived.map { record in
            [
              l.pick("File closed (archived) ", "Dossier gesloten (gearchiveerd) ")
                + day(record.at) + l.pick(" by ", " door ") + record.by
                + l.pick(
                  "; kept read-only for the retention period",
                  "; alleen-lezen bewaard voor de bewaartermijn")
            ]
          } ?? [])
          + f.members.map { member in
            var text = member.name + " — " + MinutesWords.memberRole(member.role, l)
            if let born = member.birthDate {
              text += l.pick(", born ", ", geboren ") + born.description
            }
            if let custody = member.custody {
              text +=
                custody
                ? l.pick(", has custody", ", met gezag") : l.pick(", no custody", ", zonder gezag")
            }
            return text
          })
    }

    func consent() -> Section {
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
          })
    }

    /// The same words as the history's section on who held the child's safety.
    func safety() -> [Section] {
      let safety =
        f.safety == nil ? [] : Timeline.build(family: f, directory: input.directory).safetyLines(l)
      guard !safety.isEmpty else { return [] }
      return [
        Section(
          title: l.pick(
            "Who holds the child's safety", "Wie zicht heeft op de veiligheid van het kind"),
          lines: safety)
      ]
    }

    func plan() -> Section {
      var plan: [String] = []
      if let director = f.plan.director {
        plan.append(
          l.pick("Director: ", "Regisseur: ") + person(director) + unsettled("plan.director"))
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
      return Section(title: l.pick("The family plan", "Het gezinsplan"), lines: plan)
    }

    /// The request for discussion, then the earlier ones.
    func requests() -> [Section] {
      var sections: [Section] = []
      if let request = f.request {
        sections.append(
          Section(
            title: l.pick("The request for discussion", "Het verzoek om bespreking"),
            lines: [
              l.pick("From ", "Van ") + who(request.from) + unsettled("request.from")
                + l.pick(", on ", ", op ") + request.date.description + unsettled("request.date"),
              l.pick("Why: ", "Waarom: ") + request.reason + unsettled("request.reason"),
              l.pick("Tried already: ", "Al geprobeerd: ") + request.tried
                + unsettled("request.tried"),
              l.pick("What the parents say: ", "Wat de ouders zeggen: ") + request.parentsReaction
                + unsettled("request.parentsReaction"),
            ]))
      }
      if let earlier = f.earlierRequests, !earlier.isEmpty {
        sections.append(
          Section(
            title: l.pick("Earlier requests for discussion", "Eerdere verzoeken om bespreking"),
            lines: earlier.map { request in
              "\(request.date) · " + l.pick("from ", "van ") + who(request.from) + " · "
                + l.pick("why: ", "waarom: ") + request.reason + " · "
                + l.pick("tried already: ", "al geprobeerd: ") + request.tried + " · "
                + l.pick("what the parents said: ", "wat de ouders zeiden: ")
                + request.parentsReaction
            }))
      }
      return sections
    }

    func involved() -> Section {
      Section(
        title: l.pick("Who is involved", "Wie er betrokken is"),
        lines: f.involvements.sorted { ($0.from, $0.id) < ($1.from, $1.id) }.map { involvement in
          person(involvement.professional) + " · "
            + involvement.functions.map { ChainWords.function($0, l) }.joined(separator: ", ")
            + " · \(involvement.from)–" + (involvement.to?.description ?? "")
        })
    }

    func assessments() -> Section {
      var assessments = Section(
        title: l.pick("Risk assessments", "Risicotaxaties"),
        lines: f.assessments.map { assessment in
          var instrument = assessment.instrument.displayName
          if let version = assessment.version { instrument += " " + version }
          if let part = assessment.part { instrument += " (\(part))" }
          var text =
            "\(assessment.date) · \(instrument) · "
            + (lookup.organisation(assessment.organisation)?.name ?? assessment.organisation)
            + " · " + subject(assessment.subject)
          if let safety = assessment.safetyNow { text += " · " + ChainWords.safety(safety, l) }
          if let risk = assessment.futureRisk { text += " · " + ChainWords.risk(risk, l) }
          return text
        })
      for (index, assessment) in f.assessments.enumerated() {
        assessments.details[index] =
          [l.pick("Scored by ", "Gescoord door ") + who(assessment.rater)]
          + FamilyExport.outcomeLines(assessment.outcome, l, who: who)
      }
      return assessments
    }

    func decisions() -> Section {
      let corrections = f.corrections
      var statuses: [String: String] = [:]
      for item in f.agreementItems() where item.review != nil {
        statuses[item.id] = MinutesWords.agreementStatus(item, l) {
          Minutes.person($0, family: f, directory: input.directory)
        }
      }
      return Section(
        title: l.pick("Decisions of the table", "Besluiten van de tafel"),
        lines: f.decisions.map { decision in
          var text =
            "\(decision.id) · \(day(decision.time)) · "
            + MinutesWords.outcome(decision.outcome, l)
          if let meeting = decision.meeting { text += " · " + meeting }
          text += " — " + decision.rationale.replacingOccurrences(of: "\n", with: " ")
          // The minutes' words: "verbetert", "verbeterd door".
          if !decision.corrects.isEmpty {
            text +=
              l.pick(" (corrects ", " (verbetert ") + ChainWords.list(decision.corrects, l) + ")"
          }
          if let correction = corrections[decision.id] {
            text += l.pick(" (corrected by ", " (verbeterd door ") + correction.id + ")"
          }
          for (index, agreement) in decision.agreements.enumerated() {
            text += " · " + l.pick("agreement: ", "afspraak: ") + agreement.what
            // What became of it, as reported: the family reads it too.
            if let status = statuses[decision.agreementID(index)] { text += " (" + status + ")" }
          }
          if let view = decision.parentsView {
            text += " · " + l.pick("parents: ", "ouders: ") + view
          }
          if let view = decision.childView { text += " · " + l.pick("child: ", "kind: ") + view }
          if let dissent = decision.dissent {
            text += " · " + l.pick("dissent: ", "afwijkend: ") + dissent
          }
          return text
        })
    }

    /// The route's tables read as tables in Markdown and in HTML (where a
    /// table wraps within its cells on A4).
    func route() -> Section {
      let timeline = Timeline.build(family: f, directory: input.directory)
      return Section(
        title: l.pick("Route through the chain", "Route door de keten"), lines: [],
        markdown: timeline.markdown(language: l, titled: false, deeper: 1)
          .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(),
        html: timeline.html(language: l, deeper: 2))
    }

    /// The family's part of the minutes of every meeting that discussed it.
    func minutes() -> [Section] {
      input.meetings.filter { meeting in meeting.items.contains { $0.family == f.id } }
        .map { meeting in
          var minutes = MinutesInput(
            meeting: meeting, families: [f.id: f], directory: input.directory,
            region: input.region, onlyFamily: f.id, language: l, zone: input.zone)
          minutes.people = input.people
          return Section(
            title: l.pick("Minutes of ", "Verslag van ") + meeting.id, lines: [],
            markdown: Minutes.familyPartMarkdown(minutes, deeper: 1),
            html: Minutes.familyPartHTML(minutes, deeper: 1))
        }
    }

    func changes() -> Section {
      Section(
        title: l.pick("Changes to the file", "Wijzigingen in het dossier"),
        lines: f.changes.map { "\(day($0.at)) · \($0.by) · " + ChangeWords.text($0.what, l) })
    }

    func conflicts() -> [Section] {
      guard let conflicts = f.conflicts, !conflicts.isEmpty else { return [] }
      return [
        Section(
          title: l.pick("Values not yet settled", "Nog niet beslechte waarden"),
          lines: conflicts.map {
            $0.line(subject: f.id, zone: input.zone, language: l, command: false)
              + ($0.base.map { l.pick("; before: ", "; daarvoor: ") + MergeConflict.shown($0) }
                ?? "")
          })
      ]
    }

    func access() -> Section {
      Section(
        title: l.pick(
          "Who looked at or changed the file", "Wie het dossier heeft ingezien of gewijzigd"),
        lines: AccessLogText.rows(input.access, lookup: lookup, language: l, zone: input.zone).map {
          "\($0.when) · \($0.who) · \($0.what)"
        })
    }

    /// The chain's words `sections` use, said once in plain words.
    func words(in sections: [Section]) -> [Section] {
      let text = sections.flatMap {
        [$0.title] + $0.lines + $0.details.values.flatMap { $0 } + ($0.markdown ?? [])
      }.joined(separator: "\n")
      let words = ExportWords.used(in: text, l)
      guard !words.isEmpty else { return [] }
      return [
        Section(title: l.pick("Words in this document", "Woorden in dit overzicht"), lines: words)
      ]
    }
  }

  /// What the instrument said, in full: level, domain scores, the three
  /// columns with each rater's score, and the rater's note.
  static func outcomeLines(
    _ outcome: InstrumentOutcome, _ l: Language, who: (String) -> String
  ) -> [String] {
    var lines: [String] = []
    if let level = outcome.level { lines.append(l.pick("Level: ", "Niveau: ") + level) }
    if let domains = outcome.domains, !domains.isEmpty {
      let known = SharedScale.zrmDomains.filter { domains[$0] != nil }
      let others = domains.keys.filter { !known.contains($0) }.sorted()
      lines.append(
        l.pick(
          "Domains (1 acute problems … 5 fully self-sufficient): ",
          "Domeinen (1 acute problemen … 5 volledig zelfredzaam): ")
          + (known + others).map { "\(SharedScale.zrmDomainName($0, l)) \(domains[$0]!)" }
          .joined(separator: ", "))
    }
    if let columns = outcome.columns {
      let parts: [(String, [String])] = [
        (l.pick("Worries: ", "Zorgen: "), columns.worries),
        (l.pick("What is working: ", "Wat goed gaat: "), columns.working),
        (l.pick("What must happen: ", "Wat moet gebeuren: "), columns.next),
      ]
      for (label, items) in parts where !items.isEmpty {
        lines.append(label + items.joined(separator: "; "))
      }
      if !columns.scores.isEmpty {
        lines.append(
          l.pick(
            "Safety score (0 harm … 10 safe enough): ",
            "Veiligheidsscore (0 schade … 10 veilig genoeg): ")
            + columns.scores.map { "\(who($0.rater)) \($0.score)" }.joined(separator: ", "))
      }
    }
    if let text = outcome.text, !text.isEmpty {
      lines.append(l.pick("Note: ", "Toelichting: ") + text)
    }
    return lines
  }

}
