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

  /// Logs the family now shown, once per stretch; returns it. Throws when
  /// the entry cannot be written: then it is not noted as shown, so the next
  /// frame tries again (and the family stays withheld meanwhile).
  @discardableResult
  mutating func note(_ app: BoardApp, store: Store, author: String) throws -> String? {
    // While the board asks who is at the keyboard it shows no family.
    guard !app.asksWhoIsAtKeyboard else { return nil }
    let now = app.privateMode ? app.discussedFamilyID : app.selectedFamilyID
    guard let now, app.data.families[now] != nil else {
      if now == nil { shown = nil }
      return nil
    }
    guard now != shown else { return now }
    try store.logAccess([(now, .view, "board")], who: author)
    shown = now
    return now
  }

  /// The family the next note would log.
  static func current(_ app: BoardApp) -> String? {
    app.privateMode ? app.discussedFamilyID : app.selectedFamilyID
  }
}
