// How long a family's file and the access log are kept, and when each is due
// for destruction. A youth-care file is kept 20 years after its last change
// (Jeugdwet art. 7.3.10 / 7.4.9), not after archiving: the clock starts
// again with every change. An organisation of another kind keeps its files
// on its own terms, so the period is set per kind of the organisation that
// keeps the store (`store.json`'s `retention`). Access-log lines are kept at
// least 5 years from each line (NEN 7513), apart from the file they are about.

import Foundation

/// Why a family's data was erased.
package enum ErasureGround: String, Codable, CaseIterable, Sendable {
  /// Its retention period ran out.
  case retention
  /// Destruction asked for before the period ended (a parent, a youth from 12).
  case request
}

/// Who asked for destruction before the period ended, by their place in the
/// family — never by name: the record of an erasure holds no one's name.
package enum ErasureRequester: String, Codable, CaseIterable, Sendable {
  case parent
  /// The youth themself (from 12, who may ask on their own).
  case youth
  case guardian
  /// A lawyer or another who acts for them.
  case representative
}

/// The store's retention periods (`store.json` → `retention`; every field optional).
package struct RetentionRules: Codable, Hashable, Sendable {
  /// Years a family's file is kept after its last change (20).
  package var years: Int
  /// The kind of organisation that keeps this store; its period in
  /// `yearsByKind`, when set there, applies instead of `years`.
  package var keeper: OrganisationKind?
  /// Years per organisation kind ("veilig-thuis": 20, "rvdk": 5, …).
  package var yearsByKind: [String: Int]
  /// Years an access-log line is kept after it was written (5).
  package var accessLogYears: Int

  package static let defaultYears = 20
  package static let defaultAccessLogYears = 5

  package init(
    years: Int = RetentionRules.defaultYears, keeper: OrganisationKind? = nil,
    yearsByKind: [String: Int] = [:], accessLogYears: Int = RetentionRules.defaultAccessLogYears
  ) {
    self.years = years
    self.keeper = keeper
    self.yearsByKind = yearsByKind
    self.accessLogYears = accessLogYears
  }

  enum CodingKeys: String, CodingKey { case years, keeper, yearsByKind, accessLogYears }

  package init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    years = try container.decodeIfPresent(Int.self, forKey: .years) ?? RetentionRules.defaultYears
    keeper = try container.decodeIfPresent(OrganisationKind.self, forKey: .keeper)
    yearsByKind = try container.decodeIfPresent([String: Int].self, forKey: .yearsByKind) ?? [:]
    accessLogYears =
      try container.decodeIfPresent(Int.self, forKey: .accessLogYears)
      ?? RetentionRules.defaultAccessLogYears
  }

  /// The years a family's file is kept in this store.
  package var familyYears: Int {
    keeper.flatMap { yearsByKind[$0.rawValue] } ?? years
  }

  /// A period that cannot be meant: one line, or nil.
  package var problem: String? {
    for (name, value) in [("years", years), ("accessLogYears", accessLogYears)]
    where !(1...100).contains(value) {
      return "retention.\(name): \(value) is not 1 to 100 years"
    }
    for (kind, value) in yearsByKind.sorted(by: { $0.key < $1.key }) {
      if OrganisationKind(rawValue: kind) == nil {
        return "retention.yearsByKind: \"\(kind)\" is not an organisation kind"
      }
      if !(1...100).contains(value) {
        return "retention.yearsByKind.\(kind): \(value) is not 1 to 100 years"
      }
    }
    return nil
  }
}

/// A family's retention clock: its last change and the day it is due.
package struct RetentionClock: Hashable, Sendable {
  package let family: String
  package let lastChange: Timestamp
  package let due: Day

  /// Nil for a family with no recorded change (its file predates records).
  package init?(_ family: Family, years: Int) {
    guard let last = family.lastChange else { return nil }
    self.family = family.id
    self.lastChange = last
    self.due = last.utcDay.adding(months: 12 * years)
  }

  package func isDue(on today: Day) -> Bool { due <= today }
}

extension Family {
  /// When the file last changed: its newest change record (archiving included).
  package var lastChange: Timestamp? {
    (changes.map(\.at) + [archived?.at].compactMap { $0 }).max()
  }
}

/// An access-log file's retention: a month's file is due once its last
/// possible line (the month's end) is `years` years old.
package enum AccessLogRetention {
  /// The first day after the month of "access/<replica>/<YYYY-MM>.jsonl", or nil.
  package static func monthEnd(of path: String) -> Day? {
    let name = path.split(separator: "/").last.map(String.init) ?? ""
    guard name.hasSuffix(".jsonl"), name.count == 13,
      let first = Day(String(name.prefix(7)) + "-01")
    else { return nil }
    return first.adding(months: 1)
  }

  /// The day the file is due, or nil for a path that is no month's log.
  package static func due(_ path: String, years: Int) -> Day? {
    monthEnd(of: path)?.adding(months: 12 * years)
  }
}

/// The record of an erasure keeps no one's name: the words of a reason that
/// name the family (its surname, a member's first or last name).
package enum ErasureReason {
  /// Words too common in Dutch names to stand for one ("van", "de", "Familie").
  static let common: Set<String> = [
    "familie", "fam", "van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "la", "le",
    "el", "al", "da", "do", "dos", "di", "du", "von", "zu",
  ]

  /// The first word of `reason` that is part of one of `names` (compared
  /// without case and accents, whole words only, also the parts of a
  /// double name), or nil.
  package static func namedWord(in reason: String, names: [String]) -> String? {
    func words(_ text: String) -> [String] {
      text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        .split(whereSeparator: { !$0.isLetter }).map(String.init)
    }
    let named = Set(names.flatMap(words).filter { $0.count >= 3 && !common.contains($0) })
    let original = reason.split(whereSeparator: { !$0.isLetter }).map(String.init)
    for (word, folded) in zip(original, original.map { words($0).first ?? "" })
    where named.contains(folded) {
      return word
    }
    return nil
  }
}
