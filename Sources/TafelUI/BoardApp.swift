// The board's state machine. Keys and events go in; requests for the main
// loop come out; `render` draws the current state into a CellGrid. It holds
// no terminal and no file, so every screen and every key is testable.

import TafelCore

public final class BoardApp {
  public private(set) var data: BoardData
  public let options: BoardOptions
  public var language: Language { options.language }
  public internal(set) var privateMode: Bool
  var overlays: [any Overlay] = []

  public init(data: BoardData, options: BoardOptions) {
    self.data = data
    self.options = options
    self.privateMode = options.privateMode
  }

  /// True when quitting now would lose something typed.
  public var hasUnsavedWork: Bool { overlays.contains { $0.hasUnsavedWork } }

  public func handle(_ key: Key) -> [Request] {
    if key == .character("q") { return [.quit] }
    return []
  }

  public func apply(_ event: Event) {
    switch event {
    case .tick(let now): data.now = now
    default: break
    }
  }

  public func render(width: Int, height: Int) -> CellGrid {
    var grid = CellGrid(width: width, height: height)
    grid.put(data.info.region, x: 0, y: 0, role: .header)
    return grid
  }
}
