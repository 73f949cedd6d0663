// A rule an operation keeps across files, checked under the locks of every
// file it reads for it: the meeting a decision is recorded at is closed, or
// its case is not on the agenda. The interfaces word it with their own way
// out (a key on the board, an option for a command).

import TafelCore

package enum OperationRefusal: Error, Equatable, Sendable, CustomStringConvertible {
  /// The family is not on the meeting's agenda.
  case notOnAgenda(family: String, meeting: String)
  /// The meeting was closed: a decision for one of its cases corrects one.
  case meetingClosed(meeting: String, at: Timestamp)
  /// A correction of a closed meeting's record says why it is made.
  case reasonRequired(meeting: String)

  package var description: String {
    switch self {
    case .notOnAgenda(let family, let meeting):
      "\(family) is not on the agenda of \(meeting); nothing was recorded"
    case .meetingClosed(let meeting, let at):
      "\(meeting) was closed at \(at.description); a decision for one of its cases is now a correction"
    case .reasonRequired(let meeting):
      "\(meeting) is closed; a correction of its record says why it is made"
    }
  }
}
