// Who holds direction (regie) over a family on a day: the principle is one
// family, one plan, one director. Used by the direction signal, the history
// timeline and the region report's "exactly one director" share.

public enum Directors {
  /// Professionals holding direction on `day`, sorted: everyone with an
  /// active involvement that includes `.direction`, plus the plan's director
  /// when that professional has any active involvement on that day.
  public static func on(_ day: Day, in family: Family) -> [String] {
    var holders = Set(
      family.involvements.filter { $0.functions.contains(.direction) && $0.isActive(on: day) }
        .map(\.professional))
    if let director = family.plan.director,
      family.involvements.contains(where: { $0.professional == director && $0.isActive(on: day) })
    {
      holders.insert(director)
    }
    return holders.sorted()
  }

  /// The last day anyone held direction before `day`, if anyone ever did.
  public static func lastHeld(before day: Day, in family: Family) -> Day? {
    family.involvements.filter { $0.functions.contains(.direction) && $0.from <= day }
      .compactMap { $0.to }.filter { $0 < day }.max()
  }
}
