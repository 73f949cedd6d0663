// The words of the minutes in English and Dutch: headings, outcomes, roles at
// the table, dates. The minutes go to Dutch families, so every word a reader
// sees is here in both languages.

package enum MinutesWords {
  package static func outcome(_ outcome: Outcome, _ language: Language) -> String {
    switch outcome {
    case .noInvestigation:
      language.pick(
        "No RvdK investigation; voluntary help continues",
        "Geen onderzoek door de Raad; de vrijwillige hulp gaat door")
    case .drang:
      language.pick(
        "RvdK investigation postponed with agreements (drang)",
        "Onderzoek door de Raad uitgesteld met afspraken (drang)")
    case .investigation:
      language.pick(
        "Request to the RvdK to investigate",
        "Verzoek tot onderzoek aan de Raad voor de Kinderbescherming")
    case .endOTS: language.pick("Agree to end the OTS", "Akkoord met beëindigen van de OTS")
    case .extendOTS: language.pick("Advise extension of the OTS", "Advies: de OTS verlengen")
    case .adjourned: language.pick("Adjourned", "Aangehouden")
    case .other: language.pick("Other", "Anders")
    }
  }

  /// A member of the family: child, parent or caregiver.
  package static func memberRole(_ role: MemberRole, _ language: Language) -> String {
    switch role {
    case .child: language.pick("child", "kind")
    case .parent: language.pick("parent", "ouder")
    case .caregiver: language.pick("caregiver", "verzorger")
    }
  }

  package static func role(_ role: AttendeeRole, _ language: Language) -> String {
    switch role {
    case .parent: language.pick("parent", "ouder")
    case .child: language.pick("child", "kind")
    case .applicant: language.pick("applicant", "aanvrager")
    case .lt: language.pick("local team", "lokaal team")
    case .vt: "Veilig Thuis"
    case .rvdk: "RvdK"
    case .gi: "GI"
    case .network: language.pick("network or confidant", "netwerk of vertrouwenspersoon")
    case .chair: language.pick("chair", "voorzitter")
    case .secretary: language.pick("secretary", "notulist")
    case .interpreter: language.pick("interpreter", "tolk")
    case .other: language.pick("other", "anders")
    }
  }

  /// The words for an attendance mark, the same on the board and in the minutes.
  package static func mark(_ mark: AttendanceMark, _ language: Language) -> String {
    switch mark {
    case .present: language.pick("present", "aanwezig")
    case .sentApologies: language.pick("sent apologies", "afgemeld")
    case .didNotCome: language.pick("did not come", "niet verschenen")
    case .notRecorded: language.pick("not recorded", "niet vastgelegd")
    }
  }

  /// The outcome in the words of the case it was taken on: at a drang
  /// evaluation, whether the conditions were met.
  package static func outcome(_ outcome: Outcome, _ language: Language, at kind: AgendaKind)
    -> String
  {
    if kind == .otsEnd {
      switch outcome {
      case .endOTS:
        return language.pick(
          "The decision not to extend stands: the OTS ends",
          "Het besluit niet te verlengen blijft staan: de OTS eindigt")
      case .extendOTS:
        return language.pick(
          "The decision not to extend does not stand: extension advised",
          "Het besluit niet te verlengen blijft niet staan: verlenging geadviseerd")
      default: return self.outcome(outcome, language)
      }
    }
    if kind == .otsExtension {
      switch outcome {
      case .extendOTS:
        return language.pick(
          "Extension advised: the GI asks the juvenile judge",
          "Verlenging geadviseerd: de GI vraagt het de kinderrechter")
      case .endOTS:
        return language.pick(
          "No extension advised: the OTS ends", "Geen verlenging geadviseerd: de OTS eindigt")
      default: return self.outcome(outcome, language)
      }
    }
    guard kind == .drangEvaluation else { return self.outcome(outcome, language) }
    switch outcome {
    case .noInvestigation:
      return language.pick(
        "Conditions met: no RvdK investigation; voluntary help continues",
        "Voorwaarden nagekomen: geen onderzoek door de Raad; de vrijwillige hulp gaat door")
    case .investigation:
      return language.pick(
        "Conditions not met: request to the RvdK to investigate",
        "Voorwaarden niet nagekomen: verzoek tot onderzoek aan de Raad voor de Kinderbescherming")
    case .drang:
      return language.pick(
        "Drang continues with new conditions", "Drang loopt door met nieuwe voorwaarden")
    default:
      return self.outcome(outcome, language)
    }
  }

  package static func kind(_ kind: AgendaKind, _ language: Language) -> String {
    switch kind {
    case .first: language.pick("first discussion", "eerste bespreking")
    case .otsReview:
      language.pick("OTS review: end or extension", "evaluatie OTS: einde of verlenging")
    case .drangEvaluation:
      language.pick("drang evaluation", "evaluatie drang")
    case .otsEnd:
      language.pick(
        "OTS end: the RvdK's review of the decision not to extend",
        "einde OTS: toets door de Raad van het besluit niet te verlengen")
    case .otsExtension:
      language.pick("OTS extension discussed", "bespreking verlenging OTS")
    }
  }

  /// A document of an OTS end review.
  package static func document(_ document: OTSDocument, _ language: Language) -> String {
    switch document {
    case .requestToEnd:
      language.pick("the request to end the OTS", "het verzoek tot beëindiging van de OTS")
    case .evaluation:
      language.pick("the evaluation or closing report", "de evaluatie of het eindverslag")
    case .decisionLetter:
      language.pick(
        "the letter with the decision not to extend", "de brief met het besluit niet te verlengen")
    }
  }

  package static func status(_ status: AgendaStatus, _ language: Language) -> String {
    switch status {
    case .waiting: language.pick("not discussed", "niet besproken")
    case .paused: language.pick("paused, not finished", "onderbroken, niet afgerond")
    case .notReached: language.pick("not reached", "niet aan bod gekomen")
    case .discussed: language.pick("discussed, no decision", "besproken, geen besluit")
    case .inProgress: language.pick("in progress", "in bespreking")
    case .decided: language.pick("decided", "besloten")
    case .adjourned: language.pick("adjourned", "aangehouden")
    }
  }

  /// "29 November 2026" / "29 november 2026".
  package static func date(_ day: Day, _ language: Language) -> String {
    let english = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let dutch = [
      "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
      "oktober", "november", "december",
    ]
    let names = language == .nl ? dutch : english
    return "\(day.dayOfMonth) \(names[day.month - 1]) \(day.year)"
  }

  /// An agreement's latest status in words: "done, reported on 1 December
  /// 2026 by Anna (Lokaal Team)", "not possible (circumstances changed): …",
  /// "not done by its owner: …", or "open: no status reported".
  package static func agreementStatus(
    _ item: AgreementItem, _ language: Language, name: (String) -> String = { $0 }
  ) -> String {
    guard let review = item.review else {
      return language.pick("open: no status reported", "open: geen status gemeld")
    }
    var text: String
    switch review.status {
    case .done: text = language.pick("done", "gedaan")
    case .notPossible:
      text = language.pick(
        "not possible (circumstances changed)", "niet mogelijk (omstandigheden veranderd)")
    case .notDone:
      text = language.pick("not done by its owner", "niet gedaan door wie het op zich nam")
    }
    if let note = review.note {
      // One line: a note pasted with its line breaks reads on.
      text += ": " + note.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
    if !".!?".contains(text.last ?? ".") { text += "." }
    if let meeting = review.meeting {
      text += language.pick(
        " Set by the table at \(meeting).", " Vastgesteld door de tafel in \(meeting).")
    } else {
      // The day it was reported is the day it was recorded; the day it holds
      // from is said only where it differs.
      let reported = TimeZoneRule.amsterdam.day(of: review.recordedAt)
      text += language.pick(
        " Reported on \(date(reported, language)) by \(name(review.by))",
        " Gemeld op \(date(reported, language)) door \(name(review.by))")
      if review.date != reported {
        text += language.pick(
          " (holds from \(date(review.date, language)))",
          " (geldt vanaf \(date(review.date, language)))")
      }
      text += "."
    }
    return text
  }

  /// The heading words, one per field of a case.
  package struct Labels: Sendable {
    package let title: String
    package let confidential: String
    package let meeting: String
    package let location: String
    package let chair: String
    package let secretary: String
    package let planned: String
    package let noAttendance: String
    package let decision: String
    package let outcome: String
    package let deadline: String
    package let rationale: String
    package let agreements: String
    package let noAgreements: String
    package let owner: String
    package let nobody: String
    package let due: String
    package let parentsView: String
    package let childView: String
    package let childNotHeard: String
    package let dissent: String
    package let presentAtDecision: String
    package let recordedBy: String
    package let correctedBy: String
    package let corrects: String
    package let noDecision: String
    package let noCases: String
    package let status: String
    package let minutes: String

    package init(_ language: Language) {
      let nl = language == .nl
      title = nl ? "Verslag jeugdbeschermingstafel" : "Minutes of the youth protection table"
      confidential =
        nl
        ? "Vertrouwelijk: dit verslag bevat gegevens over kinderen en gezinnen."
        : "Confidential: these minutes hold data about children and families."
      meeting = nl ? "Vergadering" : "Meeting"
      location = nl ? "Locatie" : "Location"
      chair = nl ? "Voorzitter" : "Chair"
      secretary = nl ? "Notulist" : "Secretary"
      planned = nl ? "gepland" : "planned"
      noAttendance = nl ? "Aanwezigheid niet vastgelegd." : "Attendance not recorded."
      decision = nl ? "Besluit" : "Decision"
      outcome = nl ? "Uitkomst" : "Outcome"
      deadline = nl ? "Termijn" : "Deadline"
      rationale = nl ? "Onderbouwing" : "Rationale"
      agreements = nl ? "Afspraken" : "Agreements"
      noAgreements = nl ? "Geen afspraken." : "No agreements."
      owner = nl ? "wie" : "who"
      nobody = nl ? "nog niemand" : "nobody yet"
      due = nl ? "uiterlijk" : "by"
      parentsView = nl ? "Visie van de ouders" : "Parents' view"
      childView = nl ? "Visie van het kind" : "Child's view"
      childNotHeard = nl ? "Kind niet gehoord, omdat" : "Child not heard, because"
      dissent = nl ? "Afwijkende mening" : "Dissent"
      presentAtDecision = nl ? "Aanwezig bij het besluit" : "Present at the decision"
      recordedBy = nl ? "Vastgelegd door" : "Recorded by"
      correctedBy = nl ? "Verbeterd door besluit" : "Corrected by decision"
      corrects = nl ? "Verbetert besluit" : "Corrects decision"
      noDecision = nl ? "Nog geen besluit vastgelegd." : "No decision recorded yet."
      noCases = nl ? "Geen gezinnen op de agenda." : "No families on the agenda."
      status = nl ? "Stand" : "Status"
      minutes = nl ? "min" : "min"
    }
  }
}
