// What an operation did, for whoever asked (a key on the board, a command):
// the files it wrote and what the person should know besides — saved but not
// yet committed, the access log not written, attendance not taken. The
// store's own problems are drained into it, so no caller has to ask for them.

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
  /// kept since (a commit or an access-log entry that failed).
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
