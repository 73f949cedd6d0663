// The one JSON style of the store: pretty-printed, sorted keys, no escaped
// slashes, and a trailing newline, so that a diff or git over the store reads well.

import Foundation

package enum TafelJSON {
  package static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  package static func decoder() -> JSONDecoder { JSONDecoder() }

  /// Encodes a value in the store's style, with the trailing newline.
  package static func encode<Value: Encodable>(_ value: Value) throws -> Data {
    var data = try encoder().encode(value)
    data.append(0x0A)
    return restoringNumberText(data)
  }

  /// Turns each `"\u{E000}<number>"` a `.numberText` was encoded as back
  /// into the number as it was written.
  static func restoringNumberText(_ data: Data) -> Data {
    let mark: [UInt8] = [0x22] + Array(JSONValue.numberMark.utf8)
    guard data.firstRange(of: mark) != nil else { return data }
    let bytes = [UInt8](data)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x22, bytes[index...].starts(with: mark) {
        var end = index + mark.count
        while end < bytes.count, bytes[end] != 0x22 { end += 1 }
        result += bytes[(index + mark.count)..<end]
        index = end + 1
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return Data(result)
  }

  /// Encodes `value`, keeping the fields of `original` (the bytes it was read
  /// from) that this version of Tafel does not know. `read` turns bytes into
  /// a tree and `decode` into the model (the store passes its own strict
  /// reader, which keeps a number as it was written).
  package static func encode<Value: Codable>(
    _ value: Value, preservingUnknownFieldsOf original: Data?,
    read: (Data) throws -> JSONValue = { try decoder().decode(JSONValue.self, from: $0) },
    decode: (Data) throws -> Value = { try decoder().decode(Value.self, from: $0) }
  ) throws -> Data {
    guard let original else { return try encode(value) }
    let originalTree = try read(original)
    let roundTripTree = try read(try encode(try decode(original)))
    guard UnknownFields.hasUnknown(original: originalTree, roundTrip: roundTripTree) else {
      return try encode(value)
    }
    let updatedTree = try read(try encode(value))
    return try encode(
      UnknownFields.restore(updated: updatedTree, original: originalTree, roundTrip: roundTripTree))
  }
}
