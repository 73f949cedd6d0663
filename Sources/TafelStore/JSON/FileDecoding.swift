// Turns the bytes of a store file into a model value, or into one StoreProblem
// with the position of what is wrong: not UTF-8, empty, a syntax error, or a
// field of the wrong type or missing.

import Foundation
import TafelCore

enum FileDecoding {
  /// Decodes a file whose name is its value's id (families, meetings), and
  /// refuses one whose "id" says otherwise, at the position of that "id".
  static func decodeNamed<Value: Decodable & Identifiable>(
    _ type: Value.Type, from data: Data, id: String, path: String
  ) throws(StoreError) -> Value where Value.ID == String {
    let value = try decode(type, from: data, path: path)
    guard value.id == id else {
      throw .problem(
        problemAt(
          [.key("id")], in: data, path: path,
          "id \"\(value.id)\" does not match the file name \(id).json"))
    }
    return value
  }

  static func decode<Value: Decodable>(
    _ type: Value.Type, from data: Data, path: String
  ) throws(StoreError) -> Value {
    // One strict reading for every command and for `check`: the store's own
    // scanner reads the bytes into a tape (duplicate keys, leading zeros,
    // "1.", numbers out of range, lone surrogates and bytes that are not
    // UTF-8 are problems at path:line:column), and StoreDecoder builds the
    // value from that tape.
    let bytes = [UInt8](data)
    do {
      return try StoreDecoder.decode(Value.self, from: bytes)
    } catch let error as DecodingError {
      throw .problem(problem(for: error, in: data, path: path))
    } catch {
      throw .problem(problem(for: nil, in: data, path: path))
    }
  }

  /// The problem of bytes that failed to decode, found by looking at them again.
  static func problem(for error: DecodingError?, in data: Data, path: String) -> StoreProblem {
    let bytes = [UInt8](data)
    func at(_ offset: Int, _ message: String) -> StoreProblem {
      let (line, column) = JSONPosition.lineAndColumn(of: offset, in: bytes)
      return StoreProblem(path: path, line: line, column: column, message: message)
    }
    if bytes.isEmpty { return at(0, "empty file, expected a JSON object") }
    if let offset = JSONPosition.firstInvalidUTF8(in: bytes) {
      return at(
        offset, "not UTF-8 text (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))")
    }
    if let (offset, message) = JSONPosition.syntaxError(in: bytes) { return at(offset, message) }
    guard let error else { return at(0, "cannot be read as JSON") }
    switch error {
    case .typeMismatch(let type, let context):
      let path = elements(context.codingPath)
      return at(
        JSONPosition.offset(of: path, in: bytes),
        "wrong type at \(JSONPathElement.describe(path)): expected \(describe(type))")
    case .valueNotFound(let type, let context):
      let path = elements(context.codingPath)
      return at(
        JSONPosition.offset(of: path, in: bytes),
        "missing value at \(JSONPathElement.describe(path)): expected \(describe(type))")
    case .keyNotFound(let key, let context):
      let path = elements(context.codingPath)
      let place = path.isEmpty ? "" : " in \(JSONPathElement.describe(path))"
      return at(
        JSONPosition.offset(of: path, in: bytes), "missing field \"\(key.stringValue)\"\(place)")
    case .dataCorrupted(let context):
      let path = elements(context.codingPath)
      return at(
        JSONPosition.offset(of: path, in: bytes),
        "bad value at \(JSONPathElement.describe(path)): \(readable(context.debugDescription))")
    @unknown default:
      return at(0, "cannot be read: \(error)")
    }
  }

  /// A problem at the value of `path` in a file that parsed (e.g. a bad reference).
  static func problemAt(
    _ path: [JSONPathElement], in data: Data, path filePath: String, _ message: String
  ) -> StoreProblem {
    let bytes = [UInt8](data)
    let (line, column) = JSONPosition.lineAndColumn(
      of: JSONPosition.offset(of: path, in: bytes), in: bytes)
    return StoreProblem(path: filePath, line: line, column: column, message: message)
  }

  static func elements(_ codingPath: [CodingKey]) -> [JSONPathElement] {
    codingPath.map { key in
      if let index = key.intValue,
        key.stringValue.hasPrefix("Index ") || key.stringValue == "\(index)"
      {
        return .index(index)
      }
      return .key(key.stringValue)
    }
  }

  /// Foundation's words for a value no case has ("Cannot initialize NormUnit
  /// from invalid String value weeks") said without the type's Swift name.
  static func readable(_ message: String) -> String {
    let prefix = "Cannot initialize "
    guard message.hasPrefix(prefix), let range = message.range(of: " value ") else {
      return message
    }
    return "\"\(message[range.upperBound...])\" is not one of the values this field takes"
  }

  private static func describe(_ type: Any.Type) -> String {
    if type is String.Type { return "text (a string in double quotes)" }
    if type is Int.Type || type is Double.Type { return "a number" }
    if type is Bool.Type { return "true or false" }
    let name = String(describing: type)
    if name.hasPrefix("Array") { return "a list ([…])" }
    if name.hasPrefix("Dictionary") { return "an object ({…})" }
    return "a value of type \(name)"
  }
}
