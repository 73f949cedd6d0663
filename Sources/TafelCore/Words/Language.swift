// The two languages Tafel speaks. The core uses it for the words of signals,
// the history timeline and the region report; the UI and the commands pick it
// from --lang or LANG.

package enum Language: String, Codable, CaseIterable, Sendable {
  case en
  case nl

  /// The language a locale string names: "nl_NL.UTF-8", "nl", "nl-BE" → Dutch;
  /// anything else (or nothing) → English.
  package static func from(locale: String?) -> Language {
    guard let locale, !locale.isEmpty else { return .en }
    let lower = locale.lowercased()
    return lower == "nl" || lower.hasPrefix("nl_") || lower.hasPrefix("nl-")
      || lower.hasPrefix("nl.")
      ? .nl : .en
  }

  /// Picks the English or the Dutch text.
  package func pick(_ english: String, _ dutch: String) -> String {
    self == .nl ? dutch : english
  }
}
