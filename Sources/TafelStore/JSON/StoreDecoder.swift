// The store's one decoder: model values (any Decodable) from a JSONDocument
// the scanner read strictly. It replaces Foundation's JSONDecoder on the
// reading path because that decoder builds a dictionary for every object
// and took 77% of `tafel check` at 50,000 families; this one looks keys up
// in place on the tape and works out a coding path only when it throws.
// Its errors are the same DecodingErrors, so FileDecoding positions them alike.

import Foundation
import TafelCore

enum StoreDecoder {
  /// Reads `bytes` strictly and decodes them; throws JSONSyntaxError or DecodingError.
  static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
    let document = try JSONDocument(parsing: bytes)
    return try NodeDecoder(document: document, index: 0).decode(Value.self)
  }
}

/// A coding key of a path rebuilt from the tape.
private struct PathKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    self.stringValue = "Index \(intValue)"
    self.intValue = intValue
  }
  init(_ element: JSONPathElement) {
    switch element {
    case .key(let key): self.init(stringValue: key)
    case .index(let index): self.init(intValue: index)
    }
  }
}

/// The decoder of one node; also its single-value container.
private struct NodeDecoder: Decoder, SingleValueDecodingContainer {
  let document: JSONDocument
  let index: Int

  var codingPath: [CodingKey] { document.path(to: index).map(PathKey.init) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  var node: JSONNode { document.nodes[index] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard node.kind == .object else { throw mismatch([String: Any].self) }
    return KeyedDecodingContainer(ObjectContainer<Key>(document: document, object: index))
  }

  func unkeyedContainer() throws -> UnkeyedDecodingContainer {
    guard node.kind == .array else { throw mismatch([Any].self) }
    return ArrayContainer(document: document, array: index)
  }

  func singleValueContainer() throws -> SingleValueDecodingContainer { self }

  // MARK: errors

  func mismatch(_ type: Any.Type) -> DecodingError {
    let found: String
    switch node.kind {
    case .object: found = "a dictionary"
    case .array: found = "an array"
    case .string, .escapedString: found = "a string"
    case .number: found = "a number"
    case .trueValue, .falseValue: found = "bool"
    case .null: found = "null"
    }
    let context = DecodingError.Context(
      codingPath: codingPath,
      debugDescription: "Expected to decode \(type) but found \(found) instead.")
    return node.kind == .null
      ? DecodingError.valueNotFound(type, context) : DecodingError.typeMismatch(type, context)
  }

  func corrupted(_ message: String) -> DecodingError {
    .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: message))
  }

  /// "6.5 is not a whole number", "300 is too large for this field".
  static func notFitting(_ number: String, _ type: Any.Type) -> String {
    let whole = !number.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
    return whole ? "\(number) is out of range here" : "\(number) is not a whole number"
  }

  // MARK: single values

  func decodeNil() -> Bool { node.kind == .null }

  func decode(_ type: Bool.Type) throws -> Bool {
    switch node.kind {
    case .trueValue: true
    case .falseValue: false
    default: throw mismatch(type)
    }
  }

  func decode(_ type: String.Type) throws -> String {
    let kind = node.kind
    guard kind == .string || kind == .escapedString else { throw mismatch(type) }
    return document.string(at: index)
  }

  private var numberText: String {
    let node = node
    return String(decoding: document.bytes[node.start..<node.end], as: UTF8.self)
  }

  func decode(_ type: Double.Type) throws -> Double {
    guard node.kind == .number else { throw mismatch(type) }
    guard let value = Double(numberText), value.isFinite else {
      throw corrupted(Self.notFitting(numberText, type))
    }
    return value
  }

  func decode(_ type: Float.Type) throws -> Float {
    let double = try decode(Double.self)
    let value = Float(double)
    guard value.isFinite else {
      throw corrupted(Self.notFitting(numberText, type))
    }
    return value
  }

  func integer<Value: FixedWidthInteger>(_ type: Value.Type) throws -> Value {
    let node = node
    guard node.kind == .number else { throw mismatch(type) }
    let bytes = document.bytes
    var position = node.start
    let negative = bytes[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    var value: Value = 0
    var fits = true
    while position < node.end, fits {
      let byte = bytes[position]
      guard byte >= 0x30, byte <= 0x39 else { break }
      let digit = Value(truncatingIfNeeded: byte - 0x30)
      let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
      let (next, overflowAdd) =
        negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
      fits = !overflowTimes && !overflowAdd
      value = next
      position += 1
    }
    if fits, position == node.end { return value }
    // A fraction or an exponent: taken when it is a whole number that fits.
    if fits, let double = Double(numberText), let exact = Value(exactly: double) { return exact }
    throw corrupted(Self.notFitting(numberText, type))
  }

  func decode(_ type: Int.Type) throws -> Int { try integer(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

  func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
    if type == String.self { return try decode(String.self) as! Value }
    if type == Int.self { return try integer(Int.self) as! Value }
    // A tree is read off the tape directly (rewrites that keep unknown fields).
    if type == JSONValue.self { return document.value(at: index) as! Value }
    return try Value(from: self)
  }
}

/// The keyed container of an object: keys are found on the tape in place.
private struct ObjectContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let document: JSONDocument
  let object: Int

  var codingPath: [CodingKey] { NodeDecoder(document: document, index: object).codingPath }

  var allKeys: [Key] {
    var keys: [Key] = []
    var child = object + 1
    let end = document.nodes[object].end
    while child < end {
      if let key = Key(stringValue: document.string(at: child)) { keys.append(key) }
      child = document.after(child + 1)
    }
    return keys
  }

  func contains(_ key: Key) -> Bool { document.member(key.stringValue, of: object) != nil }

  /// The decoder of `key`'s value; a missing key is keyNotFound.
  private func value(_ key: Key) throws -> NodeDecoder {
    guard let index = document.member(key.stringValue, of: object) else {
      throw DecodingError.keyNotFound(
        key,
        DecodingError.Context(
          codingPath: codingPath,
          debugDescription:
            "No value associated with key \(key.stringValue) (\"\(key.stringValue)\")."
        ))
    }
    return NodeDecoder(document: document, index: index)
  }

  /// The decoder of `key`'s value when it is there and not null.
  private func present(_ key: Key) -> NodeDecoder? {
    guard let index = document.member(key.stringValue, of: object),
      document.nodes[index].kind != .null
    else { return nil }
    return NodeDecoder(document: document, index: index)
  }

  func decodeNil(forKey key: Key) throws -> Bool { try value(key).decodeNil() }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(key).decode(type) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(key).decode(type) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(key).decode(type) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try value(key).decode(type) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(key).integer(type) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value(key).integer(type) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value(key).integer(type) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value(key).integer(type) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value(key).integer(type) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value(key).integer(type) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value(key).integer(type) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try value(key).integer(type)
  }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try value(key).integer(type)
  }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try value(key).integer(type)
  }
  func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
    try value(key).decode(type)
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    try present(key)?.decode(type)
  }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    try present(key)?.integer(type)
  }
  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    try present(key)?.decode(type)
  }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
    try present(key)?.decode(type)
  }
  func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
    try present(key)?.decode(type)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try value(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
    try value(key).unkeyedContainer()
  }

  func superDecoder() throws -> Decoder {
    guard let index = document.member("super", of: object) else {
      throw DecodingError.keyNotFound(
        PathKey(stringValue: "super"),
        DecodingError.Context(codingPath: codingPath, debugDescription: "No value for super."))
    }
    return NodeDecoder(document: document, index: index)
  }

  func superDecoder(forKey key: Key) throws -> Decoder { try value(key) }
}

