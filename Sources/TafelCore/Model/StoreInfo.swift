// store.json: what kind of directory this is, which format version, and the
// region's settings (its id prefix, the signal thresholds, its own rules and
// norms, and how long it keeps files).

package struct StoreInfo: Codable, Hashable, Sendable {
  package static let formatName = "tafel-store"
  /// 2: families in shards (families/43/FV-2026-0043.json); 1 had them flat.
  package static let currentVersion = 2

  package var format: String
  package var version: Int
  /// The region whose table this is, e.g. "Foodvalley".
  package var region: String
  /// Family ids are "<prefix>-<year>-<number>".
  package var familyPrefix: String
  package var thresholds: SignalThresholds
  /// The region's own rules and norms (RegionSettings).
  package var settings: RegionSettings
  /// The replicas made with `tafel clone`, each with its tag; the ids a
  /// replica makes end in its tag. Empty for a store that never synced.
  package var replicas: [Replica]
  /// Families removed or erased: that they were, never what they held.
  package var removed: [RemovedFamily]
  /// Access-log files removed after their own retention period.
  package var expiredLogs: [ExpiredLog]
  /// How long files and the access log are kept (Retention/Retention.swift).
  package var retention: RetentionRules
  package var changes: [ChangeRecord]

  package init(
    region: String, familyPrefix: String, thresholds: SignalThresholds = SignalThresholds(),
    changes: [ChangeRecord] = []
  ) {
    self.format = StoreInfo.formatName
    self.version = StoreInfo.currentVersion
    self.region = region
    self.familyPrefix = familyPrefix
    self.thresholds = thresholds
    self.settings = RegionSettings()
    self.replicas = []
    self.removed = []
    self.expiredLogs = []
    self.retention = RetentionRules()
    self.changes = changes
  }

  enum CodingKeys: String, CodingKey {
    case format, version, region, familyPrefix, thresholds, settings, replicas, removed
    case expiredLogs, retention, changes
  }

  package init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    format = try container.decode(String.self, forKey: .format)
    version = try container.decode(Int.self, forKey: .version)
    region = try container.decode(String.self, forKey: .region)
    familyPrefix = try container.decode(String.self, forKey: .familyPrefix)
    thresholds =
      try container.decodeIfPresent(SignalThresholds.self, forKey: .thresholds)
      ?? SignalThresholds()
    settings =
      try container.decodeIfPresent(RegionSettings.self, forKey: .settings) ?? RegionSettings()
    replicas = try container.decodeIfPresent([Replica].self, forKey: .replicas) ?? []
    removed = try container.decodeIfPresent([RemovedFamily].self, forKey: .removed) ?? []
    expiredLogs = try container.decodeIfPresent([ExpiredLog].self, forKey: .expiredLogs) ?? []
    retention =
      try container.decodeIfPresent(RetentionRules.self, forKey: .retention) ?? RetentionRules()
    changes = try container.decodeIfPresent([ChangeRecord].self, forKey: .changes) ?? []
  }

  package func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(format, forKey: .format)
    try container.encode(version, forKey: .version)
    try container.encode(region, forKey: .region)
    try container.encode(familyPrefix, forKey: .familyPrefix)
    try container.encode(thresholds, forKey: .thresholds)
    if settings != RegionSettings() { try container.encode(settings, forKey: .settings) }
    if !replicas.isEmpty { try container.encode(replicas, forKey: .replicas) }
    if !removed.isEmpty { try container.encode(removed, forKey: .removed) }
    if !expiredLogs.isEmpty { try container.encode(expiredLogs, forKey: .expiredLogs) }
    if retention != RetentionRules() { try container.encode(retention, forKey: .retention) }
    try container.encode(changes, forKey: .changes)
  }
}

/// A family removed or erased: its id, why, when and by whom, who asked —
/// nothing of what it held.
package struct RemovedFamily: Codable, Hashable, Sendable {
  package var id: String
  /// When its file was closed, for a family removed after archiving.
  package var archivedAt: Timestamp?
  package var removedAt: Timestamp
  package var by: String
  /// Why: its retention period ran out, or someone asked (absent in records
  /// made before erasure existed: retention).
  package var ground: ErasureGround
  package var reason: String?
  /// Who asked for destruction before the period ended (their place in the
  /// family, never a name), and on which day.
  package var requestedBy: ErasureRequester?
  package var requestedOn: Day?
  /// The family's last change: the day its retention clock started.
  package var lastChange: Timestamp?
  /// True when the family's data was also taken out of the store's git
  /// history (`tafel erase`); false for a removal that left history alone.
  package var historyErased: Bool

  package init(
    id: String, archivedAt: Timestamp?, removedAt: Timestamp, by: String,
    ground: ErasureGround = .retention, reason: String? = nil, requestedBy: ErasureRequester? = nil,
    requestedOn: Day? = nil, lastChange: Timestamp? = nil, historyErased: Bool = false
  ) {
    self.id = id
    self.archivedAt = archivedAt
    self.removedAt = removedAt
    self.by = by
    self.ground = ground
    self.reason = reason
    self.requestedBy = requestedBy
    self.requestedOn = requestedOn
    self.lastChange = lastChange
    self.historyErased = historyErased
  }

  enum CodingKeys: String, CodingKey {
    case id, archivedAt, removedAt, by, ground, reason, requestedBy, requestedOn, lastChange
    case historyErased
  }

  package init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    archivedAt = try container.decodeIfPresent(Timestamp.self, forKey: .archivedAt)
    removedAt = try container.decode(Timestamp.self, forKey: .removedAt)
    by = try container.decode(String.self, forKey: .by)
    ground = try container.decodeIfPresent(ErasureGround.self, forKey: .ground) ?? .retention
    reason = try container.decodeIfPresent(String.self, forKey: .reason)
    requestedBy = try container.decodeIfPresent(ErasureRequester.self, forKey: .requestedBy)
    requestedOn = try container.decodeIfPresent(Day.self, forKey: .requestedOn)
    lastChange = try container.decodeIfPresent(Timestamp.self, forKey: .lastChange)
    historyErased = try container.decodeIfPresent(Bool.self, forKey: .historyErased) ?? false
  }

  package func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeIfPresent(archivedAt, forKey: .archivedAt)
    try container.encode(removedAt, forKey: .removedAt)
    try container.encode(by, forKey: .by)
    try container.encode(ground, forKey: .ground)
    try container.encodeIfPresent(reason, forKey: .reason)
    try container.encodeIfPresent(requestedBy, forKey: .requestedBy)
    try container.encodeIfPresent(requestedOn, forKey: .requestedOn)
    try container.encodeIfPresent(lastChange, forKey: .lastChange)
    if historyErased { try container.encode(historyErased, forKey: .historyErased) }
  }
}

