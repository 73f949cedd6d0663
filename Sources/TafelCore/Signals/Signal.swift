// One signal about one family, with the evidence that makes it true: which
// organisations, professionals, dates, counts. The evidence is structured
// (for JSON and for the report), and `line(language:)` puts it in words.

package struct SignalEvidence: Codable, Hashable, Sendable {
  /// Which variant of the kind: direction "none" / "several"; agreements
  /// "overdue" / "no-owner" / "overdue-no-owner"; deadline "drang" /
  /// "provisional-ots" / "ots". Nil for kinds with one variant.
  package var reason: String?
  /// Organisation ids and their names, in the same order.
  package var organisations: [String]
  package var organisationNames: [String]
  /// Professional ids and their names, in the same order.
  package var professionals: [String]
  package var professionalNames: [String]
  package var function: CaseFunction?
  /// The period the signal is about; `to` nil means "still".
  package var from: Day?
  package var to: Day?
  /// Dates that matter (an event, a decision, the assessments, a deadline).
  package var dates: [Day]
  /// A count and the limit it is held against (many helpers; days and norm for stalled).
  package var count: Int?
  package var limit: Int?
  /// Days: since a step (stalled) or until a deadline (negative when passed).
  package var days: Int?
  package var eventKind: EventKind?
  /// Ids of the events, assessments, decision or plan actions the signal points at.
  package var ids: [String]
  /// Words from the record itself: a member's name, an agreement's text, outcomes.
  package var texts: [String]

  package init(
    reason: String? = nil, organisations: [String] = [], organisationNames: [String] = [],
    professionals: [String] = [], professionalNames: [String] = [],
    function: CaseFunction? = nil, from: Day? = nil, to: Day? = nil, dates: [Day] = [],
    count: Int? = nil, limit: Int? = nil, days: Int? = nil, eventKind: EventKind? = nil,
    ids: [String] = [], texts: [String] = []
  ) {
    self.reason = reason
    self.organisations = organisations
    self.organisationNames = organisationNames
    self.professionals = professionals
    self.professionalNames = professionalNames
    self.function = function
    self.from = from
    self.to = to
    self.dates = dates
    self.count = count
    self.limit = limit
    self.days = days
    self.eventKind = eventKind
    self.ids = ids
    self.texts = texts
  }
}

package struct Signal: Codable, Hashable, Sendable {
  package var kind: SignalKind
  package var family: String
  package var evidence: SignalEvidence

  package init(kind: SignalKind, family: String, evidence: SignalEvidence) {
    self.kind = kind
    self.family = family
    self.evidence = evidence
  }

  /// The kind's marker letter (R O H S G A D C T).
  package var marker: Character { kind.marker }

  /// The signal in one line of words, with its evidence.
  package func line(language: Language) -> String {
    SignalWording.line(self, language)
  }
}