/// The unkeyed container of an array, walking its elements in order.
private struct ArrayContainer: UnkeyedDecodingContainer {
  let document: JSONDocument
  let array: Int
  private var next: Int
  private(set) var currentIndex = 0

  init(document: JSONDocument, array: Int) {
    self.document = document
    self.array = array
    self.next = array + 1
  }

  var codingPath: [CodingKey] { NodeDecoder(document: document, index: array).codingPath }
  var count: Int? { document.nodes[array].count }
  var isAtEnd: Bool { currentIndex >= document.nodes[array].count }

  /// The decoder of the next element, moving past it.
  private mutating func element(_ type: Any.Type) throws -> NodeDecoder {
    guard !isAtEnd else {
      var path = codingPath
      path.append(PathKey(intValue: currentIndex))
      throw DecodingError.valueNotFound(
        type,
        DecodingError.Context(codingPath: path, debugDescription: "Unkeyed container is at end."))
    }
    let decoder = NodeDecoder(document: document, index: next)
    next = document.after(next)
    currentIndex += 1
    return decoder
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else { return try element(Any?.self).decodeNil() }
    if document.nodes[next].kind == .null {
      _ = try element(Any?.self)
      return true
    }
    return false
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try element(type).decode(type) }
  mutating func decode(_ type: String.Type) throws -> String { try element(type).decode(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try element(type).decode(type) }
  mutating func decode(_ type: Float.Type) throws -> Float { try element(type).decode(type) }
  mutating func decode(_ type: Int.Type) throws -> Int { try element(type).integer(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try element(type).integer(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try element(type).integer(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try element(type).integer(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try element(type).integer(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try element(type).integer(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try element(type).integer(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try element(type).integer(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try element(type).integer(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try element(type).integer(type) }
  mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
    try element(type).decode(type)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try element([String: Any].self).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
    try element([Any].self).unkeyedContainer()
  }

  mutating func superDecoder() throws -> Decoder { try element(Any.self) }
}
