// The store's own byte-level JSON scanner: it validates while it skips, so it
// can say where a file first goes wrong (JSONPosition), walk to the value at a
// decoding error's coding path, and collect a document's key paths (KeyPaths).

import TafelCore

struct JSONSyntaxError: Error {
  var offset: Int
  var message: String
}

/// A byte-level JSON scanner that validates while it skips.
struct JSONScanner {
  let bytes: [UInt8]
  var offset = 0
  /// The keys of the objects being walked (byte ranges), innermost last:
  /// one buffer for the whole document, so finding a duplicate key costs no
  /// allocation per object.
  private var keys: [Range<Int>] = []

  init(bytes: [UInt8]) { self.bytes = bytes }

  var atEnd: Bool { offset >= bytes.count }

  /// The byte at the offset, described for a message.
  var current: String {
    guard offset < bytes.count else { return "end of file" }
    let byte = bytes[offset]
    if byte >= 0x20, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    if byte == 0x0A { return "line break" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  mutating func skipSpace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x0A, 0x0D, 0x09: offset += 1
      default: return
      }
    }
  }

  func failure(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(offset: offset, message: message)
  }

  func unexpected(_ expected: String) -> JSONSyntaxError {
    if atEnd {
      return failure("unexpected end of file, expected \(expected) (the file is cut short)")
    }
    return failure("unexpected \(current), expected \(expected)")
  }

  mutating func skipValue(depth: Int) throws(JSONSyntaxError) {
    var nothing = SkippedJSON()
    try scanValue(depth: depth, into: &nothing)
  }

  /// Reads a whole document (space, one value, space) into `recorder`: the
  /// one strict reading of the store's bytes.
  mutating func scanDocument<Recorder: JSONRecorder>(into recorder: inout Recorder)
    throws(JSONSyntaxError)
  {
    skipSpace()
    if atEnd { throw failure("empty file, expected a JSON value") }
    try scanValue(depth: 0, into: &recorder)
    skipSpace()
    if !atEnd { throw failure("unexpected \(current) after the JSON value") }
  }

  /// Validates the value at the cursor, moves past it and tells `recorder`
  /// what it held.
  mutating func scanValue<Recorder: JSONRecorder>(depth: Int, into recorder: inout Recorder)
    throws(JSONSyntaxError)
  {
    guard depth < 512 else { throw failure("nested too deeply") }
    skipSpace()
    guard offset < bytes.count else { throw unexpected("a value") }
    let start = offset
    switch bytes[offset] {
    case UInt8(ascii: "{"):
      // A key given twice is a problem: readers disagree on which one counts
      // (Tafel took one, jq the other), and a rewrite would drop one silently.
      let base = keys.count
      let slot = recorder.begin(.object, at: start)
      var count = 0
      try walkObject { scanner, key throws(JSONSyntaxError) in
        if scanner.isRepeated(key, since: base) {
          scanner.offset = key.startIndex - 1
          let name = Sanitized.line(String(decoding: key, as: UTF8.self))
          throw scanner.failure("duplicate key \"\(name)\" in one object")
        }
        scanner.keys.append(key.startIndex..<key.endIndex)
        recorder.scalar(
          key.contains(UInt8(ascii: "\\")) ? .escapedString : .string,
          from: key.startIndex, to: key.endIndex)
        count += 1
        try scanner.scanValue(depth: depth + 1, into: &recorder)
      }
      keys.removeSubrange(base...)
      recorder.end(slot, count: count)
    case UInt8(ascii: "["):
      let slot = recorder.begin(.array, at: start)
      var count = 0
      try walkArray { scanner throws(JSONSyntaxError) in
        count += 1
        try scanner.scanValue(depth: depth + 1, into: &recorder)
      }
      recorder.end(slot, count: count)
    case UInt8(ascii: "\""):
      let escaped = try skipString()
      recorder.scalar(escaped ? .escapedString : .string, from: start + 1, to: offset - 1)
    case UInt8(ascii: "t"):
      try literal("true")
      recorder.scalar(.trueValue, from: start, to: offset)
    case UInt8(ascii: "f"):
      try literal("false")
      recorder.scalar(.falseValue, from: start, to: offset)
    case UInt8(ascii: "n"):
      try literal("null")
      recorder.scalar(.null, from: start, to: offset)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      try number()
      recorder.scalar(.number, from: start, to: offset)
    default: throw unexpected("a value")
    }
  }

  /// Whether `key` is among the keys recorded since `base` (the current object's).
  private func isRepeated(_ key: ArraySlice<UInt8>, since base: Int) -> Bool {
    let count = key.count
    var index = base
    while index < keys.count {
      let other = keys[index]
      if other.count == count, bytes[other] == key { return true }
      index += 1
    }
    return false
  }

  /// Walks the object whose '{' is at the cursor: `member` is called with
  /// each key (its bytes between the quotes) and the cursor before the value,
  /// and must move past the value. The cursor ends after the '}'.
  mutating func walkObject(
    _ member: (inout JSONScanner, ArraySlice<UInt8>) throws(JSONSyntaxError) -> Void
  ) throws(JSONSyntaxError) {
    offset += 1
    skipSpace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
      offset += 1
      return
    }
    while true {
      skipSpace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
        throw unexpected("a key in double quotes")
      }
      let keyStart = offset + 1
      try skipString()
      let key = bytes[keyStart..<(offset - 1)]
      skipSpace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
        throw unexpected("':'")
      }
      offset += 1
      try member(&self, key)
      skipSpace()
      guard offset < bytes.count else { throw unexpected("',' or '}'") }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      if bytes[offset] == UInt8(ascii: "}") {
        offset += 1
        return
      }
      throw unexpected("',' or '}'")
    }
  }

  /// Walks the array whose '[' is at the cursor: `element` is called with the
  /// cursor before each element and must move past it. The cursor ends after the ']'.
  mutating func walkArray(
    _ element: (inout JSONScanner) throws(JSONSyntaxError) -> Void
  ) throws(JSONSyntaxError) {
    offset += 1
    skipSpace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
      offset += 1
      return
    }
    while true {
      try element(&self)
      skipSpace()
      guard offset < bytes.count else { throw unexpected("',' or ']'") }
      if bytes[offset] == UInt8(ascii: ",") {
        offset += 1
        continue
      }
      if bytes[offset] == UInt8(ascii: "]") {
        offset += 1
        return
      }
      throw unexpected("',' or ']'")
    }
  }

  private mutating func literal(_ word: String) throws(JSONSyntaxError) {
    for byte in word.utf8 {
      guard offset < bytes.count, bytes[offset] == byte else { throw unexpected("'\(word)'") }
      offset += 1
    }
  }

  private mutating func digits() throws(JSONSyntaxError) {
    guard offset < bytes.count, (0x30...0x39).contains(bytes[offset]) else {
      throw unexpected("a digit")
    }
    while offset < bytes.count, (0x30...0x39).contains(bytes[offset]) { offset += 1 }
  }

  private mutating func number() throws(JSONSyntaxError) {
    let start = offset
    if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "0") {
      offset += 1
      if offset < bytes.count, (0x30...0x39).contains(bytes[offset]) {
        offset = start
        throw failure("a number with a leading zero")
      }
    } else {
      try digits()
    }
    try fractionAndExponent()
    // Long numbers and exponents may not fit: an integer beyond 64 bits or a
    // float beyond a Double (1e999), which a reader would turn into infinity.
    let number = bytes[start..<offset]
    if number.count > 15 || number.contains(UInt8(ascii: "e")) || number.contains(UInt8(ascii: "E"))
    {
      let text = String(decoding: bytes[start..<offset], as: UTF8.self)
      let isInteger = !text.contains { $0 == "." || $0 == "e" || $0 == "E" }
      if isInteger ? Int64(text) == nil : !(Double(text)?.isFinite ?? false) {
        offset = start
        throw failure("number \(text) is out of range")
      }
    }
  }

  private mutating func fractionAndExponent() throws(JSONSyntaxError) {
    if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      try digits()
    }
    if offset < bytes.count,
      bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E")
    {
      offset += 1
      if offset < bytes.count,
        bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")
      {
        offset += 1
      }
      try digits()
    }
  }

  /// Moves past a string starting at its opening quote, without building it,
  /// and says whether it holds escapes. Bytes beyond ASCII must be UTF-8.
  @discardableResult
  mutating func skipString() throws(JSONSyntaxError) -> Bool {
    let opening = offset
    offset += 1
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        offset += 1
        return false
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 {
        // Rare: the careful reader checks the escapes or finds the error.
        offset = opening
        _ = try readString()
        return true
      }
      if byte >= 0x80 {
        try skipUTF8Sequence()
        continue
      }
      offset += 1
    }
    throw failure("unexpected end of file inside a string (the file is cut short)")
  }

  /// Moves past the UTF-8 sequence at the cursor, or fails at its first byte.
  private mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
    guard let length = JSONPosition.sequenceLength(at: offset, in: bytes) else {
      throw failure("not UTF-8 text (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))")
    }
    offset += length
  }

  /// Reads a string starting at its opening quote and returns its raw bytes
  /// (escapes other than \" and \\ are kept as written, enough to compare keys).
  mutating func readString() throws(JSONSyntaxError) -> [UInt8] {
    offset += 1
    var text: [UInt8] = []
    while true {
      guard offset < bytes.count else {
        throw failure("unexpected end of file inside a string (the file is cut short)")
      }
      let byte = bytes[offset]
      switch byte {
      case UInt8(ascii: "\""):
        offset += 1
        return text
      case UInt8(ascii: "\\"):
        offset += 1
        guard offset < bytes.count else { throw unexpected("an escape") }
        let escape = bytes[offset]
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
          text.append(escape)
          offset += 1
        case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"),
          UInt8(ascii: "t"):
          text.append(contentsOf: [UInt8(ascii: "\\"), escape])
          offset += 1
        case UInt8(ascii: "u"):
          let escapeStart = offset - 1
          let unit = try hexUnit(into: &text)
          // UTF-16 surrogates come in pairs; one alone is no character at all.
          if (0xDC00...0xDFFF).contains(unit) {
            offset = escapeStart
            throw failure(
              "a lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) in a string")
          }
          if (0xD800...0xDBFF).contains(unit) {
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
              bytes[offset + 1] == UInt8(ascii: "u")
            else {
              offset = escapeStart
              throw failure(
                "a lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) in a string")
            }
            offset += 1
            let low = try hexUnit(into: &text)
            guard (0xDC00...0xDFFF).contains(low) else {
              offset = escapeStart
              throw failure(
                "a lone surrogate \\u\(String(unit, radix: 16, uppercase: true)) in a string")
            }
          }
        default:
          throw failure("invalid escape \\\(Character(Unicode.Scalar(escape))) in a string")
        }
      case 0x00..<0x20:
        throw failure(
          "control character (\(current)) inside a string; a string must end on its line")
      case 0x80...:
        let start = offset
        try skipUTF8Sequence()
        text.append(contentsOf: bytes[start..<offset])
      default:
        text.append(byte)
        offset += 1
      }
    }
  }

  /// Reads "uXXXX" at the cursor (just after a backslash), appends "\\uXXXX"
  /// to `text` and returns the code unit.
  private mutating func hexUnit(into text: inout [UInt8]) throws(JSONSyntaxError) -> UInt32 {
    text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
    offset += 1
    var unit: UInt32 = 0
    for _ in 0..<4 {
      guard offset < bytes.count, isHexDigit(bytes[offset]) else {
        throw unexpected("four hex digits after \\u")
      }
      let byte = bytes[offset]
      let digit = byte <= 0x39 ? byte - 0x30 : (byte | 0x20) - 0x61 + 10
      unit = unit * 16 + UInt32(digit)
      text.append(byte)
      offset += 1
    }
    return unit
  }

  private func isHexDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
  }

  /// Moves into the value at `element` of the container at the offset and
  /// returns the offset of that value; throws when it is not there.
  mutating func enter(_ element: JSONPathElement) throws(JSONSyntaxError) -> Int {
    skipSpace()
    guard offset < bytes.count else { throw unexpected("a value") }
    switch (element, bytes[offset]) {
    case (.key(let key), UInt8(ascii: "{")):
      let wanted = Array(key.utf8)
      offset += 1
      while true {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
          throw unexpected("a key")
        }
        let name = try readString()
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
          throw unexpected("':'")
        }
        offset += 1
        skipSpace()
        if name == wanted { return offset }
        try skipValue(depth: 0)
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") else {
          throw unexpected("','")
        }
        offset += 1
      }
    case (.index(let index), UInt8(ascii: "[")):
      offset += 1
      var position = 0
      while true {
        skipSpace()
        if position == index { return offset }
        try skipValue(depth: 0)
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") else {
          throw unexpected("','")
        }
        offset += 1
        position += 1
      }
    default:
      throw unexpected("a container")
    }
  }
}
