// What an operation did, for whoever asked (a key on the board, a command):
// the files it wrote and what the person should know besides — the access
// log not written, a commit that failed so far. The store's problems up to
// the answer are drained into it. Under git an operation's writes are one
// commit made when it ends, after its receipt: that commit's own failure
// comes as before, at a command's exit or on the board from the commit thread.

import TafelCore

package struct Receipt: Sendable, Equatable {
  /// The store files written, relative to the store.
  package var written: [String] = []
  /// Lines to show beside the answer; the change itself stands.
  package var warnings: [String] = []

  package init(written: [String] = [], warnings: [String] = []) {
    self.written = written
    self.warnings = warnings
  }
}

extension Store {
  /// A receipt for `written`, with `warnings` and every problem the store
  /// kept so far (an access-log entry or an earlier commit that failed).
  func receipt(_ written: [String], warnings: [String] = []) -> Receipt {
    Receipt(written: written, warnings: warnings + Array(Set(takeCommitProblems())).sorted())
  }

  /// A write of the meeting `meetingID` that follows one that stands (the
  /// decision, the adjournment): its failure is said, not thrown, and what
  /// it wrote is added to `written`. Nil when it was written.
  func following(
    _ meetingID: String, written: inout [String], _ write: () throws -> Void
  ) -> String? {
    do {
      try write()
      written.append(relativePath(meeting: meetingID))
      return nil
    } catch {
      return "\(error)"
    }
  }
}
