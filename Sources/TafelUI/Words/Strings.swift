// Every word the board shows, in English and Dutch. Domain abbreviations
// (LT, VT, RvdK, GI, OTS, JBT) stay the same in both.

import TafelCore
import TafelScreen

package struct Strings: Sendable {
  package let language: Language

  package init(_ language: Language) { self.language = language }

  private func t(_ english: String, _ dutch: String) -> String {
    language.pick(english, dutch)
  }

  // Pane titles
  package var agenda: String { t("Agenda", "Agenda") }
  package var families: String { t("Families", "Gezinnen") }
  package var familyPlan: String { t("Family plan", "Gezinsplan") }
  package var involved: String { t("Involved professionals", "Betrokken professionals") }
  package var assessments: String { t("Risk assessments", "Risicotaxaties") }
  package var decisionLog: String { t("Decision log", "Besluitenlog") }
  package var signals: String { t("Signals", "Signalen") }

  // Header
  package var chair: String { t("chair", "voorzitter") }
  package var noMeeting: String { t("no meeting", "geen vergadering") }
  package var privacyOn: String { t("PRIVACY", "PRIVACY") }
  package func privacyRefusal(familyID: String) -> String {
    t(
      "Privacy mode: only the family under discussion can be opened, not \(familyID) (p turns it off)",
      "Privacymodus: alleen het gezin dat besproken wordt kan open, niet \(familyID) (p zet hem uit)"
    )
  }

  package var minutes: String { "min" }
  package var overTime: String { t("over time", "tijd voorbij") }

  // Agenda
  package func status(_ status: AgendaStatus) -> String {
    switch status {
    case .waiting: t("waiting", "wacht")
    case .paused: t("paused", "onderbroken")
    case .notReached: t("not reached", "niet aan bod")
    case .discussed: t("discussed", "besproken")
    case .inProgress: t("in progress", "bezig")
    case .decided: t("decided", "besloten")
    case .adjourned: t("adjourned", "aangehouden")
    }
  }

  package func kind(_ kind: AgendaKind) -> String {
    switch kind {
    case .first: t("first", "eerste")
    case .otsReview: t("OTS review", "OTS-toets")
    case .drangEvaluation: t("drang review", "drang-toets")
    case .otsEnd: t("OTS end", "einde OTS")
    case .otsExtension: t("OTS extension", "verlenging OTS")
    }
  }

  package func phase(_ phase: Phase) -> String {
    switch phase {
    case .reported: t("reported", "gemeld")
    case .voluntary: t("voluntary", "vrijwillig")
    case .table: t("table", "tafel")
    case .drang: "drang"
    case .investigation: t("investigation", "onderzoek")
    case .measure: t("measure", "maatregel")
    case .closed: t("closed", "gesloten")
    }
  }

  // Family plan
  package var director: String { t("Director", "Regisseur") }
  package var consent: String { t("Consent", "Toestemming") }
  package var basis: String { t("Basis", "Grondslag") }
  package var duo: String { t("duo", "duo") }
  package var safety: String { t("Safety", "Veiligheid") }
  package var whileWaiting: String { t("while waiting", "tijdens het wachten") }
  package var noSafetyHolder: String {
    t("Nobody holds the child's safety", "Niemand heeft zicht op de veiligheid")
  }
  package func since(_ day: String) -> String { t("since \(day)", "sinds \(day)") }
  package func handoverOffered(_ organisation: String, _ day: String) -> String {
    t(
      "not answered: handover to \(organisation), offered \(day)",
      "niet beantwoord: overdracht aan \(organisation), aangeboden \(day)")
  }
  package var noDirector: String {
    t("No director: nobody holds direction (regie)", "Geen regisseur: niemand heeft de regie")
  }
  package func severalDirectors(_ names: String) -> String {
    t("More than one director: \(names)", "Meer dan één regisseur: \(names)")
  }
  package var concerns: String { t("Concerns", "Zorgen") }
  package var strengths: String { t("Strengths", "Krachten") }
  package var goals: String { t("Goals", "Doelen") }
  package var actions: String { t("Actions", "Acties") }
  package var safetyAgreements: String { t("Safety agreements", "Veiligheidsafspraken") }
  package var overdue: String { t("overdue", "te laat") }
  package var noOwner: String { t("no owner", "geen eigenaar") }
  package var noDate: String { t("no date", "geen datum") }
  package var done: String { t("done", "klaar") }
  package var cancelled: String { t("cancelled", "vervallen") }

  // Involved professionals
  package var contact: String { t("contact", "contactpersoon") }
  package var noContact: String { t("no fixed contact", "geen vaste contactpersoon") }
  package var since: String { t("since", "sinds") }
  package var until: String { t("until", "tot") }
  package func distinctProfessionals(_ count: Int) -> String {
    t(
      // Short enough to be read whole in a 38-column pane.
      "\(count) professional\(count == 1 ? "" : "s") met in 12 months",
      "\(count) professional\(count == 1 ? "" : "s") gezien in 12 maanden")
  }
  package var fixedContacts: String { t("Fixed contacts", "Vaste contactpersonen") }

  package func function(_ function: CaseFunction) -> String {
    switch function {
    case .intake: "intake"
    case .direction: t("direction", "regie")
    case .advice: t("advice", "advies")
    case .investigation: t("investigation", "onderzoek")
    case .monitoring: "monitoring"
    case .drang: "drang"
    case .measure: t("measure", "maatregel")
    case .care: t("care", "zorg")
    }
  }

  // Risk assessments
  package var safetyNow: String { t("safety", "veiligheid") }
  package var futureRisk: String { t("risk", "risico") }
  package var disagreementLegend: String {
    t(
      "≠ differs 2 or more steps from another organisation",
      "≠ wijkt 2 of meer stappen af van een andere organisatie")
  }

  package func scale(_ value: SafetyNow?) -> String {
    switch value {
    case .safe: t("safe", "veilig")
    case .mostlySafe: t("mostly safe", "grotendeels veilig")
    case .concerns: t("concerns", "zorgen")
    case .unsafe: t("unsafe", "onveilig")
    case nil: "—"
    }
  }

  package func scale(_ value: FutureRisk?) -> String {
    switch value {
    case .low: t("low", "laag")
    case .moderate: t("moderate", "matig")
    case .high: t("high", "hoog")
    case .veryHigh: t("very high", "zeer hoog")
    case nil: "—"
    }
  }

  package var carriedOver: String { t("carried over", "overgenomen") }

  // Decision log
  package func outcome(_ outcome: Outcome) -> String {
    switch outcome {
    case .noInvestigation: t("no RvdK investigation", "geen RvdK-onderzoek")
    case .drang: t("drang: investigation postponed", "drang: onderzoek uitgesteld")
    case .investigation: t("Request RvdK investigation", "Verzoek onderzoek RvdK")
    case .endOTS: t("end OTS", "OTS beëindigen")
    case .extendOTS: t("extend OTS", "OTS verlengen")
    case .adjourned: t("adjourned", "aangehouden")
    case .other: t("other", "anders")
    }
  }
  package func correctedBy(_ id: String) -> String {
    t("superseded: corrected by \(id)", "vervangen: verbeterd door \(id)")
  }
  package func corrects(_ id: String) -> String { t("corrects \(id)", "verbetert \(id)") }
  package var notPossible: String { t("not possible", "niet mogelijk") }
  package var notDone: String { t("not done", "niet gedaan") }
  package var rvdkReason: String { t("reason", "reden") }
  package var rvdkConditions: String { t("conditions", "voorwaarden") }
  /// The RvdK's decision on the table's request, beside the table's conclusion.
  package func rvdkDecision(_ kind: EventKind?, on day: Day?) -> String {
    let date = day.map { " \($0)" } ?? ""
    switch kind {
    case .rvdkAccept?: return t("RvdK: investigates", "RvdK: doet onderzoek") + date
    case .rvdkReject?: return t("RvdK: does not investigate", "RvdK: doet geen onderzoek") + date
    case .some: return t("RvdK: investigation started", "RvdK: onderzoek gestart") + date
    case nil: return t("RvdK: no decision recorded yet", "RvdK: nog geen besluit vastgelegd")
    }
  }
  package var deadline: String { t("deadline", "uiterlijk") }

  // Empty panes and states
  package var noDecisions: String { t("No decisions yet", "Nog geen besluiten") }
  package var noAssessments: String { t("No risk assessments", "Geen risicotaxaties") }
  package var noInvolvements: String {
    t("No professionals involved", "Geen professionals betrokken")
  }
  package var noPlan: String { t("The plan is empty", "Het plan is leeg") }
  package var noSignals: String { t("No signals", "Geen signalen") }
  package func unreadableFamily(readBefore: Bool) -> String {
    readBefore
      ? t(
        "The file cannot be read; the board shows what it read before.",
        "Het bestand is niet te lezen; het bord toont wat eerder gelezen is.")
      : t(
        "The file cannot be read; nothing of this family can be shown.",
        "Het bestand is niet te lezen; van dit gezin is niets te tonen.")
  }
  package var noFamily: String { t("No family selected", "Geen gezin gekozen") }
  package func loading(_ what: String) -> String { t("Loading \(what)…", "\(what) laden…") }
  /// A family not shown because the view could not be logged.
  package func withheld(_ reason: String) -> String {
    t(
      "Not shown: looking at this family could not be written to the access log (\(reason))",
      "Niet getoond: inzage in dit gezin kon niet in het toegangslog worden vastgelegd (\(reason))")
  }
  package var noFamilies: String { t("No families in this store", "Geen gezinnen in deze opslag") }
  package var hidden: String { t("(hidden in privacy mode)", "(verborgen in privacymodus)") }

  // Whole screen
  package func tooSmall(width: Int, height: Int) -> String {
    t(
      "Please make the terminal at least 80×24 (now \(width)×\(height))",
      "Maak het venster minstens 80×24 (nu \(width)×\(height))")
  }
  /// The same in a few words, for a terminal of a few rows.
  package func tooSmallShort(width: Int, height: Int) -> String {
    t("need 80×24, now \(width)×\(height)", "nodig 80×24, nu \(width)×\(height)")
  }
  package var quitQuestion: String {
    t("Something is not saved. Quit anyway?", "Er is iets niet bewaard. Toch stoppen?")
  }
  package var yesNo: String { t("y = yes, n = no", "j = ja, n = nee") }
  package var keys: String { t("Keys", "Toetsen") }
  package var filterPrompt: String { t("Filter", "Filter") }
  package var filterHint: String {
    t("a name, id, person, organisation or word", "een naam, nummer, persoon, organisatie of woord")
  }
  package var searchingFiles: String { t("searching the files…", "dossiers doorzoeken…") }
  package var noMatches: String { t("No matches", "Geen treffers") }
  package var loadingList: String { t("Loading the family list…", "Gezinslijst laden…") }
  package var notAvailable: String {
    t("Not available in this version", "Niet beschikbaar in deze versie")
  }
  package var noCaseSelected: String {
    t("Select a case on the agenda first", "Kies eerst een casus op de agenda")
  }
  package func saved(_ id: String) -> String { t("Saved \(id)", "Bewaard \(id)") }
  package var mouseOff: String { t("mouse off (--no-mouse)", "muis uit (--no-mouse)") }
}
