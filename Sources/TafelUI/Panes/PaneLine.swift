// One row of a list pane, made of styled pieces. Panes build their rows once
// per family and width (BoardApp caches them) and the renderer only copies
// the visible ones into the grid.

import TafelCore
import TafelScreen

public struct Span: Hashable, Sendable {
  public var text: String
  public var role: StyleRole

  public init(_ text: String, _ role: StyleRole = .normal) {
    self.text = text
    self.role = role
  }
}

public struct PaneLine: Hashable, Sendable {
  public var spans: [Span]
  /// What the row is about (a decision id, an assessment id …), so that a
  /// selection survives a change on disk and actions know their subject.
  public var item: String?

  public init(_ spans: [Span], item: String? = nil) {
    self.spans = spans
    self.item = item
  }

  public init(_ text: String, _ role: StyleRole = .normal, item: String? = nil) {
    self.init([Span(text, role)], item: item)
  }

  public var text: String { spans.map(\.text).joined() }
}

/// What a pane needs to build its rows for one family.
struct PaneInput {
  let family: Family
  let directory: DirectoryIndex
  let today: Day
  let strings: Strings
  let thresholds: SignalThresholds
  let zone: TimeZoneRule
  /// False in privacy mode for a family other than the one under discussion.
  let showNames: Bool
  /// Columns available for text.
  let width: Int

  /// Free text about the family, or a notice that it is hidden in privacy mode.
  func personal(_ text: String) -> String { showNames ? text : strings.hidden }

  func memberName(_ id: String) -> String {
    guard let member = family.member(id) else { return id }
    return showNames ? member.name : Privacy.initials(of: member.name)
  }
}
