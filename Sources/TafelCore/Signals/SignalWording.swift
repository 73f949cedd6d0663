// A signal in one line of English or Dutch words, built from its evidence
// only, so the board, `tafel report` and the JSON reader all say the same.

enum SignalWording {
  static func line(_ signal: Signal, _ language: Language) -> String {
    let e = signal.evidence
    let l = language
    let orgs = ChainWords.list(e.organisationNames, l)
    let people = zip(e.professionalNames, e.professionals).map { name, id in
      name == id ? id : name
    }
    switch signal.kind {
    case .direction:
      if e.reason == "none" {
        var text = l.pick(
          "No director: nobody holds direction", "Geen regisseur: niemand heeft de regie")
        if let since = e.from { text += l.pick(" since \(since)", " sinds \(since)") }
        if let planned = e.professionalNames.first {
          text += l.pick(
            " (the plan names \(planned), who is no longer involved)",
            " (het plan noemt \(planned), die niet meer betrokken is)")
        }
        return text
      }
      return l.pick("Two directors: ", "Twee regisseurs: ") + ChainWords.list(e.texts, l)
        + l.pick(" both hold direction ", " hebben allebei de regie ") + period(e, l)
    case .overlap:
      let function = e.function.map { ChainWords.function($0, l) } ?? ""
      return l.pick("Overlap in \(function): ", "Overlap in \(function): ") + orgs + " "
        + period(e, l)
    case .manyHelpers:
      let count = e.count ?? 0
      let limit = e.limit ?? 0
      return l.pick(
        "Many helpers: \(count) professionals in the last 12 months (more than \(limit))",
        "Veel hulpverleners: \(count) professionals in de afgelopen 12 maanden (meer dan \(limit))")
    case .stalled:
      let step = e.eventKind.map { ChainWords.event($0, l) } ?? ""
      let date = e.dates.first.map(\.description) ?? ""
      let at =
        e.organisationNames.isEmpty ? "" : " (\(e.organisationNames.joined(separator: " → ")))"
      let days = ChainWords.days(e.days ?? 0, l)
      let norm = e.limit ?? 0
      return l.pick(
        "Stalled: \(days) since \(step)\(at) on \(date); norm \(norm)",
        "Stilstand: \(days) sinds \(step)\(at) op \(date); norm \(norm)"
      )
    case .handoverGap:
      let step = e.eventKind.map { ChainWords.event($0, l) } ?? ""
      let route = e.organisationNames.joined(separator: " → ")
      let date = e.dates.first.map(\.description) ?? ""
      return l.pick(
        "Handover gap: \(step) \(route) on \(date) without who informed whom",
        "Overdracht onvolledig: \(step) \(route) op \(date) zonder vastgelegd wie wie informeerde")
    case .assessmentsDisagree:
      let subject = e.texts.first ?? ""
      let sides = e.texts.dropFirst().enumerated().map { index, text -> String in
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let instrument = parts.first ?? ""
        let safety =
          parts.count > 1 ? SafetyNow(rawValue: parts[1]).map { ChainWords.safety($0, l) } : nil
        let risk =
          parts.count > 2 ? FutureRisk(rawValue: parts[2]).map { ChainWords.risk($0, l) } : nil
        let organisation = index < e.organisationNames.count ? e.organisationNames[index] : ""
        let date = index < e.dates.count ? e.dates[index].description : ""
        let values = [safety, risk].compactMap { $0 }.joined(separator: ", ")
        return "\(instrument) \(organisation) \(date): \(values)"
      }
      return l.pick(
        "Assessments disagree on \(subject): ", "Taxaties verschillen over \(subject): ")
        + sides.joined(separator: l.pick(" vs ", " tegenover "))
    case .agreements:
      let what = e.texts.first ?? ""
      let owner = people.first ?? (e.texts.count > 1 ? e.texts[1] : "")
      let due = e.dates.first.map(\.description) ?? ""
      switch e.reason {
      case "overdue":
        return l.pick(
          "Agreement overdue since \(due): \(what) (owner \(owner))",
          "Afspraak verlopen sinds \(due): \(what) (eigenaar \(owner))")
      case "overdue-no-owner":
        return l.pick(
          "Agreement without owner, overdue since \(due): \(what)",
          "Afspraak zonder eigenaar, verlopen sinds \(due): \(what)")
      default:
        return l.pick("Agreement without owner: \(what)", "Afspraak zonder eigenaar: \(what)")
          + (due.isEmpty ? "" : l.pick(" (due \(due))", " (uiterlijk \(due))"))
      }
    case .childVoice:
      let children = ChainWords.list(e.texts, l)
      let decision = e.ids.first ?? ""
      let date = e.dates.first.map(\.description) ?? ""
      return l.pick(
        "Child's voice missing: \(children) — decision \(decision) of \(date) "
          + "has no view and no reason",
        "Stem van het kind ontbreekt: \(children) — besluit \(decision) van \(date) "
          + "zonder visie en zonder reden"
      )
    case .deadline:
      let date = e.dates.first.map(\.description) ?? ""
      let days = e.days ?? 0
      let when =
        days >= 0
        ? l.pick("in \(ChainWords.days(days, l))", "over \(ChainWords.days(days, l))")
        : l.pick("\(ChainWords.days(-days, l)) ago", "\(ChainWords.days(-days, l)) geleden")
      switch e.reason {
      case "drang":
        return l.pick("Drang deadline \(date) (\(when))", "Drangtermijn \(date) (\(when))")
      case "provisional-ots":
        return l.pick(
          "Provisional OTS ends \(date) (\(when))", "Voorlopige OTS eindigt \(date) (\(when))")
      default:
        return l.pick(
          "OTS ends \(date) (\(when)): end or extend",
          "OTS eindigt \(date) (\(when)): beëindigen of verlengen")
      }
    case .consent:
      let who = e.texts.map { text -> String in
        let parts = text.split(separator: "|", maxSplits: 1).map(String.init)
        let why: String
        switch parts.count > 1 ? parts[1] : "" {
        case "custody": why = l.pick("parent with custody", "ouder met gezag")
        case "child-12": why = l.pick("12 or older", "12 of ouder")
        case "youth-16": why = l.pick("16 or older, alone", "16 of ouder, zelf")
        default: why = ""
        }
        return parts[0] + (why.isEmpty ? "" : " (\(why))")
      }.joined(separator: ", ")
      let date = e.dates.max().map(\.description) ?? ""
      if e.reason == "withdrawn" {
        return who.isEmpty
          ? l.pick(
            "No consent to share at the table: withdrawn on \(date)",
            "Geen toestemming om te delen aan tafel: ingetrokken op \(date)")
          : l.pick(
            "Consent to share at the table withdrawn on \(date): \(who)",
            "Toestemming om te delen aan tafel ingetrokken op \(date): \(who)")
      }
      if e.reason == "missing" {
        return l.pick(
          "No consent to share at the table from \(who)",
          "Geen toestemming om te delen aan tafel van \(who)")
      }
      return l.pick(
        "No consent to share at the table is recorded",
        "Geen toestemming om te delen aan tafel vastgelegd")
    case .repeated:
      let outcome =
        e.texts.first.flatMap(Outcome.init(rawValue:)).map { MinutesWords.outcome($0, l) } ?? ""
      let step = e.eventKind.map { ChainWords.event($0, l) } ?? ""
      let months = e.limit ?? 12
      let ended = e.dates.first?.description ?? ""
      let back = e.dates.count > 1 ? e.dates[1].description : ""
      return l.pick(
        "Back within \(months) months: \(step) on \(back), after “\(outcome)” on \(ended)",
        "Terug binnen \(months) maanden: \(step) op \(back), na “\(outcome)” op \(ended)")
    case .safety:
      if e.reason == "unanswered" {
        let names = e.organisationNames
        let from = names.first ?? ""
        let to = names.count > 1 ? names[1] : ""
        let days = e.days ?? 0
        return l.pick(
          "Safety handover from \(from) to \(to) unanswered for \(days) days (offered \(e.from?.description ?? ""))",
          "Overdracht van veiligheid van \(from) naar \(to) \(days) dagen onbeantwoord (aangeboden \(e.from?.description ?? ""))"
        )
      }
      return l.pick(
        "Nobody holds the child's safety while the family waits",
        "Niemand heeft zicht op de veiligheid van het kind terwijl het gezin wacht")
    case .sync:
      let texts = e.texts
      if e.reason == "in-force" {
        let meeting = texts.first ?? ""
        // Each decision with its outcome in words: "D003-a (onderzoek)".
        let listed = ChainWords.list(
          zip(e.ids, texts.dropFirst()).map { id, outcome in
            "\(id) (\(ChangeWords.outcome(Substring(outcome), l) ?? outcome))"
          }, l)
        return l.pick(
          "Decisions in force together at \(meeting): \(listed); record which stands as a "
            + "correction",
          "Besluiten tegelijk van kracht bij \(meeting): \(listed); leg als correctie vast "
            + "welk besluit geldt")
      }
      let field = texts.first ?? ""
      let words = ConflictWords.field(field, l)
      let values = texts.dropFirst().map { ConflictWords.value($0, field: field, l) }.joined(
        separator: l.pick(" or ", " of "))
      return l.pick(
        "Two values for \(words) after a sync: \(values); settle with tafel resolve "
          + "\(signal.family) \(field)",
        "Twee waarden voor \(words) na synchronisatie: \(values); beslissen met tafel resolve "
          + "\(signal.family) \(field)")
    }
  }

  /// "from 2026-01-02 to 2026-03-04" or "since 2026-01-02".
  static func period(_ evidence: SignalEvidence, _ language: Language) -> String {
    guard let from = evidence.from else { return "" }
    if let to = evidence.to {
      return language.pick("from \(from) to \(to)", "van \(from) tot en met \(to)")
    }
    return language.pick("since \(from)", "sinds \(from)")
  }
}
