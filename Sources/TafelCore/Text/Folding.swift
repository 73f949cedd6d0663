// Text folded for finding: lower case, diacritics off ("Öztürk" and "ozturk",
// "Financiën" and "financien" are the same key). One fold for the board's
// search, the store's search of family files and the names of ZRM domains.

package enum Folding {
  /// Lower case without diacritics: "Öztürk" and "Ozturk" find each other, and so
  /// do a precomposed and a decomposed "ë".
  package static func fold(_ text: String) -> String {
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
    if let base = Folding.latinBase[scalar.value] { return base }
    return self
  }
}

extension Folding {
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
