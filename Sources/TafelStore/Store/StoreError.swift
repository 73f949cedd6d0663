// Everything the store can refuse or fail at, each with one line for stderr
// that names the file or the argument, and the exit code a command should use.

package enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The directory has no valid store.json.
  case notAStore(String)
  /// `create` was pointed at a directory that already holds something.
  case notEmpty(String)
  case unknownFamily(String)
  case unknownMeeting(String)
  /// A file that does not parse or validate; it is left as it is.
  case problem(StoreProblem)
  case io(path: String, message: String)
  /// The file changed on disk after it was read (e.g. while an editor had it open).
  case concurrentChange(String)
  /// The data says no (e.g. a family id that already exists).
  case refused(String)
  /// A malformed argument, such as an id that cannot be a file name.
  case badArgument(String)

  package var description: String {
    switch self {
    case .notAStore(let path): "\(path): not a Tafel store (no valid store.json)"
    case .notEmpty(let path): "\(path): not empty; a new store needs an empty or missing directory"
    case .unknownFamily(let id): "unknown family: \(id)"
    case .unknownMeeting(let id): "unknown meeting: \(id)"
    case .problem(let problem): problem.description
    case .io(let path, let message): "\(path): \(message)"
    case .concurrentChange(let path):
      "\(path): changed on disk by someone else since it was read; nothing was written"
    case .refused(let message): message
    case .badArgument(let message): message
    }
  }

  /// 1 when the data says no, 2 for wrong usage.
  package var exitCode: Int32 {
    switch self {
    case .badArgument: 2
    default: 1
    }
  }
}
