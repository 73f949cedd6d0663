// The `/` filter: families by name or id as you type, diacritics folded;
// choosing a family selects it, loading it when it is not loaded yet.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite("Filter")
struct FilterTests {
  @Test("typing narrows the list at once; Enter selects")
  func typeAndChoose() {
    let app = BoardFixture.app()
    _ = app.handle(.character("/"))
    for character in "ozturk" { _ = app.handle(.character(character)) }
    let text = app.render(width: 120, height: 40).text
    #expect(text.contains("/ ozturk"))
    #expect(text.contains("FV-2026-0001 Familie Öztürk"))
    #expect(!text.contains("FV-2026-0002 Familie de Vries"))
    _ = app.handle(.character("/"))
    _ = app.handle(.backspace)
    #expect(app.handle(.enter) == [])
    #expect(app.selectedFamilyID == "FV-2026-0001")
  }

  @Test("ids match too, and a decomposed ë finds a precomposed one")
  func idsAndDiacritics() {
    let app = BoardFixture.app()
    _ = app.handle(.character("/"))
    _ = app.handle(.paste("0003"))
    #expect(app.render(width: 120, height: 40).text.contains("FV-2026-0003 Familie 陈"))
    _ = app.handle(.control("u"))
    _ = app.handle(.paste("zoe\u{0308}"))
    let text = app.render(width: 120, height: 40).text
    #expect(text.contains("Familie Zoë Mulder"))
  }

  @Test("a family not on the agenda is listed below it and loaded")
  func notOnAgenda() {
    let app = BoardFixture.app()
    _ = app.handle(.character("/"))
    _ = app.handle(.paste("mulder"))
    #expect(app.handle(.enter) == [.loadFamily("FV-2026-0007")])
    #expect(app.selectedFamilyID == "FV-2026-0007")
    #expect(app.render(width: 120, height: 40).text.contains("Familie Zoë Mulder"))
  }

  @Test("without the index the filter asks for it and searches the agenda meanwhile")
  func withoutIndex() {
    let app = BoardFixture.app(summaries: false)
    #expect(app.handle(.character("/")) == [.loadSummaries])
    _ = app.handle(.paste("vries"))
    let text = app.render(width: 120, height: 40).text
    #expect(text.contains("Loading the family list…"))
    #expect(text.contains("Familie de Vries"))
    _ = app.apply(.summaries(BoardFixture.summaries))
    #expect(!app.render(width: 120, height: 40).text.contains("Loading the family list…"))
  }

  @Test("Esc closes the filter and keeps the selection")
  func escape() {
    let app = BoardFixture.app()
    _ = app.handle(.down)
    _ = app.handle(.character("/"))
    _ = app.handle(.paste("bos"))
    _ = app.handle(.escape)
    #expect(app.selectedFamilyID == "FV-2026-0002")
    #expect(!app.render(width: 120, height: 40).text.contains("/ bos"))
  }
}

@Suite("Filter: searching the files")
struct FilterSearchTests {
  static let match = ContentMatch(
    familyID: "FV-2026-0099", name: "Familie Verweij", field: .professional,
    text: "Karin Oosterveld")

  @Test("from three letters a search of the files is asked; its families show with what matched")
  func contentMatchesShow() {
    let app = BoardFixture.app()
    _ = app.handle(.character("/"))
    #expect(app.handle(.character("o")) == [])
    #expect(app.handle(.character("o")) == [])
    #expect(app.handle(.character("s")) == [.searchFamilies(query: "oos")])
    let asked = "oosterveld".dropFirst(3).flatMap { app.handle(.character($0)) }
    #expect(asked.last == .searchFamilies(query: "oosterveld"))
    #expect(app.render(width: 120, height: 40).text.contains("searching the files…"))
    // An answer to an earlier query is not shown.
    _ = app.apply(.searchResults(query: "oos", matches: [Self.match]))
    #expect(!app.render(width: 120, height: 40).text.contains("Familie Verweij"))
    _ = app.apply(.searchResults(query: "oosterveld", matches: [Self.match]))
    let text = app.render(width: 120, height: 40).text
    #expect(
      text.contains("FV-2026-0099 Familie Verweij  professional: Karin Oosterveld"), "\(text)")
    #expect(!text.contains("searching the files…"))
    // Enter selects it like any other match.
    _ = app.handle(.enter)
    #expect(app.selectedFamilyID == "FV-2026-0099")
  }

  @Test("in privacy mode a family found by its content shows which field matched, not its words")
  func privacy() {
    let app = BoardFixture.app(privateMode: true)
    _ = app.handle(.character("/"))
    _ = app.handle(.paste("oosterveld"))
    _ = app.apply(.searchResults(query: "oosterveld", matches: [Self.match]))
    let text = app.render(width: 120, height: 40).text
    #expect(text.contains("FV-2026-0099"), "\(text)")
    #expect(text.contains("professional"))
    #expect(!text.contains("Karin Oosterveld"))
    #expect(!text.contains("Familie Verweij"))
  }
}
