// Bytes as lowercase hexadecimal: git object ids and the access log's hashes.

extension Sequence where Element == UInt8 {
  /// "0a1f…".
  package var lowercaseHex: String {
    let digits = Array("0123456789abcdef")
    var text = ""
    for byte in self {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 15)])
    }
    return text
  }
}
