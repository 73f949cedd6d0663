// The table concludes, the RvdK decides (issue 25), with the real binary on
// a demo store: the table's request waits, a rejection without a reason is
// refused with nothing written, the RvdK's decision is recorded as a chain
// step (checked in the JSON on disk) that the history, the minutes and the
// report follow, and neither `tafel event` nor `tafel edit` can write or
// rewrite one by hand.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("the RvdK's decision")
struct CliRvdKTests {
  @Test("the table's request, the RvdK's rejection, and where it shows")
  func rejection() throws {
    let store = try CliStore()
    let (meeting, familyID) = try CliDecideTests.todaysCase(store)
    let decided = try store.tafel([
      "decide", familyID, "--outcome", "investigation", "--rationale",
      "Zorgen blijven; de tafel vraagt de Raad om onderzoek.", "--meeting", meeting,
      "--child-not-heard", "Niet gevraagd.",
    ])
    #expect(decided.status == 0, "\(decided)")
    let decisionID = decided.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let waiting = try store.tafel(["rvdk", familyID])
    #expect(waiting.status == 0, "\(waiting)")
    #expect(waiting.stdout.contains("\(decisionID)/request request for investigation"))
    #expect(waiting.stdout.contains("waiting for the RvdK's decision"))

    // Refused, one line each, the family file unchanged byte for byte.
    let file = StoreLayout.familyFile(familyID)
    let before = store.data(file)
    let today = CliRunner.today.description
    let refusals: [([String], String)] = [
      (["--reject", "--date", today, "--by", "Anna de Wit", "--expert", "Bert Smit"], "--reason"),
      (["--accept", "--date", today, "--by", "Anna de Wit"], "--expert"),
      (["--accept", "--by", "Anna de Wit", "--expert", "Bert Smit"], "--date"),
      (
        [
          "--accept", "--date", today, "--by", "Anna de Wit", "--expert", "Bert Smit",
          "--request", "E99",
        ], "E99 is not a request for investigation"
      ),
      (
        [
          "--accept", "--date", CliRunner.today.adding(days: -1).description, "--by",
          "Anna de Wit", "--expert", "Bert Smit",
        ], "was made on \(today)"
      ),
    ]
    for (arguments, names) in refusals {
      let refused = try store.tafel(["rvdk", familyID] + arguments)
      #expect(refused.status != 0, "\(refused)")
      #expect(refused.stderrLines.count == 1, "\(refused)")
      #expect(refused.stderr.contains(names), "\(refused)")
      #expect(store.data(file) == before)
    }
    let byHand = try store.tafel(["event", familyID, "--kind", "rvdk-accept", "--date", today])
    #expect(byHand.status == 2, "\(byHand)")
    #expect(byHand.stderr.contains("tafel rvdk"), "\(byHand)")
    #expect(store.data(file) == before)

    let rejected = try store.tafel([
      "rvdk", familyID, "--reject", "--date", today, "--by", "Anna de Wit", "--expert",
      "Bert Smit", "--reason", "Hulp via het netwerk is niet beproefd.", "--as", "Secretaris",
    ])
    #expect(rejected.status == 0, "\(rejected)")
    #expect(rejected.stdout.contains("the RvdK rejected request \(decisionID)/request"))
    let family = try store.family(familyID)
    let step = try #require(family.events.last)
    #expect(step.kind == .rvdkReject)
    #expect(step.from == "rvdk")
    #expect(
      step.rvdk
        == RvdKDecision(
          by: "Anna de Wit", expert: "Bert Smit", reason: "Hulp via het netwerk is niet beproefd.",
          request: "\(decisionID)/request"))
    #expect(family.phase == .voluntary)
    #expect(family.changes.last?.by == "Secretaris")
    #expect(
      family.changes.last?.what
        == "the RvdK rejected the request for investigation on \(today) (Hulp via het netwerk is niet beproefd.)"
    )
    // Answered: a second answer is refused.
    let twice = try store.tafel([
      "rvdk", familyID, "--accept", "--date", today, "--by", "Anna de Wit", "--expert", "Bert Smit",
    ])
    #expect(twice.status == 1, "\(twice)")
    #expect(twice.stderr.contains("no request for investigation waits"), "\(twice)")

    // The history, the minutes (both facts) and the report follow the RvdK's step.
    let history = try store.tafel(["history", familyID])
    #expect(history.stdout.contains("RvdK does not investigate"), "\(history)")
    #expect(
      history.stdout.contains(
        "decided by Anna de Wit with behavioural expert Bert Smit; reason: Hulp via het netwerk is niet beproefd."
      ))
    let minutes = try store.tafel(["minutes", meeting, "--lang", "nl"])
    #expect(minutes.status == 0, "\(minutes)")
    #expect(
      minutes.stdout.contains(
        "**Uitkomst:** Verzoek tot onderzoek aan de Raad voor de Kinderbescherming"))
    #expect(minutes.stdout.contains("**Besluit van de RvdK:**"), "\(minutes.stdout)")
    #expect(minutes.stdout.contains("de Raad doet geen onderzoek, besloten door Anna de Wit"))
    let report = try store.tafel(["report", "--format", "json"])
    let decoded = try JSONDecoder().decode(RegionReport.self, from: report.stdoutData)
    // The demo's Bos, whose request the RvdK declined, and this one.
    #expect(decoded.rvdk.rejected == 2)
    #expect(decoded.rvdk.awaiting == 0)

    // tafel edit cannot rewrite the RvdK's decision: refused at its place, discarded.
    let recorded = store.data(file)
    let edit = try store.editReplacing("niet beproefd", with: "wel beproefd", family: familyID)
    #expect(edit.status == 1, "\(edit)")
    #expect(
      edit.stderr.contains(
        "the RvdK's decision \(step.id) was changed; it stays as the RvdK took it"),
      "\(edit)")
    #expect(store.data(file) == recorded)
  }

  @Test("the request for investigation is written in Dutch from the file, with what it lacks")
  func requestForInvestigation() throws {
    let store = try CliStore()
    let familyID = try CliRegionTests.family(named: "Familie de Vries", in: store)
    let written = try store.tafel(["vto", familyID])
    #expect(written.status == 0, "\(written)")
    let text = written.stdout
    #expect(
      text.hasPrefix(
        "# Verzoek tot onderzoek aan de Raad voor de Kinderbescherming — Familie de Vries"))
    #expect(text.contains("## Conclusie van de tafel"))
    #expect(text.contains("De tafel vraagt de Raad een beschermingsonderzoek te starten."))
    #expect(
      text.contains(
        "Ouders/verzorgers: Ouders vinden het onderzoek overdreven, maar zullen meewerken."))
    // The file as it stood on the day of the request, and the RvdK's answer since.
    #expect(text.contains("Stand van het dossier op "))
    #expect(text.contains("Let op: de Raad heeft op dit verzoek al besloten. "))
    #expect(!text.contains("Sevda van Leeuwen (Jeugdbescherming Gelderland) — uitvoering"))
    #expect(text.contains("## Risicotaxaties"))
    #expect(text.contains("## Wat de intake van de Raad nog mist"))
    #expect(text.contains("Is het kind onveilig? Er is geen risicotaxatie van de laatste 90 dagen"))
    // As a page to print, written 0600; logged as printed.
    let path = store.scratch.file("vto.html")
    let html = try store.tafel(["vto", familyID, "--format", "html", "--output", path])
    #expect(html.status == 0, "\(html)")
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(
      try String(contentsOfFile: path, encoding: .utf8).contains(
        "<h2>Wat de intake van de Raad nog mist</h2>"))
    let log = try store.tafel(["log", familyID])
    #expect(log.stdout.contains("request for investigation"), "\(log)")
    // A family the table did not refer: one line, nothing written.
    let other = try CliRegionTests.family(named: "Familie Pinas", in: store)
    let refused = try store.tafel(["vto", other])
    #expect(refused.status == 1, "\(refused)")
    #expect(
      refused.stderrLines == [
        "tafel: \(other): no conclusion in force asks the RvdK to investigate (tafel decide … --outcome investigation)"
      ])
  }
}
