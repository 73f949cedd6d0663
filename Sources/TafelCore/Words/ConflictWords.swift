// A conflict a sync kept names its field as the files spell it
// ("plan.director", "items[FV-2026-0042].status"): exact, and what `tafel
// resolve` takes. The board and the export say it in words ("the director",
// "the state of FV-2026-0042 on the agenda"); a field without words here is
// shown as it is spelled.

import Foundation

package enum ConflictWords {
  /// The field in words, e.g. "de regisseur"; the field's spelling when unknown.
  package static func field(_ id: String, _ language: Language) -> String {
    let (pattern, identities) = shape(id)
    guard let words = fields[pattern] else { return id }
    let text = language.pick(words.english, words.dutch)
    return identities.first.map { text.replacingOccurrences(of: "#", with: $0) } ?? text
  }

  /// A value as `MergeConflict.shown` wrote it, in words where the field
  /// holds one of Tafel's codes (a phase, an agenda state): `"drang"` →
  /// `drang`, `"investigation"` → `onderzoek`. Anything else as it is.
  package static func value(_ shown: String, field: String, _ language: Language) -> String {
    guard shown.count >= 2, shown.hasPrefix("\""), shown.hasSuffix("\"") else { return shown }
    let code = String(shown.dropFirst().dropLast())
    switch shape(field).0 {
    case "phase": return Phase(rawValue: code).map { ChainWords.phase($0, language) } ?? shown
    case "items[].status":
      return AgendaStatus(rawValue: code).map { MinutesWords.status($0, language) } ?? shown
    case "items[].kind":
      return AgendaKind(rawValue: code).map { MinutesWords.kind($0, language) } ?? shown
    default: return shown
    }
  }

  /// "members[M1].name" → ("members[].name", ["M1"]).
  static func shape(_ id: String) -> (String, [String]) {
    var pattern = ""
    var identities: [String] = []
    var identity: String?
    for character in id {
      if character == "[" {
        identity = ""
        pattern.append(character)
      } else if character == "]", let found = identity {
        identities.append(found)
        identity = nil
        pattern.append(character)
      } else if identity != nil {
        identity!.append(character)
      } else {
        pattern.append(character)
      }
    }
    return (pattern, identities)
  }

  /// Words for each field a person changes; "#" is the element's identity.
  static let fields: [String: (english: String, dutch: String)] = [
    "name": ("the family's name", "de naam van het gezin"),
    "municipality": ("the municipality", "de gemeente"),
    "phase": ("the phase", "de fase"),
    "plan.director": ("the director", "de regisseur"),
    "request.from": ("who asks for the discussion", "wie om de bespreking vraagt"),
    "request.date": ("the date of the request", "de datum van het verzoek"),
    "request.reason": ("why the family is discussed", "waarom het gezin besproken wordt"),
    "request.tried": ("what was tried already", "wat al geprobeerd is"),
    "request.parentsReaction": ("what the parents say", "wat de ouders zeggen"),
    "members[].name": ("the name of member #", "de naam van gezinslid #"),
    "members[].birthDate": ("the birth date of member #", "de geboortedatum van gezinslid #"),
    "members[].custody": ("the custody of member #", "het gezag van gezinslid #"),
    "members[].role": ("the role of member #", "de rol van gezinslid #"),
    "involvements[].from": ("the start of involvement #", "het begin van betrokkenheid #"),
    "involvements[].to": ("the end of involvement #", "het einde van betrokkenheid #"),
    "involvements[].functions": (
      "the functions of involvement #", "de functies van betrokkenheid #"
    ),
    "plan.actions[].status": ("the state of action #", "de stand van actie #"),
    "plan.actions[].due": ("the due date of action #", "de einddatum van actie #"),
    "plan.actions[].owner": ("who carries out action #", "wie actie # uitvoert"),
    "plan.actions[].what": ("what action # is", "wat actie # inhoudt"),
    "events[].date": ("the date of step #", "de datum van stap #"),
    "events[].note": ("the note of step #", "de toelichting bij stap #"),
    "consent[].withdrawn": ("the withdrawal of consent #", "de intrekking van toestemming #"),
    "date": ("the meeting's date", "de datum van de vergadering"),
    "location": ("the meeting's place", "de plaats van de vergadering"),
    "chair": ("the chair", "de voorzitter"),
    "secretary": ("the secretary", "de notulist"),
    "items[].status": ("the state of # on the agenda", "de stand van # op de agenda"),
    "items[].start": ("the time of # on the agenda", "het tijdstip van # op de agenda"),
    "items[].minutes": ("the time planned for #", "de geplande tijd voor #"),
  ]
}
