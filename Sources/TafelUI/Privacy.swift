// How a family is shown when its name may not be: its id and its initials.

import TafelCore

public enum Privacy {
  /// "FV-2026-0042 (Ö)" for "Familie Öztürk".
  public static func label(id: String, name: String) -> String {
    "\(id) (\(Family.initials(of: name)))"
  }

  /// "Z.Ö." for "Zoë Öztürk": the first letter of each word, with a dot.
  public static func initials(of name: String) -> String {
    let letters = name.split(separator: " ").compactMap { $0.first }
    return letters.isEmpty ? "?" : letters.map { "\($0)." }.joined()
  }
}
