// The words for each outcome of the table, as the decision form lists them
// and the read-back and decision log show them, in English and Dutch.

import TafelCore

extension Outcome {
  /// The outcome in full words: "RvdK investigation postponed with agreements (drang)".
  public func label(_ language: Language) -> String {
    switch self {
    case .noInvestigation:
      language.pick(
        "No RvdK investigation; voluntary help continues",
        "Geen onderzoek RvdK; vrijwillige hulp gaat door")
    case .drang:
      language.pick(
        "RvdK investigation postponed with agreements (drang)",
        "Onderzoek RvdK aangehouden met afspraken (drang)")
    case .investigation: language.pick("RvdK investigation starts", "Onderzoek RvdK start")
    case .endOTS:
      language.pick("OTS review: agree to end the OTS", "Evaluatie OTS: instemmen met beëindiging")
    case .extendOTS:
      language.pick("OTS review: advise extension", "Evaluatie OTS: advies tot verlenging")
    case .adjourned: language.pick("Adjourned", "Aangehouden")
    case .other: language.pick("Other", "Anders")
    }
  }
}
