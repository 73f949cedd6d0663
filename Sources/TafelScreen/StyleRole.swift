// What a cell is, not what colour it has: the theme maps each role to colours
// and attributes, with a monochrome fallback, so the UI never picks a colour.

package enum StyleRole: String, CaseIterable, Codable, Sendable {
  /// Ordinary text.
  case normal
  /// The top line: region, date, chair, clock, timer.
  case header
  /// The header when privacy mode is on.
  case headerPrivate
  /// The bottom line of key hints.
  case footer
  /// A key name inside the footer or the help.
  case footerKey
  /// The title of a pane without focus.
  case title
  /// The title of the pane with focus.
  case focusTitle
  /// Lines around panes.
  case border
  /// Lines around the pane with focus.
  case focusBorder
  /// The selected row of the pane with focus.
  case selected
  /// The selected row of a pane without focus.
  case selectedInactive
  /// Something the chair should act on: no director, overdue, time passed.
  case warning
  /// Something that failed: a refused save, a broken file.
  case error
  /// Something that worked: saved.
  case success
  /// Less important text: dates, ids, positions.
  case dim
  /// A signal or status marker character.
  case marker
  /// The agenda item under discussion.
  case inProgress
  /// A decision that was corrected by a later one.
  case superseded
  /// A box drawn over the board (help, forms).
  case overlay
  /// The title of an overlay.
  case overlayTitle
  /// A text field being edited.
  case input
}
