// Which texts are long texts, where line breaks and tabs belong (a rationale,
// a view, a note), and which are one-line values (a name, an id, a role). One
// list for the command line (`--parents-view`) and for a file edited by hand
// (`parentsView`), so the two refuse the same characters.

package enum LongTextFields {
  /// The JSON keys of the long-text fields.
  package static let keys: Set<String> = [
    "rationale", "parentsView", "childView", "childNotHeard", "dissent", "note", "text",
    "reason", "outcomeText", "parentsReaction", "tried", "scope", "worry", "worries", "working",
    "next", "concerns", "question", "conditions", "correctionReason",
  ]

  /// Whether the option (`--parents-view`) takes a long text.
  package static func isLongText(option: String) -> Bool {
    guard option.hasPrefix("--") else { return false }
    var key = ""
    var upper = false
    for character in option.dropFirst(2) {
      if character == "-" {
        upper = true
      } else {
        key += upper ? character.uppercased() : String(character)
        upper = false
      }
    }
    return keys.contains(key)
  }
}
