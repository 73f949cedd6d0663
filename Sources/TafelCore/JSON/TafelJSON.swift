// The one JSON style of the store: pretty-printed, sorted keys, no escaped
// slashes, and a trailing newline, so that a diff or git over the store reads well.

import Foundation

public enum TafelJSON {
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  public static func decoder() -> JSONDecoder { JSONDecoder() }

  /// Encodes a value in the store's style, with the trailing newline.
  public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
    var data = try encoder().encode(value)
    data.append(0x0A)
    return data
  }

  /// Encodes `value`, keeping the fields of `original` (the bytes it was read
  /// from) that this version of Tafel does not know.
  public static func encode<Value: Codable>(
    _ value: Value, preservingUnknownFieldsOf original: Data?
  )
    throws -> Data
  {
    guard let original else { return try encode(value) }
    let decoder = decoder()
    let originalTree = try decoder.decode(JSONValue.self, from: original)
    let roundTripTree = try decoder.decode(
      JSONValue.self, from: try encoder().encode(try decoder.decode(Value.self, from: original)))
    guard UnknownFields.hasUnknown(original: originalTree, roundTrip: roundTripTree) else {
      return try encode(value)
    }
    let updatedTree = try decoder.decode(JSONValue.self, from: try encoder().encode(value))
    return try encode(
      UnknownFields.restore(updated: updatedTree, original: originalTree, roundTrip: roundTripTree))
  }
}
