// Rectangles of cells: what the layout hands to each pane and overlay.

public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  public func contains(x pointX: Int, y pointY: Int) -> Bool {
    pointX >= x && pointX < maxX && pointY >= y && pointY < maxY
  }

  /// The rectangle shrunk by `amount` cells on every side.
  public func inset(by amount: Int) -> Rect {
    Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
  }

  /// A rectangle of at most `width`×`height` centred in this one.
  public func centred(width boxWidth: Int, height boxHeight: Int) -> Rect {
    let clampedWidth = min(width, boxWidth)
    let clampedHeight = min(height, boxHeight)
    return Rect(
      x: x + (width - clampedWidth) / 2, y: y + (height - clampedHeight) / 2,
      width: clampedWidth, height: clampedHeight)
  }
}

/// A cell position, e.g. where the terminal cursor should stand.
public struct Position: Hashable, Sendable {
  public var x: Int
  public var y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}
