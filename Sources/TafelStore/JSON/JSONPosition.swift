// Finds where in a file a JSON problem is, so that every bad file can be
// reported as path:line:column: the line and column of an offset, the first
// byte that is not UTF-8, the first syntax error (the scanner's), and the
// value at a decoding error's coding path.

import TafelCore

enum JSONPosition {
  /// 1-based line and column (in characters) of a byte offset.
  static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return (line, column)
  }

  /// The offset of the first byte that is not valid UTF-8, or nil when all is valid.
  static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      guard let length = sequenceLength(at: index, in: bytes) else { return index }
      index += length
    }
    return nil
  }

  /// The length of the well-formed UTF-8 sequence starting at `index`, or nil
  /// when it is not one (overlong, a surrogate, beyond U+10FFFF, cut short).
  static func sequenceLength(at index: Int, in bytes: [UInt8]) -> Int? {
    let byte = bytes[index]
    if byte < 0x80 { return 1 }
    let length: Int
    let minimum: UInt32
    var scalar: UInt32
    switch byte {
    case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(byte & 0x1F))
    case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(byte & 0x0F))
    case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(byte & 0x07))
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    for next in 1..<length {
      let continuation = bytes[index + next]
      guard continuation & 0xC0 == 0x80 else { return nil }
      scalar = scalar << 6 | UInt32(continuation & 0x3F)
    }
    if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return nil }
    return length
  }

  /// The first syntax error of `bytes` as JSON, or nil when it is well formed.
  static func syntaxError(in bytes: [UInt8]) -> (offset: Int, message: String)? {
    var scanner = JSONScanner(bytes: bytes)
    var nothing = SkippedJSON()
    do {
      try scanner.scanDocument(into: &nothing)
      return nil
    } catch {
      return (error.offset, error.message)
    }
  }

  /// The offset of the value at `path`; when the path leaves the document, the
  /// offset of the deepest value found on the way (e.g. the object missing a key).
  static func offset(of path: [JSONPathElement], in bytes: [UInt8]) -> Int {
    var scanner = JSONScanner(bytes: bytes)
    scanner.skipSpace()
    var found = scanner.offset
    for element in path {
      guard let next = try? scanner.enter(element) else { return found }
      found = next
    }
    return found
  }
}
