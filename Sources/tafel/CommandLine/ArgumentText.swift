// Arguments are untrusted bytes too. Before any command runs, every argument
// is read: a control character (ESC, BEL, C1, a bidirectional override) in a
// one-line value — a name, an id, an organisation, a role, a date — is refused
// with one line naming the option, so it never reaches a file and, through
// it, a terminal or the minutes. Long texts (a rationale, a view, a note) may
// hold newlines and tabs, and nothing else of the kind.

import TafelCore

enum ArgumentText {
  /// The first refused argument as one line ("--name: …"), or nil when all are fine.
  static func refusal(_ arguments: [String]) -> String? {
    var option: String?
    for (position, argument) in arguments.enumerated() {
      var name = option
      var value = argument
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
      } else if argument.hasPrefix("-"), argument.count > 1, option == nil {
        name = argument
      }
      let longText = name.map { LongTextFields.isLongText(option: $0) } ?? false
      if let scalar = value.unicodeScalars.first(where: {
        Sanitized.isControl($0) && !(longText && ($0 == "\n" || $0 == "\t"))
      }) {
        let place = name ?? "argument \(position + 1)"
        let what = scalar == "\n" ? "a line break" : "a control character"
        return "\(place): \(what) (\(Sanitized.codePoint(scalar))) is not allowed"
          + (longText ? "" : " in a one-line value")
      }
      // The next argument is this option's value unless this one is a flag or carries its value.
      option = argument.hasPrefix("--") && !argument.contains("=") ? argument : nil
    }
    return nil
  }
}
