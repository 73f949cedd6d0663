// The region's family ids, "<prefix>-<year>-<NNNN>" (e.g. "FV-2026-0042"):
// the next free number of a year, counted from the ids already in the store.
// A replica of a store under git tags the ids it makes ("FV-2026-0043-b"),
// so two laptops that each add a family offline never make the same id.

package enum FamilyNumbering {
  /// The id after the highest number already used in `year` with `prefix`
  /// (by any replica); ids of other years or other prefixes do not count.
  /// At least four digits; `replica` is appended as "-<tag>".
  package static func nextID(
    prefix: String, year: Int, existing: [String], replica: String? = nil
  ) -> String {
    let highest = existing.compactMap { number(in: $0, prefix: prefix, year: year) }.max() ?? 0
    return ReplicaTag.tagged(id(prefix: prefix, year: year, number: highest + 1), replica)
  }

  package static func id(prefix: String, year: Int, number: Int) -> String {
    "\(prefix)-\(year)-\(zeroPadded(number, 4))"
  }

  /// The number of an id in the pattern for `prefix` and `year`, or nil.
  package static func number(in id: String, prefix: String, year: Int) -> Int? {
    let head = "\(prefix)-\(year)-"
    guard id.hasPrefix(head) else { return nil }
    let tail = ReplicaTag.untagged(id.dropFirst(head.count))
    guard tail.count >= 4, tail.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(tail)
  }
}
