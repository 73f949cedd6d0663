// What the board command says before the board opens — a theme that could
// not be read, where the demo store was made, a store others can read — is
// written to stderr as always (it is there again when the board quits) and
// kept here, so that the board shows it on its notice line at once instead of
// hiding it behind the first frame.

import Synchronization

enum EarlierMessages {
  private static let kept = Mutex<[String]>([])

  /// Says `message` on stderr now and keeps it for the board.
  static func say(_ message: String) {
    CommandFailure.warn(message)
    kept.withLock { $0.append(message) }
  }

  /// Every message kept so far, once.
  static func take() -> [String] {
    kept.withLock { messages in
      defer { messages = [] }
      return messages
    }
  }
}
