// Text put into CSV (the region report, the signals) as data a spreadsheet
// shows and never runs: one quoting rule and one formula guard for every CSV
// Tafel writes. A cell passes the sanitiser first (Sanitized.line), so no
// control byte leaves and a line break in a name cannot start a new row.

package enum CSVText {
  /// One cell: quoted when it holds a comma, quote or line break; a cell a
  /// spreadsheet would run as a formula (=, +, -, @ first) is kept as text
  /// with a leading apostrophe, unless it is a plain number.
  package static func field(_ raw: String) -> String {
    let field = Sanitized.line(raw)
    if let first = field.first, "=+-@".contains(first), Double(field) == nil {
      return self.field("'" + field)
    }
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Rows of cells as CSV lines, each line ended.
  package static func table(_ rows: [[String]]) -> String {
    rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }
}
