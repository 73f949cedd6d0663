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
