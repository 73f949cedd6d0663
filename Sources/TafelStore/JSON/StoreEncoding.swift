// Encodes a value in the store's style while keeping fields of the file it was
// read from that this Tafel does not know. The common case — a file without
// such fields — is found by comparing key paths, which skips the slower tree merge.

import Foundation
import TafelCore

enum StoreEncoding {
  /// `value` in the store's style, keeping the unknown fields of `original`.
  /// When every key path of the original occurs in the plain encoding there
  /// are none, and the plain encoding is it (no tree merge).
  static func encode<Value: Codable>(_ value: Value, original: Data?) throws -> Data {
    let encoded = try TafelJSON.encode(value)
    guard let original, !KeyPaths.covers(original: original, encoded: encoded) else {
      return encoded
    }
    return try preserving(value, original)
  }

  /// `TafelJSON.encode(_:preservingUnknownFieldsOf:)` read by the store's own
  /// strict reader: an unknown field keeps `null` and its number as written
  /// ("0e1", "1e-400"), which Foundation's reader would refuse or round.
  static func preserving<Value: Codable>(_ value: Value, _ original: Data) throws -> Data {
    try TafelJSON.encode(
      value, preservingUnknownFieldsOf: original,
      read: { try StoreJSON.decode(JSONValue.self, from: $0) },
      decode: { try StoreJSON.decode(Value.self, from: $0) })
  }

}
