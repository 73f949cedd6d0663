// Ids that are unique within one family file: members "M1", involvements
// "I3", assessments "R2", events "E7". A new one is one more than the highest.

extension Family {
  /// "E7" after "E1"…"E6": one more than the highest number with this prefix.
  public static func nextNumber(prefix: String, among ids: [String]) -> String {
    let highest =
      ids.compactMap { id -> Int? in
        guard id.hasPrefix(prefix) else { return nil }
        return Int(id.dropFirst(prefix.count))
      }.max() ?? 0
    return "\(prefix)\(highest + 1)"
  }
}
