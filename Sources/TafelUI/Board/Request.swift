// What the board asks the main loop to do. The board never touches the store:
// a key that saves turns into a request, and the answer comes back as an Event.

import Foundation
import TafelCore
import TafelScreen

package enum Request: Hashable, Sendable {
  /// Leave the board (restore the terminal and exit 0).
  case quit
  /// Clear and repaint the whole terminal (Ctrl-L).
  case redraw
  /// Read this family and send it back with `Event.familyChanged` (or `.refused`).
  case loadFamily(String)
  /// Read the store's index and send it back with `Event.summaries`.
  case loadSummaries
  /// Search every family file for the words of `query` (members, professionals,
  /// organisations, plan, notes, decisions); the answer is `Event.searchResults`.
  case searchFamilies(query: String)
  /// Record a decision for a family; answer with `.saved(decisionID)`, or with
  /// `.decisionRefused` / `.refused`.
  case saveDecision(familyID: String, draft: DecisionDraft)
  /// Keep an unsaved draft of a form (crash safety); no answer needed.
  case saveDraft(DraftRecord)
  /// Forget the draft of a family (after saving, or when thrown away).
  case removeDraft(familyID: String)
  /// Read the draft of a family and send it back with `Event.draft`.
  case loadDraft(familyID: String)
  /// Bring a case to the table (the timer starts); a case still in progress
  /// there is paused.
  case startCase(meetingID: String, familyID: String)
  /// The case leaves the table discussed, without a decision.
  case finishCase(meetingID: String, familyID: String)
  /// Mark an agenda item adjourned.
  case adjournCase(meetingID: String, familyID: String, reason: String, to: String?)
  /// The RvdK's decision on a request for investigation (`tafel rvdk`).
  case recordRvdK(
    familyID: String, request: String, accepted: Bool, date: Day, by: String, expert: String,
    text: String?)
  /// Close the meeting: cases not reached are marked, the minutes become final.
  /// With `carryTo`, the cases it did not finish move to that later meeting.
  case closeMeeting(meetingID: String, carryTo: String?)
  /// Store who is present for an agenda item.
  case setAttendance(meetingID: String, familyID: String, attendance: [Attendee])
  /// Settle a value a sync kept two ways: value `take` (1 or 2) stands, as
  /// `tafel resolve` does; answer with `.notice` or `.refused`.
  case resolveConflict(familyID: String, field: String, take: Int)
  /// From now on the board records as this person of the store's list (the
  /// demo board's question who is at the keyboard); answer with `.recording`.
  case recordAs(personID: String)
  /// Open `$VISUAL`/`$EDITOR` on this text; the result comes back as `Event.edited`.
  case editText(String)
  /// Open that part of the family in the validated editor flow of `tafel edit`;
  /// the loop reloads the family and answers with `.notice` or `.refused`.
  case editFamilyPart(familyID: String, part: FamilyPart)
}
