// Every family's signals with their evidence, for scripts and dashboards
// (`tafel signals`): the same signals and the same words as the board's
// signals pane, as text, JSON (docs/schema/signals.schema.json) or CSV.

package struct SignalList: Codable, Hashable, Sendable {
  package struct Entry: Codable, Hashable, Sendable {
    package var kind: SignalKind
    package var marker: String
    /// The signal in words, as the signals pane says it.
    package var line: String
    package var evidence: SignalEvidence
  }

  package struct FamilySignals: Codable, Hashable, Sendable {
    package var id: String
    /// Nil with `--private`: the id and initials only.
    package var name: String?
    package var initials: String
    package var phase: Phase
    /// The marker letters, as the agenda shows them ("ROT").
    package var markers: String
    package var signals: [Entry]
  }

  /// The day the signals hold on.
  package var date: Day
  package var language: Language
  package var families: [FamilySignals]

  /// The signals of `families` (in id order) on `today`; a closed family has none.
  package static func build(
    families: [Family], directory: Directory, today: Day, thresholds: SignalThresholds,
    settings: RegionSettings = RegionSettings(), language: Language, showNames: Bool = true
  ) -> SignalList {
    let lookup = DirectoryLookup(directory)
    let rows = families.sorted { $0.id < $1.id }.map { family -> FamilySignals in
      let signals = Signals.evaluate(
        family: family, lookup: lookup, today: today, thresholds: thresholds, settings: settings)
      return FamilySignals(
        id: family.id, name: showNames ? family.name : nil, initials: family.initials,
        phase: family.phase, markers: Signals.markers(signals),
        signals: signals.map { signal in
          // Private: the kind and the organisations only; the words of the
          // record and the people's names (a child's, a professional's) stay out.
          var evidence = signal.evidence
          if !showNames {
            evidence.texts = []
            evidence.professionalNames = []
          }
          return Entry(
            kind: signal.kind, marker: String(signal.marker),
            line: showNames ? signal.line(language: language) : signal.kind.name(language),
            evidence: evidence)
        })
    }
    return SignalList(date: today, language: language, families: rows)
  }

  /// One block per family with signals: its id and name, then a line per signal.
  package func text() -> String {
    let shown = families.filter { !$0.signals.isEmpty }
    guard !shown.isEmpty else {
      return language.pick("No signals on \(date).", "Geen signalen op \(date).") + "\n"
    }
    var lines: [String] = []
    for family in shown {
      lines.append("\(family.id)  \(family.name ?? family.initials)  \(family.markers)")
      for signal in family.signals { lines.append("  \(signal.marker)  \(signal.line)") }
    }
    let count = shown.reduce(0) { $0 + $1.signals.count }
    lines.append(
      language.pick(
        "\(count) signals in \(shown.count) of \(families.count) families on \(date).",
        "\(count) signalen bij \(shown.count) van \(families.count) gezinnen op \(date)."))
    return lines.map(Sanitized.line).joined(separator: "\n") + "\n"
  }

  /// One row per signal, with a header; the evidence's lists joined by ";".
  package func csv() -> String {
    var rows: [[String]] = [
      [
        "family", "name", "phase", "kind", "marker", "line", "reason", "from", "to", "dates",
        "count", "limit", "days", "organisations", "professionals", "ids",
      ]
    ]
    for family in families {
      for signal in family.signals {
        let evidence = signal.evidence
        rows.append([
          family.id, family.name ?? family.initials, family.phase.rawValue, signal.kind.rawValue,
          signal.marker, signal.line, evidence.reason ?? "",
          evidence.from?.description ?? "", evidence.to?.description ?? "",
          evidence.dates.map(\.description).joined(separator: ";"),
          evidence.count.map(String.init) ?? "", evidence.limit.map(String.init) ?? "",
          evidence.days.map(String.init) ?? "", evidence.organisations.joined(separator: ";"),
          evidence.professionals.joined(separator: ";"), evidence.ids.joined(separator: ";"),
        ])
      }
    }
    return CSVText.table(rows)
  }
}
