// How much the bench measures: the store sizes, keys, saves and repeats that
// every run uses, so a table from one day compares with the next.

public enum BenchSettings {
  public static let defaultSizes = [1000, 10_000, 50_000]
  public static let keyCount = 1000
  public static let saveCount = 50
  public static let wholeStoreRepeats = 3
}

/// A bench step that could not be done: one line, and 1 (the data or the
/// machine said no) or 2 (wrong usage).
public struct BenchFailure: Error, CustomStringConvertible {
  public var message: String
  public var exitCode: Int32

  public static func data(_ message: String) -> BenchFailure {
    BenchFailure(message: message, exitCode: 1)
  }

  public static func usage(_ message: String) -> BenchFailure {
    BenchFailure(message: message, exitCode: 2)
  }

  public var description: String { message }
}
