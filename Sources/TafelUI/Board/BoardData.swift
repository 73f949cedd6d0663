// What the board is opened on: everything the main loop read from the store
// before the first frame, plus today and now. Later changes arrive as events.

import TafelCore
import TafelScreen

public struct BoardData: Sendable {
  public var info: StoreInfo
  public var directory: Directory
  /// The meeting shown in the agenda; nil shows the list of families instead.
  public var meeting: Meeting?
  /// The families that are loaded (the agenda's families first), by id.
  public var families: [String: Family]
  /// The store's index; nil until it has been read (it arrives by `Event.summaries`).
  public var summaries: [FamilySummary]?
  public var today: Day
  public var now: Timestamp
  /// The zone clock times are shown in (Europe/Amsterdam unless `TZ` says otherwise).
  public var zone: TimeZoneRule
  /// Families whose file cannot be read now, with the problem as one line
  /// (`path:line:column: message`). What was read before stays in `families`.
  public var unreadable: [String: String]
  /// This replica's tag when the store syncs over git ("b"): the ids it makes end in it.
  public var replica: String?
  /// The store's git sync, when it has a remote (shown in the header).
  public var sync: SyncStatus?
  /// Families whose data is not shown because looking at them could not be
  /// written to the access log, with why (a view that is not logged is not shown).
  public var withheld: [String: String] = [:]
  /// The meetings after the one shown that are neither closed nor called
  /// off, in date order: where an adjourned case can move to.
  public var laterMeetings: [String] = []

  public init(
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

public struct BoardOptions: Sendable {
  public var language: Language
  /// Start in privacy mode (`--private`).
  public var privateMode: Bool
  /// Whether the terminal reports clicks (`--no-mouse` turns it off); shown in the help.
  public var mouse: Bool
  /// Who works the board, written into requests that record something.
  public var user: String
  /// In a store with people: the person this machine records as, with their
  /// role ("Mila Jansen, secretary"), shown in the header; nil elsewhere.
  public var recordingAs: String?
  /// Ctrl-S in the decision form first reads the decision back as it will be
  /// stored, and a second Ctrl-S stores it (`--no-read-back` skips the step).
  public var readBackBeforeSaving: Bool
  /// The people the board asks to choose from when it opens (who is at the
  /// keyboard; the demo board), the one it records as first; empty: no question.
  public var keyboardChoices: [KeyboardChoice]

  public init(
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
