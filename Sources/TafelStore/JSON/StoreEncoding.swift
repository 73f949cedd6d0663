// Encodes a value in the store's style while keeping fields of the file it was
// read from that this Tafel does not know. The common case — a file without
// such fields — is found by comparing key paths, which skips the slower tree merge.

import Foundation
import TafelCore

enum StoreEncoding {
  static func encode<Value: Codable>(_ value: Value, original: Data?) throws -> Data {
    guard let original else { return try TafelJSON.encode(value) }
    return try TafelJSON.encode(value, preservingUnknownFieldsOf: original)
  }

  /// Like `encode(_:original:)`, faster when the original holds no unknown
  /// fields: then every key path of the original occurs in the new encoding.
  static func encode<Value: Codable>(_ value: Value, original: Data, decodedOriginal: Value) throws
    -> Data
  {
    let encoded = try TafelJSON.encode(value)
    if KeyPaths.covers(original: original, encoded: encoded) { return encoded }
    return try TafelJSON.encode(value, preservingUnknownFieldsOf: original)
  }
}
