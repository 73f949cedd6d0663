// The board fixture with what meeting mode's views need on top: a request
// for discussion and a route through the chain for the Öztürk family (the
// case in progress), so read-back, request, attendance and history have
// something real to show.

import TafelCore
import TafelScreen
import TafelUI

enum MeetingFlowFixture {
  static func day(_ text: String) -> Day { Day(text)! }

  static var ozturk: Family {
    var family = BoardFixture.ozturk
    family.request = RequestForDiscussion(
      from: "P-01", date: day("2026-11-02"),
      reason: "Zoë (14) verzuimt al drie maanden school en vertelt op school over ruzies thuis. "
        + "De zorgen over haar veiligheid nemen toe.",
      tried: "Gezinscoaching sinds februari; schoolgesprekken; een slaapdagboek. "
        + "Het verzuim nam af en kwam in oktober terug.",
      parentsReaction: "Moeder wil hulp maar vindt de tafel spannend; vader is niet bereikbaar.")
    family.events = [
      ChainEvent(
        id: "E1", date: day("2025-12-01"), kind: .report, from: "school", to: "vt-gm",
        note: "melding school"),
      ChainEvent(id: "E2", date: day("2026-01-20"), kind: .handover, from: "vt-gm", to: "lt-ede"),
      ChainEvent(id: "E3", date: day("2026-02-01"), kind: .intake, to: "lt-ede"),
      ChainEvent(
        id: "E4", date: day("2026-09-10"), kind: .scaleUp, from: "lt-ede", to: "gi-jbg",
        informed: [Informed(who: "Sanne Jansen", whom: "Tom Hoekstra", date: day("2026-09-10"))]),
      ChainEvent(id: "E5", date: day("2026-09-15"), kind: .drangStart, to: "gi-jbg"),
      ChainEvent(
        id: "E6", date: day("2026-11-02"), kind: .requestForDiscussion, from: "lt-ede", to: "jbt"),
    ]
    return family
  }

  static func app(
    language: Language = .en, privateMode: Bool = false,
    settings: RegionSettings = RegionSettings(),
    laterMeetings: [String] = ["JBT-2026-12-14", "JBT-2026-12-28"]
  ) -> BoardApp {
    var data = BoardFixture.data()
    data.families[ozturk.id] = ozturk
    data.info.settings = settings
    data.laterMeetings = laterMeetings
    return BoardApp(
      data: data,
      options: BoardOptions(language: language, privateMode: privateMode, mouse: true, user: "test")
    )
  }
}
