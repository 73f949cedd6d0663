// The bench result as one plain-text table: a row per figure, a column per
// store size, a ✓ or ✗ next to every figure that has a target, and the
// target itself in the last column. Under it the machine and what was compared.

import TafelCore

package enum BenchTable {
  package static func text(_ report: BenchReport) -> String {
    let sizes = report.sizes
    let marks = Dictionary(
      report.targets.map { ("\($0.target)|\($0.families)", $0.met) },
      uniquingKeysWith: { a, _ in a })
    func mark(_ target: String, _ size: BenchSizeResult) -> String {
      guard let met = marks["\(target)|\(size.families)"] else { return "" }
      return met ? " ✓" : " ✗"
    }
    var rows: [(label: String, cells: [String], target: String)] = []
    func row(_ label: String, target: String = "", _ cell: (BenchSizeResult) -> String?) {
      let cells = sizes.map { cell($0) ?? "–" }
      rows.append((label, cells, target))
    }
    let runs = sizes.first?.firstFrame.count ?? 0
    row("families") { BenchFormat.count($0.families) }
    row("store on disk") { BenchFormat.bytes($0.storeBytes) }
    row("generate") { BenchFormat.milliseconds($0.generateMilliseconds) }
    row("first frame, headless (median of \(runs))", target: "≤ 100 ms, ≤ 1.5× smallest") {
      BenchFormat.milliseconds($0.firstFrame.medianMilliseconds) + mark(BenchTargets.firstFrame, $0)
    }
    row("  of which open, read and render") {
      BenchFormat.milliseconds($0.firstFrameInside.medianMilliseconds)
    }
    if sizes.contains(where: { $0.firstFrameTerminal != nil }) {
      row("first frame in this terminal") {
        $0.firstFrameTerminal.map { BenchFormat.milliseconds($0.medianMilliseconds) }
      }
    }
    row("index read after the first frame") { $0.indexMilliseconds.map(BenchFormat.milliseconds) }
    row("key → frame, median (200×60)") {
      $0.keyToFrame.map { BenchFormat.milliseconds($0.medianMilliseconds) }
    }
    row("key → frame, p99", target: "≤ 5 ms") { size in
      size.keyToFrame.map {
        BenchFormat.milliseconds($0.p99Milliseconds) + mark(BenchTargets.keyToFrame, size)
      }
    }
    row("key → frame, CPU time median / p99") {
      $0.keyToFrameCPU.map { BenchFormat.pair($0.medianMilliseconds, $0.p99Milliseconds) }
    }
    row("decision save, median / p99") {
      BenchFormat.pair($0.save.save.medianMilliseconds, $0.save.save.p99Milliseconds)
    }
    row("  of which decode, record, encode") {
      $0.save.json.map { BenchFormat.pair($0.medianMilliseconds, $0.p99Milliseconds) }
    }
    row("raw write + fsync, median / p99") {
      BenchFormat.pair(
        $0.save.rawWriteAndFsync.medianMilliseconds, $0.save.rawWriteAndFsync.p99Milliseconds)
    }
    row("atomic write alone, median / p99") {
      $0.save.atomicWrite.map { BenchFormat.pair($0.medianMilliseconds, $0.p99Milliseconds) }
    }
    row("save ÷ raw (medians)", target: "≤ 2×") {
      let raw = $0.save.rawWriteAndFsync.medianMilliseconds
      return BenchFormat.ratio(raw > 0 ? $0.save.save.medianMilliseconds / raw : 0)
        + mark(BenchTargets.save, $0)
    }
    row("access log: one entry, median / p99", target: "median ≤ 1 ms") { size in
      size.accessAppend.map {
        BenchFormat.pair($0.medianMilliseconds, $0.p99Milliseconds)
          + mark(BenchTargets.access, size)
      }
    }
    row("git: init --git (first commit)") {
      $0.git.map { BenchFormat.milliseconds($0.setupMilliseconds) }
    }
    row("git: save + commit, median / p99", target: "p99 ≤ 30 ms") { size in
      size.git.map {
        BenchFormat.pair($0.saveAndCommit.medianMilliseconds, $0.saveAndCommit.p99Milliseconds)
          + mark(BenchTargets.commit, size)
      }
    }
    row("git: tafel sync, nothing to do, median / p99", target: "≤ 100 ms") { size in
      size.git.map {
        BenchFormat.pair($0.syncNothingToDo.medianMilliseconds, $0.syncNothingToDo.p99Milliseconds)
          + mark(BenchTargets.sync, size)
      }
    }
    for (index, years) in [1, 5].enumerated() {
      row(
        "git: sync, nothing to do, \(years) \(years == 1 ? "year" : "years") of log, median",
        target: "≤ 1.2× none"
      ) { size in
        guard let git = size.git, let measured = git.syncWithLogYears, index < measured.count
        else { return nil }
        let ratio = measured[index].sync.medianMilliseconds / git.syncNothingToDo.medianMilliseconds
        return BenchFormat.milliseconds(measured[index].sync.medianMilliseconds)
          + String(format: " (%.2f×)", ratio) + (ratio <= 1.2 ? " ✓" : " ✗")
      }
    }
    row("git: save + signed commit, median / p99", target: "p99 ≤ 40 ms") { size in
      size.git?.saveAndSignedCommit.map {
        BenchFormat.pair($0.medianMilliseconds, $0.p99Milliseconds)
          + ($0.p99Milliseconds <= 40 ? " ✓" : " ✗")
      }
    }
    row("  of which on the board's key path, median / p99") { size in
      size.git?.boardSaveSigned.map { BenchFormat.pair($0.medianMilliseconds, $0.p99Milliseconds) }
    }
    let verified = sizes.compactMap { $0.git?.signedCommits }.first ?? 1_000
    row("git: sync verifying \(BenchFormat.count(verified)) signed commits") { size in
      size.git?.syncVerifyingSigned.map { BenchFormat.milliseconds($0.medianMilliseconds) }
    }
    row("git: save → other replica, 1 s sync, median / p99", target: "p99 ≤ 2 s") { size in
      size.git?.saveToOtherReplica.map {
        BenchFormat.pair($0.medianMilliseconds, $0.p99Milliseconds)
          + mark(BenchTargets.replica, size)
      }
    }
    row("tafel check", target: "≤ jq empty -P2") {
      BenchFormat.milliseconds($0.checkMilliseconds) + mark(BenchTargets.check, $0)
    }
    row("jq empty (xargs, one jq at a time)") { $0.jqMilliseconds.map(BenchFormat.milliseconds) }
    row("jq empty (xargs -P2)") { $0.jqParallelMilliseconds.map(BenchFormat.milliseconds) }
    row("tafel report") { $0.reportMilliseconds.map(BenchFormat.milliseconds) }
    row("/ search: first ever (index built)") {
      $0.search.map { BenchFormat.milliseconds($0.buildMilliseconds) }
    }
    row("/ search: first of a board (index read)") {
      $0.search.map { BenchFormat.milliseconds($0.loadMilliseconds) }
    }
    row("/ search: each query, median / p99", target: "≤ 50 ms") { size in
      size.search.map {
        BenchFormat.pair($0.query.medianMilliseconds, $0.query.p99Milliseconds)
          + mark(BenchTargets.search, size)
      }
    }
    row("board peak memory", target: "≤ 50 MB") {
      BenchFormat.bytes($0.boardPeakResidentBytes) + mark(BenchTargets.memory, $0)
    }

    let labelWidth = rows.map(\.label.count).max() ?? 0
    let cellWidths = sizes.indices.map { column in
      rows.map { $0.cells[column].count }.max() ?? 0
    }
    var lines: [String] = []
    for (label, cells, target) in rows {
      var line = label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
      for (column, cell) in cells.enumerated() {
        line += "  " + String(repeating: " ", count: cellWidths[column] - cell.count) + cell
      }
      if !target.isEmpty { line += "   " + target }
      lines.append(line)
    }
    let machine = report.machine
    lines.append("")
    lines.append(
      "\(report.date) · \(machine.processors) × \(machine.cpu) · \(BenchFormat.bytes(machine.memoryBytes)) RAM"
        + " · Linux \(machine.kernel) · \(machine.fileSystem) · \(machine.swift) · \(machine.build) build"
        + " · seed \(report.seed)")
    for note in report.notes { lines.append("· " + note) }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// How the bench writes numbers: milliseconds below ten seconds, decimal MB, 1,000 separators.
package enum BenchFormat {
  package static func milliseconds(_ value: Double) -> String {
    if value >= 10_000 { return fixed(value / 1000, 1) + " s" }
    if value >= 1000 { return fixed(value / 1000, 2) + " s" }
    if value >= 100 { return fixed(value, 0) + " ms" }
    if value >= 10 { return fixed(value, 1) + " ms" }
    return fixed(value, 2) + " ms"
  }

  package static func pair(_ first: Double, _ second: Double) -> String {
    let unit = milliseconds(second)
    let suffix = unit.hasSuffix(" s") ? " s" : " ms"
    let firstText = milliseconds(first)
    if firstText.hasSuffix(suffix) {
      return String(firstText.dropLast(suffix.count)) + " / " + unit
    }
    return firstText + " / " + unit
  }

  package static func ratio(_ value: Double) -> String { fixed(value, 2) + "×" }

  package static func bytes(_ value: Int) -> String {
    let megabytes = Double(value) / 1_000_000
    if megabytes >= 1000 { return fixed(megabytes / 1000, 2) + " GB" }
    if megabytes >= 100 { return fixed(megabytes, 0) + " MB" }
    return fixed(megabytes, 1) + " MB"
  }

  package static func count(_ value: Int) -> String {
    let digits = String(value)
    var result = ""
    for (position, character) in digits.enumerated() {
      if position > 0, (digits.count - position) % 3 == 0 { result += "," }
      result.append(character)
    }
    return result
  }

  /// `value` with `decimals` digits after the point, rounded half up.
  package static func fixed(_ value: Double, _ decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = scaled % Int(scale)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    guard decimals > 0 else { return sign + String(whole) }
    return sign + String(whole) + "." + zeroPadded(fraction, decimals)
  }
}
