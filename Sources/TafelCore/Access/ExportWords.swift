// The words of the chain a family meets in its export (RvdK, OTS, drang, ZRM,
// 3-kolommen…), each said once in plain words at the end of the document —
// only those the document uses. docs/glossary.md is the professionals' list.

import Foundation

package enum ExportWords {
  /// The terms that occur in `text` (as a whole word), with what they mean.
  package static func used(in text: String, _ language: Language) -> [String] {
    terms.filter { occurs($0.term, in: text) }.map {
      "\($0.term): " + language.pick($0.english, $0.dutch)
    }
  }

  /// `term` in `text` with no letter or digit right before or after it;
  /// a lower-case term in any case.
  static func occurs(_ term: String, in text: String) -> Bool {
    var rest = text[...]
    // A lower-case word (drang, regisseur) also at a sentence's start.
    let options: String.CompareOptions = term == term.lowercased() ? [.caseInsensitive] : []
    while let range = rest.range(of: term, options: options) {
      let before =
        range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      let isWord = { (c: Character?) in c.map { $0.isLetter || $0.isNumber } ?? false }
      if !isWord(before), !isWord(after) { return true }
      rest = text[range.upperBound...]
    }
    return false
  }

  static let terms: [(term: String, english: String, dutch: String)] = [
    (
      "JBT",
      "the youth protection table (jeugdbeschermingstafel), where parents, the child from 12 and the professionals decide together",
      "de jeugdbeschermingstafel, waar ouders, het kind vanaf 12 jaar en de professionals samen besluiten"
    ),
    (
      "RvdK",
      "the Child Protection Board (Raad voor de Kinderbescherming), which investigates whether a child protection measure is needed",
      "de Raad voor de Kinderbescherming, die onderzoekt of een kinderbeschermingsmaatregel nodig is"
    ),
    (
      "OTS",
      "a family supervision order (ondertoezichtstelling): the juvenile judge has a youth protector supervise the upbringing",
      "ondertoezichtstelling: de kinderrechter laat een jeugdbeschermer toezien op de opvoeding"
    ),
    (
      "GI",
      "a certified institution (gecertificeerde instelling) that carries out child protection measures",
      "gecertificeerde instelling, die kinderbeschermingsmaatregelen uitvoert"
    ),
    (
      "drang",
      "help within the voluntary frame with a deadline, one step before a measure by the judge",
      "hulp in het vrijwillig kader met een termijn, één stap vóór een maatregel van de rechter"
    ),
    (
      "Veilig Thuis", "the advice and reporting centre for domestic violence and child abuse",
      "het advies- en meldpunt voor huiselijk geweld en kindermishandeling"
    ),
    (
      "ZRM",
      "the self-sufficiency matrix (Zelfredzaamheid-Matrix): each area of life scored from 1 (acute problems) to 5",
      "de Zelfredzaamheid-Matrix: elk levensgebied gescoord van 1 (acute problemen) tot 5"
    ),
    (
      "3-kolommen",
      "the three-column model (Signs of Safety): worries, what is working, what must happen, and a safety score from 0 to 10",
      "het drie-kolommenmodel (Signs of Safety): zorgen, wat goed gaat, wat moet gebeuren, en een veiligheidsscore van 0 tot 10"
    ),
    (
      "LIRIK",
      "a checklist for assessing a child's safety (Licht Instrument Risicotaxatie Kindveiligheid)",
      "Licht Instrument Risicotaxatie Kindveiligheid, een lijst om de veiligheid van een kind in te schatten"
    ),
    (
      "ARIJ",
      "a risk assessment used in child protection (Actuarieel Risicotaxatie-Instrument Jeugdbescherming)",
      "Actuarieel Risicotaxatie-Instrument Jeugdbescherming, een risicotaxatie in de jeugdbescherming"
    ),
    (
      "regisseur", "the professional who coordinates the one family plan",
      "de professional die het ene gezinsplan coördineert"
    ),
  ]
}
