// The history view: the family's route through the chain, full screen,
// scrolled with the usual keys.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite struct HistoryViewOverlayTests {
  func open(_ app: BoardApp) -> HistoryViewOverlay {
    _ = app.handle(.character("t"))
    return app.openOverlays.last as! HistoryViewOverlay
  }

  @Test func showsStepsBandsDirectionAndStaffChanges() {
    let app = MeetingFlowFixture.app()
    _ = open(app)
    let text = app.render(width: 120, height: 60).text
    #expect(text.contains("+50"))  // 2025-12-01 → 2026-01-20
    #expect(text.contains("(Sanne Jansen informed"))
    #expect(text.contains("nobody recorded as informed"))
    #expect(text.contains("! at the same time as another director"))
    #expect(text.contains("joins: Tom Hoekstra"))
    Golden.check(app.render(width: 120, height: 40), "meeting-history-en-120x40")
  }

  @Test func scrollsWithTheUsualKeysAndEscGoesBack() {
    let app = MeetingFlowFixture.app()
    let view = open(app)
    _ = app.render(width: 120, height: 24)
    _ = app.handle(.down)
    #expect(view.offset == 1)
    _ = app.handle(.end)
    let last = view.offset
    #expect(last > 1)
    _ = app.handle(.pageUp)
    #expect(view.offset < last)
    _ = app.handle(.home)
    #expect(view.offset == 0)
    _ = app.handle(.escape)
    #expect(app.openOverlays.isEmpty)
  }

  @Test func dutch() {
    let app = MeetingFlowFixture.app(language: .nl)
    _ = open(app)
    Golden.check(app.render(width: 120, height: 40), "meeting-history-nl-120x40")
  }
}