/// An access-log file removed after its retention period (every line in it
/// older than `retention.accessLogYears`), from the files and from history.
package struct ExpiredLog: Codable, Hashable, Sendable {
  /// "access/b/2019-03.jsonl"
  package var path: String
  package var removedAt: Timestamp
  package var by: String

  package init(path: String, removedAt: Timestamp, by: String) {
    self.path = path
    self.removedAt = removedAt
    self.by = by
  }
}

/// One replica of a store under git: its tag, who made it and when.
package struct Replica: Codable, Hashable, Sendable {
  /// The tag ("b", "lap2"); see ReplicaTag.
  package var id: String
  package var by: String
  package var at: Timestamp

  package init(id: String, by: String, at: Timestamp) {
    self.id = id
    self.by = by
    self.at = at
  }
}

/// The thresholds of the signals (docs/signals.md); every one can be set in store.json.
package struct SignalThresholds: Codable, Hashable, Sendable {
  /// More than this many distinct professionals in the last 12 months is "many helpers".
  package var manyHelpers: Int
  /// Assessments of one subject within this many days are compared.
  package var assessmentWindowDays: Int
  /// A difference of at least this many steps on a shared scale is disagreement.
  package var assessmentSteps: Int
  /// Deadlines running out within this many days are shown.
  package var deadlineWarningDays: Int
  /// Days allowed after a step before the next is expected, per event kind raw value.
  package var stalledDays: [String: Int]
  /// A safety handover not accepted or refused within this many days is signalled.
  package var handoverAnswerDays: Int

  /// The steps with a stalled norm added after stores were written with a
  /// whole table (`rvdk-accept`, 2026-12-07).
  static let stepsAddedLater = ["rvdk-accept"]

  package static let defaultStalledDays: [String: Int] = [
    "report": 14,
    "intake": 42,
    "request-for-discussion": 28,
    "investigation-request": 14,
    "investigation-start": 84,
    "rvdk-accept": 84,
    "investigation-end": 28,
    "petition": 28,
    "ruling-ots": 14,
    "ruling-provisional-ots": 14,
    "scale-up": 14,
    "scale-down": 14,
    "handover": 14,
  ]

  package init(
    manyHelpers: Int = 8, assessmentWindowDays: Int = 90, assessmentSteps: Int = 2,
    deadlineWarningDays: Int = 28, stalledDays: [String: Int] = SignalThresholds.defaultStalledDays,
    handoverAnswerDays: Int = 7
  ) {
    self.handoverAnswerDays = handoverAnswerDays
    self.manyHelpers = manyHelpers
    self.assessmentWindowDays = assessmentWindowDays
    self.assessmentSteps = assessmentSteps
    self.deadlineWarningDays = deadlineWarningDays
    self.stalledDays = stalledDays
  }

  package init(from decoder: Decoder) throws {
    let defaults = SignalThresholds()
    let container = try decoder.container(keyedBy: CodingKeys.self)
    manyHelpers =
      try container.decodeIfPresent(Int.self, forKey: .manyHelpers) ?? defaults.manyHelpers
    assessmentWindowDays =
      try container.decodeIfPresent(Int.self, forKey: .assessmentWindowDays)
      ?? defaults.assessmentWindowDays
    assessmentSteps =
      try container.decodeIfPresent(Int.self, forKey: .assessmentSteps) ?? defaults.assessmentSteps
    deadlineWarningDays =
      try container.decodeIfPresent(Int.self, forKey: .deadlineWarningDays)
      ?? defaults.deadlineWarningDays
    stalledDays =
      try container.decodeIfPresent([String: Int].self, forKey: .stalledDays)
      ?? defaults.stalledDays
    // A step Tafel added after the table was written takes its default: a
    // store of before has no word on it, so the signal keeps watching.
    for kind in SignalThresholds.stepsAddedLater where stalledDays[kind] == nil {
      stalledDays[kind] = defaults.stalledDays[kind]
    }
    handoverAnswerDays =
      try container.decodeIfPresent(Int.self, forKey: .handoverAnswerDays)
      ?? defaults.handoverAnswerDays
  }
}
