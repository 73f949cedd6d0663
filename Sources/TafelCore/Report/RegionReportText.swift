// The region report as a readable plain-text table and as CSV with one header
// row (docs/report.md describes the columns); JSON is the Codable form.

extension RegionReport {
  /// Readable tables, one section after another.
  package func text(language: Language = .en) -> String {
    let l = language
    var lines: [String] = []
    let period =
      from == nil && to == nil
      ? l.pick("all time", "alle tijd")
      : "\(from?.description ?? "…") – \((to ?? today).description)"
    lines.append(
      l.pick("Region report", "Regiorapport") + " · " + l.pick("period ", "periode ") + period
        + " · " + l.pick("today ", "vandaag ") + today.description + " · "
        + l.pick("\(families) families", "\(families) gezinnen"))
    if stores.count > 1 {
      lines.append(
        l.pick("Stores: ", "Stores: ")
          + stores.map { store in
            let count =
              store.families == 1
              ? l.pick("1 family", "1 gezin")
              : l.pick("\(store.families) families", "\(store.families) gezinnen")
            return "\(store.region) (\(count))"
          }
          .joined(separator: " · "))
    }
    for note in notes ?? [] { lines.append(l.pick("Note: ", "Let op: ") + note) }
    lines.append("")

    lines.append(l.pick("Families per phase", "Gezinnen per fase"))
    lines += Self.named(
      Self.table(
        [[l.pick("phase", "fase"), l.pick("families", "gezinnen")]]
          + phases.map { [ChainWords.phase($0.phase, l), "\($0.families)"] }, rightAligned: [1]),
      phases.map(\.named))
    lines.append("")

    lines.append(
      l.pick("Lead times in days, against the norms", "Doorlooptijden in dagen, tegen de normen"))
    lines += Self.named(
      Self.table(
        [
          [
            l.pick("step", "stap"), l.pick("count", "aantal"), l.pick("median", "mediaan"), "p90",
            "min", "max", l.pick("norm", "norm"), l.pick("within", "binnen"),
          ]
        ]
          + leadTimes.map {
            [
              $0.step.name(l), "\($0.count)", Self.number($0.median), Self.number($0.p90),
              Self.number($0.min), Self.number($0.max), Self.norm($0.norm, l),
              Self.within($0.norm, l),
            ]
          }, rightAligned: [1, 2, 3, 4, 5]),
      leadTimes.map(\.named))
    lines.append(
      l.pick(
        "  Days are calendar days; \"within\" counts each step in its norm's unit (working days skip weekends and Dutch public holidays).",
        "  Dagen zijn kalenderdagen; \"binnen\" telt elke stap in de eenheid van zijn norm (werkdagen slaan weekenden en feestdagen over)."
      ))
    lines.append(l.pick("  Where each norm comes from:", "  Waar elke norm vandaan komt:"))
    for step in leadTimes {
      let source =
        step.norm.map { RegionNorms.source($0.source, l) }
        ?? l.pick(
          "no norm (none published nationally; a region sets one with tafel settings set --norm)",
          "geen norm (landelijk niet vastgesteld; een regio stelt er een in met tafel settings set --norm)"
        )
      lines.append("    " + step.step.name(l) + ": " + source)
    }
    lines.append("")

    lines.append(
      l.pick(
        "Back within \(repeats.windowMonths) months of no investigation or drang",
        "Terug binnen \(repeats.windowMonths) maanden na geen onderzoek of drang"))
    lines += Self.named(
      Self.table(
        [
          [
            l.pick("families with that outcome", "gezinnen met die uitkomst"),
            "\(repeats.families)",
          ],
          [
            l.pick("back (a new report or request)", "terug (nieuwe melding of aanmelding)"),
            "\(repeats.back)",
          ],
          [l.pick("share back", "aandeel terug"), Self.percent(repeats.share, l)],
        ], rightAligned: [1]),
      [nil, repeats.named, nil], header: false)
    lines.append("")

    lines.append(
      l.pick(
        "The RvdK's answers to the requests for investigation",
        "Besluiten van de RvdK op de verzoeken tot onderzoek"))
    lines += Self.named(
      Self.table(
        [
          [l.pick("requests", "verzoeken"), "\(rvdk.requests)"],
          [l.pick("accepted (investigates)", "aanvaard (doet onderzoek)"), "\(rvdk.accepted)"],
          [l.pick("rejected", "afgewezen"), "\(rvdk.rejected)"],
          [l.pick("awaiting an answer", "wacht op besluit"), "\(rvdk.awaiting)"],
          [l.pick("share accepted", "aandeel aanvaard"), Self.percent(rvdk.acceptedShare, l)],
        ], rightAligned: [1]),
      [nil, nil, rvdk.namedRejected, rvdk.namedAwaiting, nil], header: false)
    lines.append("")

    lines.append(
      l.pick(
        "Direction (families in help; a duo with a safety team is one)",
        "Regie (gezinnen in hulp; een duo met een veiligheidsteam telt als één)"))
    let directionRows = Self.table(
      [
        [l.pick("exactly one director", "precies één regisseur"), "\(direction.exactlyOne)"],
        [l.pick("no director", "geen regisseur"), "\(direction.none)"],
        [l.pick("two or more", "twee of meer"), "\(direction.several)"],
        [
          l.pick("share with exactly one", "aandeel met precies één"),
          Self.percent(direction.share, l),
        ],
      ], rightAligned: [1])
    lines += Self.named(
      directionRows, [nil, direction.namedNone, direction.namedSeveral, nil], header: false)
    lines.append("")

    lines.append(l.pick("Overlap between organisations", "Overlap tussen organisaties"))
    if overlaps.isEmpty {
      lines.append("  " + l.pick("none", "geen"))
    } else {
      lines += Self.named(
        Self.table(
          [
            [
              l.pick("function", "functie"), l.pick("organisations", "organisaties"),
              l.pick("families", "gezinnen"),
            ]
          ]
            + overlaps.map {
              [
                ChainWords.function($0.function, l), $0.organisationNames.joined(separator: " + "),
                "\($0.families)",
              ]
            }, rightAligned: [2]),
        overlaps.map(\.named))
    }
    lines.append("")

    lines.append(
      l.pick("Distinct professionals per family", "Verschillende professionals per gezin"))
    lines += Self.named(
      Self.table(
        [[l.pick("professionals", "professionals"), l.pick("families", "gezinnen")]]
          + professionals.buckets.map { [$0.label, "\($0.families)"] }, rightAligned: [1]),
      professionals.buckets.map(\.named))
    lines.append(
      "  " + l.pick("median", "mediaan") + " \(Self.number(professionals.median))"
        + " · p90 \(Self.number(professionals.p90)) · max \(Self.number(professionals.max))"
    )
    lines.append("")

    lines.append(l.pick("Signals", "Signalen"))
    lines += Self.named(
      Self.table(
        [
          [
            l.pick("signal", "signaal"), l.pick("signals", "signalen"),
            l.pick("families", "gezinnen"),
          ]
        ]
          + signals.map {
            ["\($0.kind.marker) \($0.kind.name(l))", "\($0.signals)", "\($0.families)"]
          }, rightAligned: [1, 2]),
      signals.map(\.named))
    // Every line is one line: a newline inside a name cannot start a fake row.
    return lines.map(Sanitized.line).joined(separator: "\n") + "\n"
  }

