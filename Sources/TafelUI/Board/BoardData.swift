// What the board is opened on: everything the main loop read from the store
// before the first frame, plus today and now. Later changes arrive as events.

import TafelCore
import TafelScreen

package struct BoardData: Sendable {
  package var info: StoreInfo
  package var directory: Directory
  /// The meeting shown in the agenda; nil shows the list of families instead.
  package var meeting: Meeting?
  /// The families that are loaded (the agenda's families first), by id.
  package var families: [String: Family]
  /// The store's index; nil until it has been read (it arrives by `Event.summaries`).
  package var summaries: [FamilySummary]?
  package var today: Day
  package var now: Timestamp
  /// The zone clock times are shown in (Europe/Amsterdam unless `TZ` says otherwise).
  package var zone: TimeZoneRule
  /// Families whose file cannot be read now, with the problem as one line
  /// (`path:line:column: message`). What was read before stays in `families`.
  package var unreadable: [String: String]
  /// This replica's tag when the store syncs over git ("b"): the ids it makes end in it.
  package var replica: String?
  /// The store's git sync, when it has a remote (shown in the header).
  package var sync: SyncStatus?
  /// Families whose data is not shown because looking at them could not be
  /// written to the access log, with why (a view that is not logged is not shown).
  package var withheld: [String: String] = [:]
  /// The meetings after the one shown that are neither closed nor called
  /// off, in date order: where an adjourned case can move to.
  package var laterMeetings: [String] = []

  package init(
    info: StoreInfo, directory: Directory, meeting: Meeting?, families: [String: Family],
    summaries: [FamilySummary]? = nil, today: Day, now: Timestamp, zone: TimeZoneRule = .utc,
    unreadable: [String: String] = [:]
  ) {
    self.info = info
    self.directory = directory
    self.meeting = meeting
    self.families = families
    self.summaries = summaries
    self.today = today
    self.now = now
    self.zone = zone
    self.unreadable = unreadable
  }
}

package struct BoardOptions: Sendable {
  package var language: Language
  /// Start in privacy mode (`--private`).
  package var privateMode: Bool
  /// Whether the terminal reports clicks (`--no-mouse` turns it off); shown in the help.
  package var mouse: Bool
  /// Who works the board, written into requests that record something.
  package var user: String
  /// In a store with people: the person this machine records as, with their
  /// role ("Mila Jansen, secretary"), shown in the header; nil elsewhere.
  package var recordingAs: String?
  /// Ctrl-S in the decision form first reads the decision back as it will be
  /// stored, and a second Ctrl-S stores it (`--no-read-back` skips the step).
  package var readBackBeforeSaving: Bool
  /// The people the board asks to choose from when it opens (who is at the
  /// keyboard; the demo board), the one it records as first; empty: no question.
  package var keyboardChoices: [KeyboardChoice]

  package init(
    language: Language = .en, privateMode: Bool = false, mouse: Bool = true, user: String = "",
    readBackBeforeSaving: Bool = true, recordingAs: String? = nil,
    keyboardChoices: [KeyboardChoice] = []
  ) {
    self.keyboardChoices = keyboardChoices
    self.recordingAs = recordingAs
    self.readBackBeforeSaving = readBackBeforeSaving
    self.language = language
    self.privateMode = privateMode
    self.mouse = mouse
    self.user = user
  }
}
