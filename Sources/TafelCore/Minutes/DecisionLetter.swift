// The decision letter: one page for a family, the same day, in words the
// parents read (as UK conferences send within a working day). What the table
// concluded, the agreements with who and by when, what happens next, and
// what to do when they disagree — from the meeting's record, nothing more.

extension Minutes {
  /// The letter's title and blocks for `family`'s case at the meeting.
  static func letterBlocks(_ input: MinutesInput, family id: String) -> (String, [DocumentBlock])? {
    guard let found = cases(input).first(where: { $0.item.family == id }) else { return nil }
    let language = input.language
    let family = input.families[id]
    let meeting = input.meeting
    let region = input.region.isEmpty ? "" : " " + input.region
    let title =
      language.pick(
        "Decision of the youth protection table\(region)",
        "Besluit van de jeugdbeschermingstafel\(region)") + " — " + found.familyName
    func name(_ text: String) -> String { person(text, family: family, directory: input.directory) }
    var blocks: [DocumentBlock] = []

    var head = DocumentBlock()
    head.paragraphs.append(
      input.language.pick(
        "Confidential: this letter is about your family.",
        "Vertrouwelijk: deze brief gaat over uw gezin."))
    if !meeting.isClosed {
      head.paragraphs.append(
        language.pick(
          "Draft: the meeting is not closed; what it records can still change.",
          "Concept: de vergadering is niet gesloten; wat zij vastlegt kan nog veranderen."))
    }
    if let made = madeLine(input) { head.paragraphs.append(made) }
    let addressed = (family?.members ?? []).filter { member in
      member.role != .child ? member.custody != false : (member.age(on: meeting.date) ?? 0) >= 12
    }.map(\.name)
    if !addressed.isEmpty {
      head.paragraphs.append(
        language.pick("To: ", "Aan: ") + ChainWords.list(addressed, language))
    }
    var sitting =
      language.pick("Meeting: ", "Bespreking: ") + MinutesWords.date(meeting.date, language)
      + " (\(meeting.id))"
    if !meeting.location.isEmpty { sitting += ", " + meeting.location }
    head.paragraphs.append(sitting)
    blocks.append(head)

    let standing = found.decisions.last { $0.correctedBy == nil }
    var decided = DocumentBlock(
      heading: language.pick("What the table concluded", "Wat de tafel heeft besloten"))
    var next = DocumentBlock(heading: language.pick("What happens next", "Wat er nu gebeurt"))
    if let entry = standing {
      let decision = entry.decision
      var outcome = MinutesWords.outcome(decision.outcome, language, at: entry.kind)
      if let text = decision.outcomeText { outcome += ": " + oneLine(text) }
      decided.paragraphs.append(outcome + ".")
      decided.paragraphs += decision.rationale.replacingCRLF.split(separator: "\n")
        .map { String($0).trimmed }.filter { !$0.isEmpty }
      // A correction says, in words, what it changed and why.
      if let correction = decision.corrects.first,
        let old = family?.decisions.first(where: { $0.id == correction })
      {
        var line = language.pick(
          "This decision replaces an earlier one at this meeting. What changed: ",
          "Dit besluit vervangt een eerder besluit van deze vergadering. Wat is veranderd: ")
        line += changes(decision, from: old, language, name: name).joined(separator: "; ") + "."
        if let reason = decision.correctionReason {
          line += language.pick(" Why: ", " Waarom: ") + oneLine(reason)
          if !".!?".contains(line.last ?? ".") { line += "." }
        }
        decided.paragraphs.append(line)
      }
      blocks.append(decided)
      var agreements = DocumentBlock(heading: language.pick("Agreements", "Afspraken"))
      let labels = MinutesWords.Labels(language)
      if decision.agreements.isEmpty { agreements.paragraphs.append(labels.noAgreements) }
      for agreement in decision.agreements {
        var line = oneLine(agreement.what) + " — "
        line += agreement.owner.isEmpty ? labels.nobody : name(agreement.owner)
        if let due = agreement.due {
          line += ", " + language.pick("by ", "uiterlijk ") + MinutesWords.date(due, language)
        }
        agreements.bullets.append(line)
      }
      blocks.append(agreements)
      next.paragraphs = nextStep(decision, family: family, kind: entry.kind, language, name: name)
    } else {
      decided.paragraphs.append(
        language.pick(
          "The table took no decision on your case at this meeting.",
          "De tafel heeft in deze bespreking geen besluit over uw gezin genomen."))
      blocks.append(decided)
      next.paragraphs = carried(found.item, language, next: input.nextMeetings[id])
      if next.paragraphs.isEmpty {
        next.paragraphs.append(
          language.pick(
            "The chair will tell you when your case is discussed.",
            "De voorzitter laat u weten wanneer uw gezin wordt besproken."))
      }
    }
    blocks.append(next)

    var object = DocumentBlock(
      heading: language.pick("If you disagree", "Als u het er niet mee eens bent"))
    let chair = meeting.chair.isEmpty ? nil : name(meeting.chair)
    if standing != nil {
      let contact = family?.plan.director.map(name)
      object.paragraphs.append(
        language.pick(
          "Tell the chair of the table\(chair.map { " (\($0))" } ?? "")"
            + (contact.map { ", or your contact for the plan, \($0), who passes it on" } ?? "")
            + ".",
          "Laat het de voorzitter van de tafel weten\(chair.map { " (\($0))" } ?? "")"
            + (contact.map { ", of uw aanspreekpunt voor het plan, \($0), die het doorgeeft" }
              ?? "") + "."))
    }
    object.paragraphs.append(
      language.pick(
        "The table imposes no measure: only the juvenile judge can, and you are heard there. A complaint about how you were treated goes to the complaints procedure of the organisation concerned.",
        "De tafel legt geen maatregel op: dat kan alleen de kinderrechter, en daar wordt u gehoord. Een klacht over hoe u bent behandeld, dient u in bij de klachtenregeling van de organisatie waar het over gaat."
      ))
    blocks.append(object)
    return (title, blocks)
  }