  /// One CSV table with a header row and the same figures as the JSON:
  /// section,item,detail,count,median,p90,min,max,share,families (the last
  /// filled with `--names`: ids, with names unless private, joined by ";").
  package func csv() -> String {
    var rows: [[String]] = [
      [
        "section", "item", "detail", "count", "median", "p90", "min", "max", "share", "families",
        "note",
      ]
    ]
    func row(
      _ section: String, _ item: String, _ detail: String, _ count: String,
      median: Int? = nil, p90: Int? = nil, min: Int? = nil, max: Int? = nil, share: String = "",
      named: [FamilyName]? = nil, note: String = ""
    ) {
      rows.append([
        section, item, detail, count, Self.number(median, empty: ""), Self.number(p90, empty: ""),
        Self.number(min, empty: ""), Self.number(max, empty: ""), share,
        (named ?? []).map { family in
          (family.store.map { "\($0):" } ?? "") + family.id + (family.name.map { " \($0)" } ?? "")
        }
        .joined(separator: ";"), note,
      ])
    }
    row("families", "all", "", "\(families)")
    if stores.count > 1 {
      for store in stores { row("store", store.region, "", "\(store.families)") }
    }
    for note in notes ?? [] { row("note", "", "", "", note: note) }
    for phase in phases {
      row("phase", phase.phase.rawValue, "", "\(phase.families)", named: phase.named)
    }
    for step in leadTimes {
      row(
        "lead-time", step.step.rawValue, "days", "\(step.count)", median: step.median,
        p90: step.p90,
        min: step.min, max: step.max, named: step.named)
      if let norm = step.norm {
        // count: measurements within; min: the norm's figure; max: the target share.
        row(
          "norm", step.step.rawValue, norm.unit.rawValue, "\(norm.within)", min: norm.figure,
          max: norm.targetShare, share: norm.share.map { Self.decimal($0) } ?? "",
          note: norm.source)
      }
    }
    row(
      "repeat", "no-investigation-or-drang", "\(repeats.windowMonths)-months",
      "\(repeats.families)")
    row(
      "repeat", "back", "\(repeats.windowMonths)-months", "\(repeats.back)",
      share: repeats.share.map { Self.decimal($0) } ?? "", named: repeats.named)
    row("rvdk", "requests", "", "\(rvdk.requests)")
    row(
      "rvdk", "accepted", "", "\(rvdk.accepted)",
      share: rvdk.acceptedShare.map { Self.decimal($0) } ?? "")
    row("rvdk", "rejected", "", "\(rvdk.rejected)", named: rvdk.namedRejected)
    row("rvdk", "awaiting", "", "\(rvdk.awaiting)", named: rvdk.namedAwaiting)
    row(
      "direction", "exactly-one", "", "\(direction.exactlyOne)",
      share: direction.share.map { Self.decimal($0) } ?? "")
    row("direction", "none", "", "\(direction.none)", named: direction.namedNone)
    row("direction", "several", "", "\(direction.several)", named: direction.namedSeveral)
    row("direction", "in-help", "", "\(direction.families)")
    for overlap in overlaps {
      row(
        "overlap", overlap.function.rawValue, overlap.organisations.joined(separator: "+"),
        "\(overlap.families)", named: overlap.named)
    }
    for bucket in professionals.buckets {
      row(
        "professionals", bucket.label, "families", "\(bucket.families)", min: bucket.min,
        max: bucket.max, named: bucket.named)
    }
    row(
      "professionals", "all", "per-family", "", median: professionals.median,
      p90: professionals.p90, max: professionals.max)
    for signal in signals {
      row("signal", signal.kind.rawValue, "signals", "\(signal.signals)")
      row("signal", signal.kind.rawValue, "families", "\(signal.families)", named: signal.named)
    }
    return CSVText.table(rows)
  }

