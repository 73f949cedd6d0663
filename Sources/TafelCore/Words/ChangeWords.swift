// A change record's "what" (and a commit's message) is stored in English, the
// same in every store and every version, so that files and history read alike
// on every machine. A family that asks what was done to its file reads it in
// its own language: this knows every phrase Tafel writes, takes its parts
// (ids, dates, outcomes, chain steps) out and says it again in the reader's
// language. A phrase it does not know — an older Tafel's, a hand edit — is
// shown as stored, never guessed at.

package enum ChangeWords {
  /// The stored phrase in `language`; as stored when it is not one of Tafel's.
  package static func text(_ what: String, _ language: Language) -> String {
    for phrase in phrases {
      if let said = phrase.say(what, language) { return said }
    }
    return what
  }

  /// A part of a phrase: words as written, or a slot read from the text.
  enum Part: Sendable {
    case words(String)
    /// Any text, kept as it is (an id, a date, a name).
    case kept
    /// A slot whose stored word is put into the reader's language; nil when
    /// the text there is not such a word (then the phrase does not match).
    case word(@Sendable (Substring, Language) -> String?)
  }

  struct Phrase: Sendable {
    var parts: [Part]
    var dutch: @Sendable ([String]) -> String

    init(_ parts: [Part], _ dutch: @escaping @Sendable ([String]) -> String) {
      self.parts = parts
      self.dutch = dutch
    }

    func say(_ text: String, _ language: Language) -> String? {
      guard let slots = Phrase.match(parts[...], text[...], language) else { return nil }
      guard language == .en else { return dutch(slots) }
      // English is the phrase as stored, its coded words said in words
      // ("recorded a decision (no-investigation)" → "… (no investigation)").
      var said = ""
      var next = slots.makeIterator()
      for part in parts {
        if case .words(let words) = part { said += words } else { said += next.next() ?? "" }
      }
      return said
    }

    /// The slots' texts when `text` is exactly these parts, else nil. A slot
    /// takes as little as lets the rest match (the phrases are short).
    static func match(_ parts: ArraySlice<Part>, _ text: Substring, _ language: Language)
      -> [String]?
    {
      guard let part = parts.first else { return text.isEmpty ? [] : nil }
      let rest = parts.dropFirst()
      switch part {
      case .words(let words):
        guard text.hasPrefix(words) else { return nil }
        return match(rest, text.dropFirst(words.count), language)
      case .kept, .word:
        var end = text.startIndex
        while end < text.endIndex {
          end = text.index(after: end)
          let slot = text[text.startIndex..<end]
          guard let tail = match(rest, text[end...], language) else { continue }
          if case .word(let translate) = part {
            guard let said = translate(slot, language) else { continue }
            return [said] + tail
          }
          return [String(slot)] + tail
        }
        return nil
      }
    }
  }

  static func outcome(_ text: Substring, _ language: Language) -> String? {
    if text == "no outcome" { return language.pick("no outcome", "zonder uitkomst") }
    guard let outcome = Outcome(rawValue: String(text)) else { return nil }
    return switch outcome {
    case .noInvestigation: language.pick("no investigation", "geen onderzoek")
    case .drang: "drang"
    case .investigation: language.pick("investigation", "onderzoek")
    case .endOTS: language.pick("end the OTS", "einde OTS")
    case .extendOTS: language.pick("extend the OTS", "verlenging OTS")
    case .adjourned: language.pick("adjourned", "aangehouden")
    case .other: language.pick("other", "anders")
    }
  }

  static func status(_ text: Substring, _ language: Language) -> String? {
    AgendaStatus(rawValue: String(text)).map { MinutesWords.status($0, language) }
  }

  static func step(_ text: Substring, _ language: Language) -> String? {
    EventKind(rawValue: String(text)).map { ChainWords.event($0, language) }
  }

  static func functions(_ text: Substring, _ language: Language) -> String? {
    let words = text.split(separator: ",").map { CaseFunction(rawValue: String($0)) }
    guard !words.isEmpty, words.allSatisfy({ $0 != nil }) else { return nil }
    return words.compactMap { $0 }.map { ChainWords.function($0, language) }.joined(
      separator: ", ")
  }

  /// Every phrase Tafel writes, the longer and more particular ones first.
  static let phrases: [Phrase] = [
    Phrase([.words("created the store")]) { _ in "maakte de gegevens van de tafel aan" },
    Phrase([.words("created the family")]) { _ in "maakte het dossier aan" },
    Phrase([.words("created the meeting")]) { _ in "maakte de vergadering aan" },
    Phrase([.words("demo data")]) { _ in "demogegevens" },
    Phrase([.words("closed the meeting")]) { _ in "sloot de vergadering" },
    Phrase([.words("consent recorded")]) { _ in "legde de toestemming vast" },
    Phrase([.words("consent recorded from "), .kept]) { "legde de toestemming vast van \($0[0])" },
    Phrase([.words("changed the region's settings: "), .kept]) {
      "wijzigde de regels van de regio: \($0[0])"
    },
    Phrase([.kept, .words(" holds the child's safety from "), .kept]) {
      "\($0[0]) heeft zicht op de veiligheid van het kind vanaf \($0[1])"
    },
    Phrase([.words("offered the child's safety to "), .kept, .words(" on "), .kept]) {
      "droeg zicht op de veiligheid van het kind over aan \($0[0]) op \($0[1])"
    },
    Phrase([.words("agreed while waiting: "), .kept]) {
      "legde afspraken vast voor tijdens het wachten: \($0[0])"
    },
    Phrase([.words("accepted the safety handover on "), .kept]) {
      "aanvaardde de overdracht van zicht op veiligheid op \($0[0])"
    },
    Phrase([.words("refused the safety handover on "), .kept]) {
      "weigerde de overdracht van zicht op veiligheid op \($0[0])"
    },
    Phrase([
      .words("withdrew consent "), .kept, .words(", given by "), .kept, .words(" on "), .kept,
    ]) {
      "legde vast dat toestemming \($0[0]), gegeven door \($0[1]) op \($0[2]), is ingetrokken"
    },
    Phrase([.words("consent "), .kept, .words(" withdrawn")]) {
      "legde vast dat toestemming \($0[0]) is ingetrokken"
    },
    Phrase([.words("edited the plan by hand")]) { _ in "bewerkte het gezinsplan met de hand" },
    Phrase([.words("edited by hand: "), .kept]) { "bewerkte met de hand: \($0[0])" },
    Phrase([.words("recorded a decision ("), .word(outcome), .words(")")]) {
      "legde een besluit vast (\($0[0]))"
    },
    Phrase([.words("recorded a correction of "), .kept, .words(" ("), .word(outcome), .words(")")])
    {
      "legde een verbetering vast van besluit \($0[0]) (\($0[1]))"
    },
    Phrase([.words("recorded the request for discussion of "), .kept]) {
      "legde het verzoek tot bespreking van \($0[0]) vast"
    },
    Phrase([.words("recorded "), .word(step), .words(" on "), .kept]) {
      "legde de stap \($0[0]) vast op \($0[1])"
    },
    Phrase([.words("added a "), .kept, .words(" assessment")]) {
      "legde een risicotaxatie \($0[0]) vast"
    },
    Phrase([.words("involved "), .kept, .words(" ("), .word(functions), .words(")")]) {
      "legde de betrokkenheid van \($0[0]) vast (\($0[1]))"
    },
    Phrase([.words("ended involvement "), .kept]) { "beëindigde betrokkenheid \($0[0])" },
    Phrase([.words("added professional "), .kept]) { "voegde professional \($0[0]) toe" },
    Phrase([.words("added organisation "), .kept]) { "voegde organisatie \($0[0]) toe" },
    Phrase([.words("put "), .kept, .words(" on the agenda")]) {
      "zette \($0[0]) op de agenda"
    },
    Phrase([.words("took "), .kept, .words(" off the agenda")]) {
      "haalde \($0[0]) van de agenda"
    },
    Phrase([.kept, .words(" no longer carried over to "), .kept]) {
      "\($0[0]) gaat niet meer mee naar \($0[1])"
    },
    Phrase([.words("carried over the unfinished cases of "), .kept]) {
      "nam de niet afgeronde casussen over van \($0[0])"
    },
    Phrase([.kept, .words(" carried over from "), .kept]) {
      "\($0[0]) overgenomen van \($0[1])"
    },
    Phrase([.kept, .words(" discussed, no decision")]) { "\($0[0]) besproken, geen besluit" },
    Phrase([.kept, .words(" in progress")]) { "\($0[0]) in bespreking" },
    Phrase([.kept, .words(" attendance")]) { "\($0[0]): aanwezigheid vastgelegd" },
    Phrase([.words("archived")]) { _ in "gearchiveerd" },
    Phrase([.words("archived the family (file closed)")]) {
      _ in "archiveerde het gezin (dossier gesloten)"
    },
    Phrase([.words("removed "), .kept, .words(" after the retention period")]) {
      "verwijderde \($0[0]) na de bewaartermijn"
    },
    Phrase([.words("erased "), .kept, .words(" (request)")]) {
      "vernietigde \($0[0]) op verzoek"
    },
    Phrase([.words("erased "), .kept, .words(" (retention)")]) {
      "vernietigde \($0[0]) na de bewaartermijn"
    },
    Phrase([
      .words("resolved the conflict on "), .kept, .words(": "), .kept, .words(" (not "), .kept,
      .words(")"),
    ]) {
      "koos na synchronisatie voor \(ConflictWords.field($0[0], .nl)): "
        + "\(ConflictWords.value($0[1], field: $0[0], .nl)) "
        + "(niet \(ConflictWords.value($0[2], field: $0[0], .nl)))"
    },
    Phrase([.kept, .words(" settled the conflict on phase: "), .kept]) {
      "besluit \($0[0]) besliste de fase na synchronisatie: "
        + ConflictWords.value($0[1], field: "phase", .nl)
    },
    Phrase([.words("resolved the conflict on "), .kept, .words(": "), .kept]) {
      "koos na synchronisatie voor \(ConflictWords.field($0[0], .nl)): "
        + ConflictWords.value($0[1], field: $0[0], .nl)
    },
    Phrase([.words("upgraded the store from format "), .kept, .words(" to "), .kept]) {
      "zette de gegevens om van formaat \($0[0]) naar \($0[1])"
    },
    Phrase([.words("replica "), .kept, .words(" cloned from "), .kept]) {
      "kopie \($0[0]) gemaakt van \($0[1])"
    },
    Phrase([.words("Tafel's git settings")]) { _ in "git-instellingen van Tafel" },
    // The store's own commits, as `history --changes` lists them from git.
    Phrase([.words("store: made a git repository (tafel init --git)")]) {
      _ in "gegevens onder git gebracht (tafel init --git)"
    },
    Phrase([.words("store: the access log's new entries")]) {
      _ in "nieuwe regels van het toegangslogboek"
    },
    Phrase([.words("store: changes saved before, committed now")]) {
      _ in "eerder opgeslagen wijzigingen, nu vastgelegd in git"
    },
    Phrase([.words("store: changes made outside a commit, committed by sync")]) {
      _ in "wijzigingen van buiten Tafel, vastgelegd door sync"
    },
    Phrase([
      .words("store: sync merged "), .kept, .words(" file, "), .kept, .words(" kept as conflicts"),
    ]) {
      "sync voegde \($0[0]) bestand samen, \($0[1]) conflict(en) bewaard"
    },
    Phrase([
      .words("store: sync merged "), .kept, .words(" files, "), .kept, .words(" kept as conflicts"),
    ]) {
      "sync voegde \($0[0]) bestanden samen, \($0[1]) conflict(en) bewaard"
    },
    Phrase([.words("store: sync merged "), .kept, .words(" file")]) {
      "sync voegde \($0[0]) bestand samen"
    },
    Phrase([.words("store: sync merged "), .kept, .words(" files")]) {
      "sync voegde \($0[0]) bestanden samen"
    },
    // Last: "<family> <status>" would otherwise take the phrases above.
    Phrase([.kept, .words(" "), .word(status)]) { "\($0[0]) \($0[1])" },
  ]
}
