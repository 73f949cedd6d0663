// The set of key paths of a JSON document ("plan/actions/[]/owner"), used to
// see cheaply whether a file holds fields this Tafel does not know: if every
// key path of the original also occurs in the re-encoded model, nothing was
// dropped, and the slower tree merge of UnknownFields can be skipped.

import Foundation

enum KeyPaths {
  /// The key paths of a well-formed JSON document, each as a 64-bit hash of
  /// the path, or nil when it does not scan.
  static func of(_ data: Data) -> Set<UInt64>? {
    var scanner = JSONScanner(bytes: [UInt8](data))
    var paths: Set<UInt64> = []
    guard (try? scanner.collectKeyPaths(offsetBasis, into: &paths, depth: 0)) != nil else {
      return nil
    }
    return paths
  }

  /// True when every key path of `original` occurs in `encoded`: the model kept every field.
  static func covers(original: Data, encoded: Data) -> Bool {
    guard let old = of(original), let new = of(encoded) else { return false }
    return old.isSubset(of: new)
  }

  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

  /// FNV-1a of a parent path's hash followed by one path element.
  static func extend(_ parent: UInt64, _ element: some Sequence<UInt8>) -> UInt64 {
    var hash = parent ^ 0x2F
    hash = hash &* 0x100_0000_01b3
    for byte in element {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}

extension JSONScanner {
  mutating func collectKeyPaths(
    _ current: UInt64, into paths: inout Set<UInt64>, depth: Int
  ) throws(JSONSyntaxError) {
    skipSpace()
    guard depth < 512, offset < bytes.count else { throw unexpected("a value") }
    switch bytes[offset] {
    case UInt8(ascii: "{"):
      try walkObject { scanner, key throws(JSONSyntaxError) in
        let path = KeyPaths.extend(current, key)
        scanner.skipSpace()
        // A null value is the same as a missing key to the model.
        if scanner.offset < scanner.bytes.count, scanner.bytes[scanner.offset] == UInt8(ascii: "n")
        {
          try scanner.skipValue(depth: depth + 1)
        } else {
          paths.insert(path)
          try scanner.collectKeyPaths(path, into: &paths, depth: depth + 1)
        }
      }
    case UInt8(ascii: "["):
      let path = KeyPaths.extend(current, [UInt8(ascii: "["), UInt8(ascii: "]")])
      try walkArray { scanner throws(JSONSyntaxError) in
        try scanner.collectKeyPaths(path, into: &paths, depth: depth + 1)
      }
    default:
      try skipValue(depth: depth + 1)
    }
  }
}