  /// `lines` (a table, its header first unless `header` is false) with the
  /// families behind each row listed under it, one per line.
  static func named(_ lines: [String], _ named: [[FamilyName]?], header: Bool = true)
    -> [String]
  {
    var result: [String] = []
    for (index, line) in lines.enumerated() {
      result.append(line)
      let row = header ? index - 1 : index
      guard row >= 0, row < named.count, let families = named[row] else { continue }
      for family in families {
        result.append(
          "      " + family.id + (family.name.map { "  " + $0 } ?? "")
            + (family.days.map { "  (\($0))" } ?? ""))
      }
    }
    return result
  }

  /// "5 working days (90%)", or "—" without a norm.
  static func norm(_ norm: NormStanding?, _ language: Language) -> String {
    guard let norm else { return "—" }
    return RegionNorms.describe(
      figure: norm.figure, unit: norm.unit, targetShare: norm.targetShare, language)
  }

  /// "62.5%", with "below target" when a target is missed; "—" without a norm or measurements.
  static func within(_ norm: NormStanding?, _ language: Language) -> String {
    guard let norm, let share = norm.share else { return "—" }
    let shown = percent(share, language)
    switch norm.meetsTarget {
    case false?: return shown + language.pick(" (below target)", " (onder doel)")
    case true?: return shown + language.pick(" (target met)", " (doel gehaald)")
    case nil: return shown
    }
  }

  static func number(_ value: Int?, empty: String = "—") -> String {
    value.map(String.init) ?? empty
  }

  /// "84.6%" (one decimal), or "—".
  /// "84.6%" in English, "84,6%" in Dutch, or "—".
  static func percent(_ value: Double?, _ language: Language = .en) -> String {
    guard let value else { return "—" }
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10)\(language.pick(".", ","))\(tenths % 10)%"
  }

  /// "0.8462" (four decimals) for CSV.
  static func decimal(_ value: Double) -> String {
    let scaled = Int((value * 10_000).rounded())
    return "\(scaled / 10_000)." + zeroPadded(scaled % 10_000, 4)
  }

  /// Columns padded to their widest cell, two spaces apart, indented by two.
  static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
    guard let columns = rows.map(\.count).max() else { return [] }
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], DisplayWidth.of(cell))
      }
    }
    return rows.map { row in
      let cells = row.enumerated().map { index, cell in
        let fill = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
        return rightAligned.contains(index) ? fill + cell : cell + fill
      }
      var line = "  " + cells.joined(separator: "  ")
      while line.last == " " { line.removeLast() }
      return line
    }
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(
      separator: replacement)
  }
}
