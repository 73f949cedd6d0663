// Change records are stored in English and read in the reader's language:
// each phrase Tafel writes, its parts kept or put into words, and anything
// else shown as stored.

import TafelCore
import Testing

@Suite("change records in the reader's language")
struct ChangeWordsTests {
  @Test(
    "Tafel's phrases in Dutch, their ids, dates and words kept or translated",
    arguments: [
      ("created the family", "maakte het dossier aan"),
      ("recorded a decision (drang)", "legde een besluit vast (drang)"),
      (
        "recorded a correction of FV-2026-0052-D001-vz (investigation)",
        "legde een verbetering vast van besluit FV-2026-0052-D001-vz (onderzoek)"
      ),
      ("recorded a decision (no-investigation)", "legde een besluit vast (geen onderzoek)"),
      ("recorded scale-up on 2026-11-20", "legde de stap opschaling vast op 2026-11-20"),
      (
        "involved P-0003 (intake,direction)",
        "legde de betrokkenheid van P-0003 vast (intake, regie)"
      ),
      ("FV-2026-0052 decided", "FV-2026-0052 besloten"),
      ("FV-2026-0052 adjourned", "FV-2026-0052 aangehouden"),
      ("FV-2026-0052 in progress", "FV-2026-0052 in bespreking"),
      (
        "FV-2026-0052 carried over from JBT-2026-12-03",
        "FV-2026-0052 overgenomen van JBT-2026-12-03"
      ),
      ("consent 1 withdrawn", "legde vast dat toestemming 1 is ingetrokken"),
      (
        "withdrew consent 2, given by Emre Öztürk on 2026-07-02",
        "legde vast dat toestemming 2, gegeven door Emre Öztürk op 2026-07-02, is ingetrokken"
      ),
      ("edited by hand: plan.goals", "bewerkte met de hand: plan.goals"),
      (
        "FV-2026-0052-D003 settled the conflict on phase: \"investigation\"",
        "besluit FV-2026-0052-D003 besliste de fase na synchronisatie: onderzoek"
      ),
      (
        "resolved the conflict on phase: \"investigation\" (not \"drang\")",
        "koos na synchronisatie voor de fase: onderzoek (niet drang)"
      ),
      (
        "store: sync merged 1 file, 1 kept as conflicts",
        "sync voegde 1 bestand samen, 1 conflict(en) bewaard"
      ),
      ("store: sync merged 3 files", "sync voegde 3 bestanden samen"),
      (
        "resolved the conflict on request.reason: \"a\" (not \"b\")",
        "koos na synchronisatie voor waarom het gezin besproken wordt: \"a\" (niet \"b\")"
      ),
      (
        "removed FV-2001-0003 after the retention period",
        "verwijderde FV-2001-0003 na de bewaartermijn"
      ),
    ])
  func dutch(_ stored: String, _ dutch: String) {
    #expect(ChangeWords.text(stored, .nl) == dutch)
    #expect(ChangeWords.text(stored, .en) == Self.english[stored] ?? stored)
  }

  /// English is the stored text, its coded words said in words.
  static let english = [
    "recorded a decision (no-investigation)": "recorded a decision (no investigation)",
    "involved P-0003 (intake,direction)": "involved P-0003 (intake, direction)",
  ]

  @Test("a phrase Tafel does not write, or a word it does not know, is shown as stored")
  func unknown() {
    for stored in [
      "fixed a typo", "recorded a decision (maybe)", "recorded nothing-like-this on 2026-01-01",
      "FV-2026-0052 sleeping", "", "involved P-0003 (cooking)",
    ] {
      #expect(ChangeWords.text(stored, .nl) == stored)
    }
  }
}
