// The board's access-log entries: one per family per stretch of viewing,
// written when the panes come to show another family. In privacy mode they
// show only the family under discussion (the case in progress, else the
// selected one), so a row passed over while a case is at the table is no
// access. The bench's headless loop notes through the same type, so key →
// frame is measured with the logging in it.

import TafelCore
import TafelStore
import TafelUI

struct BoardViewLog {
  /// The family whose panes were shown when last noted.
  private(set) var shown: String?

  mutating func note(_ app: BoardApp, store: Store, author: String) throws {
    let now = app.privateMode ? app.discussedFamilyID : app.selectedFamilyID
    guard let now, app.data.families[now] != nil else {
      if now == nil { shown = nil }
      return
    }
    guard now != shown else { return }
    shown = now
    try store.logAccess([(now, .view, "board")], who: author)
  }
}
