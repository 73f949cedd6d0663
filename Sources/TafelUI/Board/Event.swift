// What the main loop tells the board: answers to requests, changes on disk
// made by anyone, and the passing of time.

import Foundation
import TafelCore
import TafelScreen

package enum Event: Sendable {
  /// A family was read or changed on disk; the board keeps its selection and scroll.
  case familyChanged(Family)
  /// A family's file could not be read (one line: path, position, message);
  /// the board keeps what it read before and says so until the file reads again.
  case familyUnreadable(id: String, problem: String)
  /// The meeting changed on disk (status, start time, attendance).
  case meetingChanged(Meeting)
  /// The directory of organisations and professionals changed.
  case directoryChanged(Directory)
  /// store.json changed: the region's settings and thresholds.
  case infoChanged(StoreInfo)
  /// Another meeting was made, closed or called off: where a case can move to.
  case laterMeetingsChanged([String])
  /// The store's index was read.
  case summaries([FamilySummary])
  /// A decision (or other record) was saved and fsynced; carries its id.
  case saved(String)
  /// A decision was refused by the rules; the field is named.
  case decisionRefused(DecisionRefusal)
  /// A request failed; one line saying why.
  case refused(String)
  /// The stored draft of a family (nil when there is none).
  case draft(familyID: String, record: DraftRecord?)
  /// The text came back from the external editor.
  case edited(String)
  /// Something worked and the chair should know (e.g. an edit was saved); one line.
  case notice(String)
  /// Looking at a family could not be logged (`reason`), so its panes show
  /// nothing of it; nil: it was logged now, show it.
  case withheld(family: String, reason: String?)
  /// What was said before the board opened (a theme that could not be read,
  /// where the demo store is); shown on the notice line until the next key.
  case warning(String)
  /// Families whose files hold the words of `query`, from a search of every
  /// family file (the filter shows them under the name and id matches).
  case searchResults(query: String, matches: [ContentMatch])
  /// Family files changed on disk (here, in another terminal, by a sync): an
  /// open search asks again, so what it shows is what the files say now.
  case familyFilesChanged
  /// The board records as another person now: `user` in what it records,
  /// `recordingAs` ("Mila Jansen, secretary") in the header.
  case recording(user: String, recordingAs: String)
  /// A background sync ended (the header shows its state).
  case syncStatus(SyncStatus)
  /// The clock moved on (the loop sends this about once a second).
  case tick(Timestamp)
}
