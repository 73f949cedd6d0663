// The board's clock across the daylight-saving switches and at midnight: the
// header time is Dutch wall time, the case timer counts real minutes, and an
// agreement becomes overdue at Dutch midnight, not at UTC midnight.

import TafelScreen
import Testing

@testable import TafelCore
@testable import TafelUI

@Suite struct BoardClockTests {
  /// The fixture board at `now`, with the first case started at `started`.
  func board(now: String, started: String) -> BoardApp {
    var data = BoardFixture.data()
    data.now = Timestamp(now)!
    data.today = data.zone.day(of: data.now)
    data.meeting?.items[0].status = .inProgress
    data.meeting?.items[0].startedAt = Timestamp(started)!
    return BoardApp(data: data, options: BoardOptions(user: "test"))
  }

  func header(_ app: BoardApp) -> String {
    app.render(width: 120, height: 40).text.split(separator: "\n").first.map(String.init) ?? ""
  }

  @Test func theTimerCountsRealMinutesAcrossTheAutumnSwitch() {
    // Started 02:50 summer time; 30 minutes later the clocks read 02:20 winter time.
    let app = board(now: "2026-10-25T01:20:00Z", started: "2026-10-25T00:50:00Z")
    #expect(header(app).contains("30/60 min · 02:20"), "\(header(app))")
  }

  @Test func theTimerCountsRealMinutesAcrossTheSpringSwitch() {
    // Started 01:45 winter time; 30 minutes later the clocks read 03:15 summer time.
    let app = board(now: "2027-03-28T01:15:00Z", started: "2027-03-28T00:45:00Z")
    #expect(header(app).contains("30/60 min · 03:15"), "\(header(app))")
  }

  @Test func anAgreementIsOverdueFromDutchMidnight() {
    // A1 "Schoolgesprek plannen" is due on 2026-11-20.
    let app = board(now: "2026-11-20T22:59:00Z", started: "2026-11-20T22:00:00Z")
    let plan = { app.render(width: 120, height: 40).text }
    #expect(plan().contains("• Schoolgesprek plannen"), "\(plan())")
    #expect(app.data.today == Day("2026-11-20"))
    // 23:00 UTC is midnight in Ede: the 21st has begun, the agreement is overdue.
    _ = app.apply(.tick(Timestamp("2026-11-20T23:00:00Z")!))
    #expect(app.data.today == Day("2026-11-21"))
    #expect(plan().contains("! Schoolgesprek plannen"), "\(plan())")
  }

  @Test func summerDecisionsShowSummerTimeInWinter() {
    // D002 was taken on 2026-10-12 at 10:40 UTC: 12:40 in Ede (summer time),
    // even though the board is opened in November (winter time).
    let text = BoardFixture.app().render(width: 200, height: 60).text
    #expect(text.contains("2026-10-12 12:40 D002"), "\(text)")
  }
}
