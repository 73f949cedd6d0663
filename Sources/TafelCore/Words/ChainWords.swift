// The words for chain steps, case functions, phases and the shared risk
// scales in English and Dutch, used by the signals, the history timeline and
// the region report so that every text says the same thing the same way.

package enum ChainWords {
  package static func event(_ kind: EventKind, _ language: Language) -> String {
    switch kind {
    case .report: language.pick("report", "melding")
    case .intake: "intake"
    case .scaleUp: language.pick("scale-up", "opschaling")
    case .scaleDown: language.pick("scale-down", "afschaling")
    case .handover: language.pick("handover", "overdracht")
    case .requestForDiscussion: language.pick("request for discussion", "verzoek tot bespreking")
    case .tableDiscussion: language.pick("table discussion", "bespreking aan tafel")
    case .investigationRequest:
      language.pick("request for investigation", "verzoek tot onderzoek")
    case .rvdkAccept: language.pick("RvdK investigates", "RvdK start onderzoek")
    case .rvdkReject: language.pick("RvdK does not investigate", "RvdK doet geen onderzoek")
    case .investigationStart: language.pick("investigation start", "start onderzoek")
    case .investigationEnd: language.pick("investigation end", "einde onderzoek")
    case .petition: language.pick("petition to the judge", "verzoekschrift")
    case .rulingOTS: language.pick("ruling: OTS", "uitspraak: OTS")
    case .rulingProvisionalOTS:
      language.pick("ruling: provisional OTS", "uitspraak: voorlopige OTS")
    case .rulingPlacement:
      language.pick("ruling: out-of-home placement", "uitspraak: machtiging uithuisplaatsing")
    case .rulingGuardianship: language.pick("ruling: guardianship", "uitspraak: voogdij")
    case .otsExtension: language.pick("OTS extended", "OTS verlengd")
    case .otsEnd: language.pick("OTS ended", "OTS beëindigd")
    case .giStart: language.pick("GI starts", "start GI")
    case .drangStart: language.pick("drang starts", "start drang")
    case .drangEnd: language.pick("drang ends", "einde drang")
    case .closure: language.pick("closure", "afsluiting")
    case .crisis: "crisis"
    }
  }

  /// The RvdK's decision in one line: "decided by A. de Wit with behavioural
  /// expert B. Smit; conditions: …" (or "; reason: …").
  package static func rvdkDecision(_ decision: RvdKDecision, _ language: Language) -> String {
    var line = language.pick(
      "decided by \(decision.by) with behavioural expert \(decision.expert)",
      "besloten door \(decision.by) met gedragsdeskundige \(decision.expert)")
    // One line, also where the letter's text was pasted with its line breaks.
    func flat(_ text: String) -> String {
      text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }.joined(separator: " ")
    }
    if let conditions = decision.conditions {
      line += language.pick("; conditions: ", "; voorwaarden: ") + flat(conditions)
    }
    if let reason = decision.reason {
      line += language.pick("; reason: ", "; reden: ") + flat(reason)
    }
    return line
  }

  /// An action of the family plan: open, done or cancelled.
  package static func actionStatus(_ status: ActionStatus, _ language: Language) -> String {
    switch status {
    case .open: "open"
    case .done: language.pick("done", "afgerond")
    case .cancelled: language.pick("cancelled", "vervallen")
    }
  }

  package static func function(_ function: CaseFunction, _ language: Language) -> String {
    switch function {
    case .intake: "intake"
    case .direction: language.pick("direction", "regie")
    case .advice: language.pick("advice", "advies")
    case .investigation: language.pick("investigation", "onderzoek")
    case .monitoring: "monitoring"
    case .drang: "drang"
    case .measure: language.pick("measure", "uitvoering maatregel")
    case .care: language.pick("care", "zorg")
    }
  }

  package static func phase(_ phase: Phase, _ language: Language) -> String {
    switch phase {
    case .reported: language.pick("reported", "gemeld")
    case .voluntary: language.pick("voluntary", "vrijwillig")
    case .table: language.pick("at the table", "aan tafel")
    case .drang: "drang"
    case .investigation: language.pick("investigation", "onderzoek")
    case .measure: language.pick("measure", "maatregel")
    case .closed: language.pick("closed", "afgesloten")
    }
  }

  package static func safety(_ value: SafetyNow, _ language: Language) -> String {
    switch value {
    case .safe: language.pick("safe", "veilig")
    case .mostlySafe: language.pick("mostly safe", "grotendeels veilig")
    case .concerns: language.pick("concerns", "zorgen")
    case .unsafe: language.pick("unsafe", "onveilig")
    }
  }

  package static func risk(_ value: FutureRisk, _ language: Language) -> String {
    switch value {
    case .low: language.pick("low risk", "laag risico")
    case .moderate: language.pick("moderate risk", "matig risico")
    case .high: language.pick("high risk", "hoog risico")
    case .veryHigh: language.pick("very high risk", "zeer hoog risico")
    }
  }

  /// The name a line of text uses for an organisation: "RvdK" and "Veilig
  /// Thuis" as the field says them, the court as "kinderrechter", others by
  /// their name up to the first comma.
  package static func shortName(_ organisation: Organisation) -> String {
    switch organisation.kind {
    case .rvdk: return "RvdK"
    case .veiligThuis: return "Veilig Thuis"
    case .juvenileCourt: return "kinderrechter"
    default:
      return organisation.name.split(separator: ",", maxSplits: 1).first.map(String.init)
        ?? organisation.name
    }
  }

  /// "1 day" / "5 days", "1 dag" / "5 dagen".
  package static func days(_ count: Int, _ language: Language) -> String {
    let one = abs(count) == 1
    return "\(count) " + language.pick(one ? "day" : "days", one ? "dag" : "dagen")
  }

  /// A list joined with commas and a final "and"/"en".
  package static func list(_ items: [String], _ language: Language) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + language.pick(" and ", " en ")
      + items.last!
  }
}
