// Encodes a value in the store's style while keeping fields of the file it was
// read from that this Tafel does not know. The common case — a file Tafel wrote
// itself — is found by comparing bytes, which skips the slower tree merge.

import Foundation
import TafelCore

enum StoreEncoding {
  static func encode<Value: Codable>(_ value: Value, original: Data?) throws -> Data {
    guard let original else { return try TafelJSON.encode(value) }
    return try TafelJSON.encode(value, preservingUnknownFieldsOf: original)
  }

  /// Like `encode(_:original:)` when the original was already decoded.
  static func encode<Value: Codable>(_ value: Value, original: Data, decodedOriginal: Value) throws
    -> Data
  {
    if try TafelJSON.encode(decodedOriginal) == original { return try TafelJSON.encode(value) }
    return try TafelJSON.encode(value, preservingUnknownFieldsOf: original)
  }
}
