// The `/` filter's index: every family's id and name folded once (case and
// diacritics), so each key typed is one pass of plain substring tests.

import TafelCore
import TafelScreen

struct FamilySearch {
  private let keys: [(summary: FamilySummary, key: String)]

  init(_ summaries: [FamilySummary]) {
    keys = summaries.sorted { $0.id < $1.id }.map {
      ($0, FamilySearch.fold($0.id + " " + $0.name))
    }
  }

  /// Families whose id or name contains every word of the query, at most `limit`.
  func matches(_ query: String, limit: Int) -> (found: [FamilySummary], total: Int) {
    let words = FamilySearch.fold(query).split(separator: " ").map(String.init)
    var found: [FamilySummary] = []
    var total = 0
    for entry in keys where words.allSatisfy({ entry.key.contains($0) }) {
      total += 1
      if found.count < limit { found.append(entry.summary) }
    }
    return (found, total)
  }

  static func fold(_ text: String) -> String { Folding.fold(text) }

}
