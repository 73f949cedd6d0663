// Family members as typed on the command line: a child as "name|YYYY-MM-DD",
// a parent or caregiver as "name|yes" or "name|no" (holds custody, gezag),
// with an optional third part "parent" (the default) or "caregiver".

package enum MemberInput {
  package static func child(_ text: String) throws(ArgumentRefusal) -> (name: String, birth: Day) {
    let parts = text.split(separator: "|", omittingEmptySubsequences: false).map {
      String($0).trimmed
    }
    guard parts.count == 2, !parts[0].isEmpty else {
      throw ArgumentRefusal("--child", "\"\(text)\" is not \"name|YYYY-MM-DD\"")
    }
    guard let birth = Day(parts[1]) else {
      throw ArgumentRefusal("--child", "\"\(parts[1])\" is not a date (YYYY-MM-DD)")
    }
    return (parts[0], birth)
  }

  package static func caregiver(_ text: String) throws(ArgumentRefusal) -> (
    name: String, custody: Bool, role: MemberRole
  ) {
    let parts = text.split(separator: "|", omittingEmptySubsequences: false).map {
      String($0).trimmed
    }
    guard (2...3).contains(parts.count), !parts[0].isEmpty else {
      throw ArgumentRefusal("--caregiver", "\"\(text)\" is not \"name|custody yes/no\"")
    }
    guard let custody = yesOrNo(parts[1]) else {
      throw ArgumentRefusal("--caregiver", "custody \"\(parts[1])\" is not yes or no")
    }
    var role = MemberRole.parent
    if parts.count == 3 {
      guard let typed = MemberRole(rawValue: parts[2].lowercased()), typed != .child else {
        throw ArgumentRefusal("--caregiver", "role \"\(parts[2])\" is not parent or caregiver")
      }
      role = typed
    }
    return (parts[0], custody, role)
  }

  /// yes/no in English or Dutch (ja/nee), any case.
  package static func yesOrNo(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "yes", "y", "ja", "j", "true": true
    case "no", "n", "nee", "false": false
    default: nil
    }
  }
}
