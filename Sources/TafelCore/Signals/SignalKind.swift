// The ways the chain goes wrong that the board makes visible, and the one a
// sync between replicas can leave (a conflict kept, two decisions in force),
// each with a marker letter that reads without colour (docs/signals.md).

package enum SignalKind: String, Codable, CaseIterable, Sendable {
  case direction
  case overlap
  case manyHelpers = "many-helpers"
  case stalled
  case handoverGap = "handover-gap"
  case assessmentsDisagree = "assessments-disagree"
  case agreements
  case childVoice = "child-voice"
  case deadline
  case sync
  case consent
  case safety
  case repeated = "repeat"

  /// One letter per kind, shown in agenda rows: R(egie), O(verlap),
  /// H(elpers), S(talled), G(ap), A(ssessments), D (agreements: afspraken,
  /// "deals"), C(hild), T(ermijn), X (two versions after a sync), P (no
  /// permission: no consent to share at the table), V (zicht op
  /// veiligheid: nobody holds the child's safety, or a handover unanswered),
  /// B (back: a new report or request within the repeat window after the
  /// table ended its part).
  package var marker: Character {
    switch self {
    case .direction: "R"
    case .overlap: "O"
    case .manyHelpers: "H"
    case .stalled: "S"
    case .handoverGap: "G"
    case .assessmentsDisagree: "A"
    case .agreements: "D"
    case .childVoice: "C"
    case .deadline: "T"
    case .sync: "X"
    case .consent: "P"
    case .safety: "V"
    case .repeated: "B"
    }
  }

  /// The kind's short name.
  package func name(_ language: Language) -> String {
    switch self {
    case .direction: language.pick("direction", "regie")
    case .overlap: "overlap"
    case .manyHelpers: language.pick("many helpers", "veel hulpverleners")
    case .stalled: language.pick("stalled", "stilstand")
    case .handoverGap: language.pick("handover gap", "overdracht onvolledig")
    case .assessmentsDisagree: language.pick("assessments disagree", "taxaties verschillen")
    case .agreements: language.pick("agreements", "afspraken")
    case .childVoice: language.pick("child's voice", "stem van het kind")
    case .deadline: language.pick("deadline", "termijn")
    case .sync: language.pick("sync conflict", "synchronisatieconflict")
    case .consent: language.pick("no consent", "geen toestemming")
    case .safety: language.pick("safety", "zicht op veiligheid")
    case .repeated: language.pick("back again", "opnieuw terug")
    }
  }
}