  /// What follows from the decision, in the parents' words.
  static func nextStep(
    _ decision: Decision, family: Family?, kind: AgendaKind, _ language: Language,
    name: (String) -> String
  ) -> [String] {
    var lines: [String] = []
    switch decision.outcome {
    case .noInvestigation:
      lines.append(
        decision.agreements.isEmpty
          ? language.pick("The help goes on voluntarily.", "De hulp gaat vrijwillig door.")
          : language.pick(
            "The help goes on voluntarily, with the agreements above.",
            "De hulp gaat vrijwillig door, met de afspraken hierboven."))
    case .drang:
      let deadline = decision.deadline.map { MinutesWords.date($0, language) } ?? "?"
      lines.append(
        language.pick(
          "On or after \(deadline) the table discusses whether the agreements worked. If they did, the help stays voluntary; if not, the table decides what follows: drang with new agreements, or a request to the Child Protection Board (RvdK) to investigate.",
          "Op of na \(deadline) bespreekt de tafel of de afspraken zijn nagekomen. Zo ja, dan blijft de hulp vrijwillig; zo niet, dan besluit de tafel wat volgt: drang met nieuwe afspraken, of een verzoek aan de Raad voor de Kinderbescherming om onderzoek."
        ))
    case .investigation:
      let answer = family?.rvdkRequest(of: decision.id)?.answer
      switch answer?.kind {
      case .rvdkAccept?:
        lines.append(
          MinutesWords.date(answer!.date, language) + ": "
            + language.pick(
              "the Child Protection Board (RvdK) decided to investigate; it contacts you.",
              "de Raad voor de Kinderbescherming heeft besloten onderzoek te doen; de Raad neemt contact met u op."
            ))
      case .rvdkReject?:
        lines.append(
          MinutesWords.date(answer!.date, language) + ": "
            + language.pick(
              "the Child Protection Board (RvdK) decided not to investigate. The help goes on voluntarily.",
              "de Raad voor de Kinderbescherming heeft besloten geen onderzoek te doen. De hulp gaat vrijwillig door."
            ))
      default:
        lines.append(
          language.pick(
            "The Child Protection Board (RvdK) decides whether it investigates; the RvdK tells you itself.",
            "De Raad voor de Kinderbescherming besluit of hij onderzoek doet; de Raad laat u dat zelf weten."
          ))
      }
    case .endOTS:
      lines.append(
        language.pick(
          "The OTS ends; help goes on where it was agreed.",
          "De ondertoezichtstelling eindigt; de hulp gaat door waar dat is afgesproken."))
    case .extendOTS where kind == .otsEnd:
      // The GI decided not to extend; the table advises otherwise: who asks
      // the judge is not in the record.
      lines.append(
        language.pick(
          "The table advises that the OTS be extended; only the juvenile judge decides on an extension.",
          "De tafel adviseert de ondertoezichtstelling te verlengen; alleen de kinderrechter beslist over een verlenging."
        ))
    case .extendOTS:
      lines.append(
        language.pick(
          "The youth protection organisation asks the juvenile judge to extend the OTS; only the judge decides.",
          "De gecertificeerde instelling vraagt de kinderrechter de ondertoezichtstelling te verlengen; alleen de rechter beslist."
        ))
    case .adjourned, .other:
      break
    }
    if let director = family?.plan.director {
      lines.append(
        language.pick("Your contact for the plan: ", "Uw aanspreekpunt voor het plan: ")
          + name(director) + ".")
    }
    return lines
  }

  /// The letter as Markdown; nil when the family is not on the agenda.
  package static func letterMarkdown(_ input: MinutesInput, family: String) -> String? {
    letterBlocks(input, family: family).map { DocumentText.markdown(title: $0.0, $0.1) }
  }

  /// The letter as one self-contained HTML page (the minutes' style).
  package static func letterHTML(_ input: MinutesInput, family: String) -> String? {
    letterBlocks(input, family: family).map {
      DocumentText.html(title: $0.0, $0.1, language: input.language)
    }
  }
}
