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

  /// Lower case without diacritics: "Öztürk" and "Ozturk" find each other, and so
  /// do a precomposed and a decomposed "ë".
  static func fold(_ text: String) -> String {
    // Nearly every id and name is ASCII: lower-case its bytes directly.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(
        decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      // ASCII first, by arithmetic: the Unicode property lookups below cost
      // about a thousand instructions a scalar (1.9 G for 50,000 names).
      if scalar.isASCII {
        let value = scalar.value
        result.unicodeScalars.append(
          (65...90).contains(value) ? Unicode.Scalar(UInt8(value + 32)) : scalar)
        continue
      }
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      // Decompose accented letters and keep the base letter.
      let decomposed = String(scalar).decomposedBase
      result += decomposed.lowercased()
    }
    return result
  }
}

extension String {
  /// The first scalar of the canonical decomposition's base, for Latin letters with marks.
  fileprivate var decomposedBase: String {
    guard let scalar = unicodeScalars.first else { return self }
    if let base = FamilySearch.latinBase[scalar.value] { return base }
    return self
  }
}

extension FamilySearch {
  /// Latin letters with diacritics seen in Dutch, Turkish and other names, by base letter.
  static let latinBase: [UInt32: String] = {
    let table: [(String, String)] = [
      ("a", "àáâãäåāăą"), ("A", "ÀÁÂÃÄÅĀĂĄ"), ("c", "çćč"), ("C", "ÇĆČ"), ("e", "èéêëēėęě"),
      ("E", "ÈÉÊËĒĖĘĚ"), ("g", "ğ"), ("G", "Ğ"), ("i", "ìíîïīįı"), ("I", "ÌÍÎÏĪĮİ"), ("n", "ñńň"),
      ("N", "ÑŃŇ"), ("o", "òóôõöøō"), ("O", "ÒÓÔÕÖØŌ"), ("s", "śšş"), ("S", "ŚŠŞ"), ("u", "ùúûüūů"),
      ("U", "ÙÚÛÜŪŮ"), ("y", "ýÿ"), ("Y", "Ý"), ("z", "źżž"), ("Z", "ŹŻŽ"),
    ]
    var result: [UInt32: String] = [:]
    for (base, letters) in table {
      for scalar in letters.unicodeScalars { result[scalar.value] = base }
    }
    return result
  }()
}
