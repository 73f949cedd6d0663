// Rectangles of cells: what the layout hands to each pane and overlay.

package struct Rect: Hashable, Sendable {
  package var x: Int
  package var y: Int
  package var width: Int
  package var height: Int

  package init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  package var maxX: Int { x + width }
  package var maxY: Int { y + height }
  package var isEmpty: Bool { width <= 0 || height <= 0 }

  package func contains(x pointX: Int, y pointY: Int) -> Bool {
    pointX >= x && pointX < maxX && pointY >= y && pointY < maxY
  }

  /// The rectangle shrunk by `amount` cells on every side.
  package func inset(by amount: Int) -> Rect {
    Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
  }

  /// A rectangle of at most `width`×`height` centred in this one.
  package func centred(width boxWidth: Int, height boxHeight: Int) -> Rect {
    let clampedWidth = min(width, boxWidth)
    let clampedHeight = min(height, boxHeight)
    return Rect(
      x: x + (width - clampedWidth) / 2, y: y + (height - clampedHeight) / 2,
      width: clampedWidth, height: clampedHeight)
  }
}

/// A cell position, e.g. where the terminal cursor should stand.
package struct Position: Hashable, Sendable {
  package var x: Int
  package var y: Int

  package init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}
