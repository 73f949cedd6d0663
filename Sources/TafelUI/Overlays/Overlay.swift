// Anything drawn over the board that takes the keys while it is open: the
// help, the filter, the quit question, and meeting mode's forms (decision
// form, attendance, read-back, request view, history). BoardApp keeps them
// on a stack; the top one gets every key first and the board draws them in
// order over the panes.
//
// Meeting mode plugs in without touching BoardApp: it conforms BoardApp to
// `OverlayProvider` in a file of its own, and the board asks that provider
// for an overlay when an action such as `.decide` or `.history` is pressed.

import TafelScreen

package enum OverlayResult {
  /// The key was handled; keep the overlay open and carry out the requests.
  case stay([Request])
  /// Close this overlay, then carry out the requests.
  case close([Request])
  /// Open another overlay on top of this one (e.g. "throw away?" over a form).
  case push(any Overlay, [Request])
  /// Replace this overlay with another one.
  case replace(any Overlay, [Request])
  /// Not handled here: the board handles the key as if no overlay were open.
  case pass
}

package protocol Overlay: AnyObject {
  /// Which part of the action table the footer shows while this overlay is on top.
  var actionContext: ActionContext { get }
  /// True when closing the board now would lose something typed.
  var hasUnsavedWork: Bool { get }
  /// The part of the board area this overlay covers (the whole area for full-screen views).
  func frame(in area: Rect) -> Rect
  func handle(_ key: Key, context: BoardContext) -> OverlayResult
  /// Events reach the board first, then the top overlay (saved, refused, edited,
  /// tick, changes); what it answers is carried out like a key's requests.
  func apply(_ event: Event, context: BoardContext) -> OverlayResult
  /// Draws into `area` (from `frame(in:)`); the board has already drawn what lies below.
  func render(into grid: inout CellGrid, area: Rect, context: BoardContext)
}

extension Overlay {
  package var hasUnsavedWork: Bool { false }

  package func frame(in area: Rect) -> Rect {
    area.centred(width: max(40, area.width * 4 / 5), height: max(10, area.height * 4 / 5))
  }

  package func apply(_ event: Event, context: BoardContext) -> OverlayResult { .stay([]) }
}

/// Meeting mode conforms `BoardApp` to this in its own file to open its overlays.
package protocol OverlayProvider {
  /// An overlay for an action of the table (`.decide`, `.correct`, `.readBack`,
  /// `.requestView`, `.attendance`, `.history`), or nil when it does not apply here.
  func makeOverlay(for action: ActionID, context: BoardContext) -> (any Overlay)?
}
