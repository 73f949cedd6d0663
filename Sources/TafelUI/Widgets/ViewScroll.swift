// Scrolling an overlay that only shows text (help, read-back, request,
// timeline) by the `.view` actions of the action table, so that the keys the
// help and docs/keys.md list are the keys that work.

import TafelScreen

enum ViewScroll {
  /// The first line shown after `action`, or nil when it is not a scrolling action.
  static func offset(_ offset: Int, after action: ActionID, lines: Int, visible: Int) -> Int? {
    let last = max(0, lines - visible)
    let page = max(1, visible - 1)
    switch action {
    case .scrollDown: return min(last, offset + 1)
    case .scrollUp: return max(0, offset - 1)
    case .scrollPageDown: return min(last, offset + page)
    case .scrollPageUp: return max(0, offset - page)
    case .scrollTop: return 0
    case .scrollBottom: return last
    default: return nil
    }
  }
}
