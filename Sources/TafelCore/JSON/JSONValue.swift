// Any JSON value, as a tree. Used to carry fields a newer Tafel wrote (and
// this one does not know) through a rewrite unchanged; see UnknownFields.

package enum JSONValue: Hashable, Sendable, Codable {
  case null
  case bool(Bool)
  case number(Double)
  /// A number kept as it was written ("0e1", "1e-400", "1.50"), where its
  /// value as a Double would not write it back the same: a field this Tafel
  /// does not know keeps its bytes. Made only by the store's own reader.
  case numberText(String)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  package init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  package func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .number(let value):
      if value == value.rounded(), abs(value) < 1e15 {
        try container.encode(Int(value))
      } else {
        try container.encode(value)
      }
    case .numberText(let text):
      // Written as a marked string, which TafelJSON.encode turns back into the number's own text.
      try container.encode(JSONValue.numberMark + text)
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  package subscript(key: String) -> JSONValue? {
    if case .object(let object) = self { return object[key] }
    return nil
  }
}

extension JSONValue {
  /// Starts the placeholder a `.numberText` is encoded as (a private-use
  /// character no store file holds).
  static let numberMark = "\u{E000}"

  /// `text` as a number value: `.number` when a Double writes it back the
  /// same (an integer below 10^15, or a plain decimal like "0.5"), else
  /// kept as written.
  package static func number(text: String) -> JSONValue {
    if let integer = Int(text), String(integer) == text, abs(integer) < 1_000_000_000_000_000 {
      return .number(Double(integer))
    }
    if !text.contains(where: { $0 == "e" || $0 == "E" }), let value = Double(text),
      value.isFinite, "\(value)" == text
    {
      return .number(value)
    }
    return .numberText(text)
  }
}
