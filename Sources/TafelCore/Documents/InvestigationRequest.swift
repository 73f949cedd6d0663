// The request for investigation (verzoek tot onderzoek) the table sends the
// RvdK, in Dutch: who the family is, what the table concluded and why, what
// the case came to the table with, the plan, the risk assessments, who is
// involved, and the parents' and the child's views — filled from the file,
// nothing added. It ends with what the RvdK's three intake questions (has
// help been tried, the network too; is there trust in the parents' care; is
// the child unsafe) still lack in what was recorded, so the table can add it
// before sending.

package enum InvestigationRequest {
  /// The decision the request is for: `id`, else the family's latest
  /// decision in force that asks the RvdK to investigate.
  package static func decision(in family: Family, id: String? = nil) -> Decision? {
    let corrected = family.correctedIDs
    let asking = family.decisions.filter {
      !corrected.contains($0.id) && $0.outcome == .investigation
    }
    guard let id else { return asking.max { ($0.time, $0.id) < ($1.time, $1.id) } }
    return asking.first { $0.id == id || Decision.shortID($0.id, family: family.id) == id }
  }

  /// The title and blocks of the request, in Dutch.
  package static func blocks(
    family: Family, decision: Decision, directory: Directory?, region: String, today: Day,
    made: String?
  ) -> (String, [DocumentBlock]) {
    let nl = Language.nl
    func person(_ id: String) -> String {
      guard let professional = directory?.professional(id) else {
        return family.member(id)?.name ?? id
      }
      let organisation = directory?.organisation(professional.organisation)?.name
      return professional.name + (organisation.map { " (\($0))" } ?? "")
    }
    func date(_ day: Day) -> String { MinutesWords.date(day, nl) }
    let title =
      "Verzoek tot onderzoek aan de Raad voor de Kinderbescherming — " + family.name
    var blocks: [DocumentBlock] = []

    var head = DocumentBlock(
      paragraphs: [
        "Vertrouwelijk: dit verzoek bevat gegevens over kinderen en hun gezin."
      ])
    if let made { head.paragraphs.append(made) }
    head.paragraphs.append(
      "Van: de jeugdbeschermingstafel" + (region.isEmpty ? "" : " " + region)
        + (decision.meeting.map { ", vergadering \($0)" } ?? "") + " van "
        + date(decision.tableDay) + ".")
    head.paragraphs.append("Gezin: \(family.name) (\(family.id)), \(family.municipality).")
    // The file as it stood when the table asked: who was involved, which
    // assessments there were; the plan's lists have no history and are as now.
    let asOf = decision.tableDay
    if asOf < today {
      head.paragraphs.append(
        "Stand van het dossier op \(date(asOf)), de dag van het verzoek; het gezinsplan zoals het nu is vastgelegd."
      )
    }
    if let answer = Minutes.rvdkAnswer(to: decision, in: family, nl),
      answer != "nog niet vastgelegd."
    {
      head.paragraphs.append("Let op: de Raad heeft op dit verzoek al besloten. " + answer)
    }
    blocks.append(head)

    var members = DocumentBlock(heading: "Gezinsleden")
    for member in family.members {
      var line = member.name + " — " + MinutesWords.memberRole(member.role, nl)
      if let born = member.birthDate {
        line += ", geboren \(date(born)) (\(born.age(on: asOf)) jaar)"
      }
      if member.role != .child, let custody = member.custody {
        line += custody ? ", met gezag" : ", zonder gezag"
      }
      members.bullets.append(line)
    }
    if members.bullets.isEmpty { members.paragraphs.append("Niet vastgelegd.") }
    blocks.append(members)

    var conclusion = DocumentBlock(heading: "Conclusie van de tafel")
    conclusion.paragraphs.append(
      "Besluit \(decision.id): " + MinutesWords.outcome(decision.outcome, nl) + ".")
    conclusion.paragraphs += paragraphs(decision.rationale)
    if let dissent = decision.dissent {
      conclusion.paragraphs.append("Afwijkende mening: " + Minutes.oneLine(dissent))
    }
    blocks.append(conclusion)

    var views = DocumentBlock(heading: "Visie van ouders en kind")
    views.paragraphs.append(
      "Ouders/verzorgers: " + (decision.parentsView.map(Minutes.oneLine) ?? "niet vastgelegd."))
    if let child = decision.childView {
      views.paragraphs.append("Kind: " + Minutes.oneLine(child))
    } else if let reason = decision.childNotHeard {
      views.paragraphs.append("Kind niet gehoord, omdat: " + Minutes.oneLine(reason))
    }
    if let reaction = family.request?.parentsReaction.trimmed.nonEmpty {
      views.paragraphs.append(
        "Reactie van de ouders op de aanmelding: " + Minutes.oneLine(reaction))
    }
    blocks.append(views)

    var request = DocumentBlock(heading: "Aanleiding (verzoek tot bespreking)")
    if let asked = family.request {
      request.paragraphs.append("Aangemeld door \(person(asked.from)) op \(date(asked.date)).")
      request.paragraphs += paragraphs(asked.reason)
      if let tried = asked.tried.trimmed.nonEmpty {
        request.paragraphs.append("Wat is geprobeerd: " + Minutes.oneLine(tried))
      }
    } else {
      request.paragraphs.append("Geen verzoek tot bespreking vastgelegd.")
    }
    blocks.append(request)

    let plan = family.plan
    var planBlock = DocumentBlock(heading: "Gezinsplan")
    let directing = family.involvements.first { involvement in
      involvement.functions.contains(.direction) && involvement.from <= asOf
        && (involvement.to.map { $0 >= asOf } ?? true)
    }?.professional
    planBlock.paragraphs.append(
      "Regisseur: " + ((directing ?? plan.director).map(person) ?? "niemand vastgelegd") + ".")
    for (label, list) in [
      ("Zorgen", plan.concerns), ("Krachten", plan.strengths), ("Doelen", plan.goals),
      ("Veiligheidsafspraken", plan.safetyAgreements),
    ] where !list.isEmpty {
      planBlock.bullets.append(
        label + ": "
          + list.map { Minutes.oneLine($0).trimmingCharacters(in: ["."]) }.joined(separator: "; "))
    }
    for action in plan.actions {
      planBlock.bullets.append(
        "Actie: " + Minutes.oneLine(action.what) + " — "
          + (action.owner.isEmpty ? "nog niemand" : person(action.owner))
          + (action.due.map { ", uiterlijk " + date($0) } ?? "") + " ("
          + ChainWords.actionStatus(action.status, nl) + ")")
    }
    blocks.append(planBlock)

    var assessments = DocumentBlock(heading: "Risicotaxaties")
    for assessment in family.assessments.sorted(by: { $0.date > $1.date })
    where assessment.date <= asOf {
      var line =
        "\(date(assessment.date)): \(assessment.instrument.displayName) door "
        + person(assessment.rater) + " — " + assessment.outcomeSummary(nl)
      if let now = assessment.safetyNow { line += "; veiligheid nu: " + ChainWords.safety(now, nl) }
      if let text = assessment.outcome.text?.trimmed.nonEmpty {
        line += "; " + Minutes.oneLine(text)
      }
      assessments.bullets.append(line)
    }
    if assessments.bullets.isEmpty {
      assessments.paragraphs.append("Geen risicotaxatie vastgelegd.")
    }
    blocks.append(assessments)

    var involved = DocumentBlock(heading: "Betrokken professionals")
    for involvement in family.involvements
    where involvement.from <= asOf && (involvement.to.map { $0 >= asOf } ?? true) {
      involved.bullets.append(
        person(involvement.professional) + " — "
          + involvement.functions.map { ChainWords.function($0, nl) }.joined(separator: ", ")
          + ", sinds " + date(involvement.from))
    }
    if involved.bullets.isEmpty { involved.paragraphs.append("Niemand betrokken vastgelegd.") }
    blocks.append(involved)

    var lacking = DocumentBlock(heading: "Wat de intake van de Raad nog mist")
    lacking.paragraphs.append(
      "De Raad toetst bij de intake of hulp is geprobeerd (ook met het netwerk), of er vertrouwen is in de opvoeding door de ouders, en of het kind onveilig is. Wat het dossier daarvoor nog niet vastlegt:"
    )
    lacking.bullets = gaps(family: family, decision: decision, today: asOf)
    if lacking.bullets.isEmpty {
      lacking.paragraphs.append("Niets: voor elk van de drie vragen is iets vastgelegd.")
    }
    blocks.append(lacking)
    return (title, blocks)
  }

  /// What the RvdK's three intake questions still lack, one line each.
  package static func gaps(family: Family, decision: Decision, today: Day) -> [String] {
    var gaps: [String] = []
    let tried = family.request?.tried.trimmed ?? ""
    let plan = family.plan
    let everything =
      ([tried] + plan.strengths + plan.safetyAgreements + plan.concerns + plan.goals
      + plan.actions.map(\.what)).joined(separator: " ").lowercased()
    if tried.isEmpty {
      gaps.append(
        "Is hulp geprobeerd? Er is niet vastgelegd wat er is geprobeerd (het verzoek tot bespreking ontbreekt of zegt het niet)."
      )
    }
    // Whole words: "oma" is in "diploma", "familie" in "pleegfamilie".
    let words = Set(everything.split { !$0.isLetter }.map(String.init))
    let network = [
      "netwerk", "network", "oma", "opa", "grootouders", "familie", "buren", "buurvrouw",
      "buurman", "vriend", "vriendin", "vrienden", "tante", "oom", "broer", "zus", "peetoom",
      "peettante",
    ]
    if !network.contains(where: { words.contains($0) }) {
      gaps.append(
        "Is het netwerk ingezet? Nergens staat wat familie, vrienden of buren hebben gedaan.")
    }
    if decision.parentsView == nil && (family.request?.parentsReaction.trimmed ?? "").isEmpty {
      gaps.append(
        "Is er vertrouwen in de opvoeding door de ouders? Hun visie is niet vastgelegd.")
    }
    let known = family.assessments.filter { $0.date <= today }
    let recent = known.filter { $0.date.days(until: today) <= 90 }
    if recent.isEmpty {
      let last = known.map(\.date).max()
      gaps.append(
        "Is het kind onveilig? Er is geen risicotaxatie van de laatste 90 dagen"
          + (last.map { " (de laatste is van \(MinutesWords.date($0, .nl)))" } ?? "") + ".")
    } else if !recent.contains(where: { $0.safetyNow != nil }) {
      gaps.append(
        "Is het kind onveilig? De recente taxaties zeggen niets over de veiligheid nu.")
    }
    return gaps
  }

  static func paragraphs(_ text: String) -> [String] {
    text.replacingCRLF.split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty }
  }
}
