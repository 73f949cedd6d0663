// English screens say nothing in Dutch and Dutch screens nothing in English:
// every demo family's board and each pane full screen, in both languages,
// is read word by word against a list of the other language's words. Words
// that are the records' own (the demo's Dutch plans, names, notes) are left
// out first: only Tafel's own words are judged.

import Foundation
import TafelCore
import TafelDemo
import TafelScreen
import Testing

@testable import TafelUI

@Suite("Words of one language")
struct LanguageWordsTests {
  static let today = Day("2026-12-01")!

  /// Words Tafel writes in Dutch that an English screen must not show.
  static let dutch: Set<String> = [
    "gezin", "gezinnen", "besluit", "besluiten", "aanwezig", "sinds", "dagen", "geen",
    "vergadering", "voorzitter", "aangehouden", "regisseur", "regisseurs", "betrokken",
    "taxatie", "taxaties", "afspraak", "afspraken", "eigenaar", "krachten", "doelen", "acties",
    "vandaag", "gemeld", "vrijwillig", "maatregel", "afgesloten", "uitspraak", "verzoek",
    "bespreking", "tijdlijn", "fase", "veiligheid", "risico", "laag", "hoog", "gem", "mediaan",
    "toelichting", "gezien", "maanden", "niemand", "signalen", "uiterlijk", "verbetert",
    "vervangen", "matig", "veilig", "onveilig", "grotendeels", "volgend", "venster", "stoppen",
  ]

  /// Words Tafel writes in English that a Dutch screen must not show.
  static let english: Set<String> = [
    "since", "days", "decision", "decisions", "present", "owner", "family", "families",
    "meeting", "agreement", "agreements", "risk", "safety", "avg", "median", "director",
    "involved", "overdue", "today", "none", "nobody", "months", "concerns", "strengths", "goals",
    "actions", "deadline", "corrects", "superseded", "low", "moderate", "safe", "unsafe", "quit",
    "next", "pane", "decide", "timeline", "full", "screen", "contacts", "assessments",
    "signals", "differs", "steps", "another", "organisation", "yet", "extend", "investigation",
    "postponed", "adjourned", "other",
  ]

  /// Every word of the demo's own records (names, plans, notes, rationales).
  static func recordWords(
    _ demo: (info: StoreInfo, directory: Directory, families: [Family], meetings: [Meeting])
  ) throws -> Set<String> {
    var words: Set<String> = []
    func collect(_ value: JSONValue) {
      switch value {
      case .string(let text): words.formUnion(Self.words(text))
      case .array(let elements): elements.forEach(collect)
      case .object(let members):
        for (key, member) in members {
          words.formUnion(Self.words(key))
          collect(member)
        }
      default: break
      }
    }
    let decoder = JSONDecoder()
    for family in demo.families {
      collect(try decoder.decode(JSONValue.self, from: TafelJSON.encode(family)))
    }
    collect(try decoder.decode(JSONValue.self, from: TafelJSON.encode(demo.directory)))
    // The region's settings are its own words (a norm's source).
    collect(try decoder.decode(JSONValue.self, from: TafelJSON.encode(demo.info)))
    return words
  }

  static func words(_ text: String) -> [String] {
    Folding.fold(text).split { !$0.isLetter }.map(String.init)
  }

  @Test(
    "English screens hold no Dutch words, Dutch screens no English ones",
    arguments: Language.allCases)
  func oneLanguage(language: Language) throws {
    let demo = DemoData.make(today: Self.today)
    let records = try Self.recordWords(demo)
    let data = BoardData(
      info: demo.info, directory: demo.directory, meeting: nil,
      families: Dictionary(uniqueKeysWithValues: demo.families.map { ($0.id, $0) }),
      summaries: demo.families.map(FamilySummary.init), today: Self.today,
      now: Timestamp("2026-12-01T09:30:00Z")!, zone: .utc)
    let app = BoardApp(data: data, options: BoardOptions(language: language, user: "test"))
    let forbidden = language == .en ? Self.dutch : Self.english
    var found: [String: String] = [:]
    func read(_ screen: String, _ place: String) {
      for word in Self.words(screen) where forbidden.contains(word) && !records.contains(word) {
        found[word] = found[word] ?? place
      }
    }
    _ = app.render(width: 120, height: 40)
    for _ in demo.families {
      let id = app.selectedFamilyID ?? "?"
      read(app.render(width: 120, height: 40).text, "\(id) board")
      for pane in [PaneID.plan, .involved, .assessments, .decisions, .signals] {
        app.focus = pane
        _ = app.handle(.enter)
        read(app.render(width: 120, height: 40).text, "\(id) \(pane) full screen")
        _ = app.handle(.escape)
      }
      app.focus = .agenda
      _ = app.handle(.down)
    }
    #expect(found.isEmpty, "\(language): \(found.sorted { $0.key < $1.key })")
  }

  @Test(
    "the outputs too: history, report and signals in each language", arguments: Language.allCases)
  func outputsInOneLanguage(language: Language) throws {
    let demo = DemoData.make(today: Self.today)
    let records = try Self.recordWords(demo)
    let forbidden = language == .en ? Self.dutch : Self.english
    var outputs: [(String, String)] = []
    for family in demo.families {
      let timeline = Timeline.build(family: family, directory: demo.directory)
      outputs.append(("history \(family.id)", timeline.text(language: language)))
      outputs.append(("history md \(family.id)", timeline.markdown(language: language)))
    }
    let report = RegionReport.build(
      families: demo.families, directory: demo.directory, from: nil, to: nil, today: Self.today,
      thresholds: demo.info.thresholds, settings: demo.info.settings)
    outputs.append(("report", report.text(language: language)))
    let signals = SignalList.build(
      families: demo.families, directory: demo.directory, today: Self.today,
      thresholds: demo.info.thresholds, language: language)
    outputs.append(("signals", signals.text()))
    // The minutes of a whole meeting, as the end-to-end goldens hold them.
    let minutes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "TafelEndToEndTests/Golden/minutes-whole-meeting-\(language.rawValue).md")
    outputs.append(("minutes", try String(contentsOf: minutes, encoding: .utf8)))
    var found: [String: String] = [:]
    for (place, text) in outputs {
      for word in Self.words(text) where forbidden.contains(word) && !records.contains(word) {
        found[word] = found[word] ?? place
      }
    }
    #expect(found.isEmpty, "\(language): \(found.sorted { $0.key < $1.key })")
  }
}
