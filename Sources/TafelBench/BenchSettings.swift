// How much the bench measures: the store sizes, keys, saves and repeats that
// every run uses, so a table from one day compares with the next.

package enum BenchSettings {
  package static let defaultSizes = [1000, 10_000, 50_000]
  package static let keyCount = 1000
  package static let saveCount = 50
  package static let wholeStoreRepeats = 3
}

/// A bench step that could not be done: one line, and 1 (the data or the
/// machine said no) or 2 (wrong usage).
package struct BenchFailure: Error, CustomStringConvertible {
  package var message: String
  package var exitCode: Int32

  package static func data(_ message: String) -> BenchFailure {
    BenchFailure(message: message, exitCode: 1)
  }

  package static func usage(_ message: String) -> BenchFailure {
    BenchFailure(message: message, exitCode: 2)
  }

  package var description: String { message }
}
