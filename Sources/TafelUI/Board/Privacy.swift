// How a family is shown when its name may not be: its id and its initials.

import TafelCore
import TafelScreen

package enum Privacy {
  /// "FV-2026-0042 (Ö)" for "Familie Öztürk"; just the id when the name has
  /// no initial that hides it (one CJK character is a whole surname).
  package static func label(id: String, name: String) -> String {
    let letters = familyInitials(of: name)
    return letters.isEmpty ? id : "\(id) (\(letters))"
  }

  /// The initials of a family name, leaving out "Familie"/"Family"/"Gezin" and
  /// every word that does not start with a narrow letter (CJK, emoji).
  package static func familyInitials(of name: String) -> String {
    let skipped: Set<String> = ["familie", "family", "gezin"]
    var result = ""
    for word in name.split(separator: " ") where !skipped.contains(word.lowercased()) {
      guard let first = word.first, first.isLetter, DisplayWidth.of(first) == 1 else { continue }
      result.append(first)
    }
    return result
  }

  /// "Z.Ö." for "Zoë Öztürk": the first letter of each word, with a dot;
  /// words in CJK or emoji are left out, since one character can be a whole name.
  package static func initials(of name: String) -> String {
    let letters = name.split(separator: " ").compactMap { word -> Character? in
      guard let first = word.first, first.isLetter, DisplayWidth.of(first) == 1 else { return nil }
      return first
    }
    return letters.isEmpty ? "…" : letters.map { "\($0)." }.joined()
  }

  /// "(Ö)" where the id is already shown next to it; "(…)" when there is no initial.
  package static func shortLabel(_ name: String) -> String {
    let letters = familyInitials(of: name)
    return "(" + (letters.isEmpty ? "…" : letters) + ")"
  }
}
