// The region report as a readable plain-text table and as CSV with one header
// row (docs/report.md describes the columns); JSON is the Codable form.

extension RegionReport {
  /// Readable tables, one section after another.
  public func text(language: Language = .en) -> String {
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
    lines.append("")

    lines.append(l.pick("Families per phase", "Gezinnen per fase"))
    lines += Self.table(
      [[l.pick("phase", "fase"), l.pick("families", "gezinnen")]]
        + phases.map { [ChainWords.phase($0.phase, l), "\($0.families)"] }, rightAligned: [1])
    lines.append("")

    lines.append(l.pick("Lead times in days", "Doorlooptijden in dagen"))
    lines += Self.table(
      [[l.pick("step", "stap"), l.pick("count", "aantal"), "median", "p90", "min", "max"]]
        + leadTimes.map {
          [
            $0.step.name(l), "\($0.count)", Self.number($0.median), Self.number($0.p90),
            Self.number($0.min), Self.number($0.max),
          ]
        }, rightAligned: [1, 2, 3, 4, 5])
    lines.append("")

    lines.append(l.pick("Direction (families in help)", "Regie (gezinnen in hulp)"))
    lines += Self.table(
      [
        [l.pick("exactly one director", "precies één regisseur"), "\(direction.exactlyOne)"],
        [l.pick("no director", "geen regisseur"), "\(direction.none)"],
        [l.pick("two or more", "twee of meer"), "\(direction.several)"],
        [
          l.pick("share with exactly one", "aandeel met precies één"),
          Self.percent(direction.share),
        ],
      ], rightAligned: [1])
    lines.append("")

    lines.append(l.pick("Overlap between organisations", "Overlap tussen organisaties"))
    if overlaps.isEmpty {
      lines.append("  " + l.pick("none", "geen"))
    } else {
      lines += Self.table(
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
          }, rightAligned: [2])
    }
    lines.append("")

    lines.append(
      l.pick("Distinct professionals per family", "Verschillende professionals per gezin"))
    lines += Self.table(
      [[l.pick("professionals", "professionals"), l.pick("families", "gezinnen")]]
        + professionals.buckets.map { [$0.label, "\($0.families)"] }, rightAligned: [1])
    lines.append(
      "  median \(Self.number(professionals.median)) · p90 \(Self.number(professionals.p90))"
        + " · max \(Self.number(professionals.max))"
    )
    lines.append("")

    lines.append(l.pick("Signals", "Signalen"))
    lines += Self.table(
      [
        [
          l.pick("signal", "signaal"), l.pick("signals", "signalen"),
          l.pick("families", "gezinnen"),
        ]
      ]
        + signals.map {
          ["\($0.kind.marker) \($0.kind.name(l))", "\($0.signals)", "\($0.families)"]
        }, rightAligned: [1, 2])
    // Every line is one line: a newline inside a name cannot start a fake row.
    return lines.map(Sanitized.line).joined(separator: "\n") + "\n"
  }

  /// One CSV table with a header row: section,item,detail,count,median,p90,share.
  public func csv() -> String {
    var rows: [[String]] = [["section", "item", "detail", "count", "median", "p90", "share"]]
    rows.append(["families", "all", "", "\(families)", "", "", ""])
    for phase in phases {
      rows.append(["phase", phase.phase.rawValue, "", "\(phase.families)", "", "", ""])
    }
    for step in leadTimes {
      rows.append([
        "lead-time", step.step.rawValue, "days", "\(step.count)",
        Self.number(step.median, empty: ""),
        Self.number(step.p90, empty: ""), "",
      ])
    }
    rows.append([
      "direction", "exactly-one", "", "\(direction.exactlyOne)", "", "",
      direction.share.map { Self.decimal($0) } ?? "",
    ])
    rows.append(["direction", "none", "", "\(direction.none)", "", "", ""])
    rows.append(["direction", "several", "", "\(direction.several)", "", "", ""])
    rows.append(["direction", "in-help", "", "\(direction.families)", "", "", ""])
    for overlap in overlaps {
      rows.append([
        "overlap", overlap.function.rawValue, overlap.organisations.joined(separator: "+"),
        "\(overlap.families)", "", "", "",
      ])
    }
    for bucket in professionals.buckets {
      rows.append(["professionals", bucket.label, "families", "\(bucket.families)", "", "", ""])
    }
    rows.append([
      "professionals", "all", "per-family", "", Self.number(professionals.median, empty: ""),
      Self.number(professionals.p90, empty: ""), "",
    ])
    for signal in signals {
      rows.append(["signal", signal.kind.rawValue, "signals", "\(signal.signals)", "", "", ""])
      rows.append(["signal", signal.kind.rawValue, "families", "\(signal.families)", "", "", ""])
    }
    return CSVText.table(rows)
  }

  static func number(_ value: Int?, empty: String = "—") -> String {
    value.map(String.init) ?? empty
  }

  /// "84.6%" (one decimal), or "—".
  static func percent(_ value: Double?) -> String {
    guard let value else { return "—" }
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
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
