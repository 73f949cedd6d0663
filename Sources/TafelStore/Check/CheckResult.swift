// What `tafel check` found: the problems, sorted by path and position, and how
// many files of each kind were looked at, for the one-line summary.

package struct CheckResult: Sendable {
  package var problems: [StoreProblem]
  package var families: Int
  package var meetings: Int
  /// Every file read, including store.json, organisations.json and index.json.
  package var files: Int

  package init(problems: [StoreProblem], families: Int, meetings: Int, files: Int) {
    self.problems = problems.sorted {
      ($0.path, $0.line, $0.column, $0.message) < ($1.path, $1.line, $1.column, $1.message)
    }
    self.families = families
    self.meetings = meetings
    self.files = files
  }

  package var isClean: Bool { problems.isEmpty }

  /// "ok: 12 families, 3 meetings, 17 files" or "3 problems in 17 files (12 families, 3 meetings)".
  package var summary: String {
    let counts =
      "\(families) \(families == 1 ? "family" : "families"), \(meetings) "
      + (meetings == 1 ? "meeting" : "meetings")
    if problems.isEmpty { return "ok: \(counts), \(files) files" }
    let noun = problems.count == 1 ? "problem" : "problems"
    return "\(problems.count) \(noun) in \(files) files (\(counts))"
  }
}
