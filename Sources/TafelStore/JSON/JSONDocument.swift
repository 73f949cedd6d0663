// A JSON document read once, strictly, by the store's scanner into a flat
// tape of nodes: what StoreDecoder turns into model values. Building the tape
// is the validation (duplicate keys, leading zeros, "1.", numbers out of
// range, lone surrogates, bytes that are not UTF-8), so what a command reads
// and what `check` passes are the same thing by construction.

import TafelCore

/// What the scanner tells while it validates: nothing (skipping) or a tape.
protocol JSONRecorder {
  /// A container starts at `offset`; returns a slot that `end` is given back.
  mutating func begin(_ kind: JSONNode.Kind, at offset: Int) -> Int
  mutating func end(_ slot: Int, count: Int)
  /// A scalar (or an object's key, as a string) between two byte offsets:
  /// strings without their quotes.
  mutating func scalar(_ kind: JSONNode.Kind, from start: Int, to end: Int)
}

/// The recorder of a scan that only validates.
struct SkippedJSON: JSONRecorder {
  @inline(__always) mutating func begin(_ kind: JSONNode.Kind, at offset: Int) -> Int { 0 }
  @inline(__always) mutating func end(_ slot: Int, count: Int) {}
  @inline(__always) mutating func scalar(_ kind: JSONNode.Kind, from start: Int, to end: Int) {}
}

/// One value of a document. An object's children are its keys and values,
/// alternating; an array's are its elements. A container's subtree ends at
/// the node index `end`.
struct JSONNode {
  enum Kind: UInt8 {
    case object, array, string, escapedString, number, trueValue, falseValue, null
  }

  // 32-bit offsets keep a node at 16 bytes: a store file is at most 16 MiB
  // (FileReading's limit), and the tape of a 7 MB index.json stays small.
  private var storedStart: UInt32
  private var storedEnd: UInt32
  private var storedCount: UInt32
  var kind: Kind

  init(kind: Kind, start: Int, end: Int, count: Int) {
    self.kind = kind
    self.storedStart = UInt32(truncatingIfNeeded: start)
    self.storedEnd = UInt32(truncatingIfNeeded: end)
    self.storedCount = UInt32(truncatingIfNeeded: count)
  }

  /// The first byte: of the content for strings, of the value otherwise.
  var start: Int { Int(storedStart) }
  /// For scalars the byte after the content; for containers the node index after the subtree.
  var end: Int {
    get { Int(storedEnd) }
    set { storedEnd = UInt32(truncatingIfNeeded: newValue) }
  }
  /// For containers: members (objects) or elements (arrays).
  var count: Int {
    get { Int(storedCount) }
    set { storedCount = UInt32(truncatingIfNeeded: newValue) }
  }

  var isContainer: Bool { kind == .object || kind == .array }
}

/// The recorder that keeps every node.
struct JSONTape: JSONRecorder {
  var nodes: [JSONNode] = []

  init(capacity: Int) { nodes.reserveCapacity(capacity) }

  mutating func begin(_ kind: JSONNode.Kind, at offset: Int) -> Int {
    nodes.append(JSONNode(kind: kind, start: offset, end: 0, count: 0))
    return nodes.count - 1
  }

  mutating func end(_ slot: Int, count: Int) {
    nodes[slot].end = nodes.count
    nodes[slot].count = count
  }

  mutating func scalar(_ kind: JSONNode.Kind, from start: Int, to end: Int) {
    nodes.append(JSONNode(kind: kind, start: start, end: end, count: 0))
  }
}

/// A document's bytes and its tape.
final class JSONDocument {
  let bytes: [UInt8]
  let nodes: [JSONNode]

  /// Reads `bytes` strictly; throws the first problem with its offset.
  init(parsing bytes: [UInt8]) throws(JSONSyntaxError) {
    var scanner = JSONScanner(bytes: bytes)
    // About one node per 12 bytes of pretty-printed store JSON.
    var tape = JSONTape(capacity: bytes.count / 12 + 8)
    try scanner.scanDocument(into: &tape)
    self.bytes = bytes
    self.nodes = tape.nodes
  }

  /// The node index after the subtree of the node at `index`.
  @inline(__always) func after(_ index: Int) -> Int {
    let node = nodes[index]
    return node.isContainer ? node.end : index + 1
  }

  /// The text of a string node, escapes resolved.
  func string(at index: Int) -> String {
    let node = nodes[index]
    if node.kind == .string {
      return bytes.withUnsafeBufferPointer { buffer in
        String(decoding: buffer[node.start..<node.end], as: UTF8.self)
      }
    }
    return unescaped(from: node.start, to: node.end)
  }

  /// Whether the key node at `index` spells `key`.
  @inline(__always) func key(at index: Int, is key: String) -> Bool {
    let node = nodes[index]
    guard node.kind == .string else { return string(at: index) == key }
    let length = node.end - node.start
    if let equal = key.utf8.withContiguousStorageIfAvailable({ wanted -> Bool in
      guard wanted.count == length else { return false }
      return bytes.withUnsafeBufferPointer { buffer in
        var position = 0
        while position < length {
          if buffer[node.start + position] != wanted[position] { return false }
          position += 1
        }
        return true
      }
    }) {
      return equal
    }
    return string(at: index) == key
  }

  /// The value node of `key` in the object at `object`, or nil.
  func member(_ key: String, of object: Int) -> Int? {
    var child = object + 1
    let end = nodes[object].end
    while child < end {
      if self.key(at: child, is: key) { return child + 1 }
      child = after(child + 1)
    }
    return nil
  }

  /// The node at `index` as a tree.
  func value(at index: Int) -> JSONValue {
    let node = nodes[index]
    switch node.kind {
    case .null: return .null
    case .trueValue: return .bool(true)
    case .falseValue: return .bool(false)
    case .string, .escapedString: return .string(string(at: index))
    case .number:
      return .number(text: String(decoding: bytes[node.start..<node.end], as: UTF8.self))
    case .array:
      var elements: [JSONValue] = []
      elements.reserveCapacity(node.count)
      var child = index + 1
      while child < node.end {
        elements.append(value(at: child))
        child = after(child)
      }
      return .array(elements)
    case .object:
      var members: [String: JSONValue] = [:]
      members.reserveCapacity(node.count)
      var child = index + 1
      while child < node.end {
        members[string(at: child)] = value(at: child + 1)
        child = after(child + 1)
      }
      return .object(members)
    }
  }

  /// The keys and indices from the top to the node at `target`, found by
  /// walking down (only when an error needs them).
  func path(to target: Int) -> [JSONPathElement] {
    var path: [JSONPathElement] = []
    var current = 0
    while current != target, current < nodes.count, nodes[current].isContainer {
      let node = nodes[current]
      var child = current + 1
      var position = 0
      var found = false
      while child < node.end {
        let value = node.kind == .object ? child + 1 : child
        let next = after(value)
        if target >= value, target < next {
          path.append(node.kind == .object ? .key(string(at: child)) : .index(position))
          current = value
          found = true
          break
        }
        child = next
        position += 1
      }
      if !found { break }
    }
    return path
  }

  /// Resolves the escapes of a string the scanner has already validated.
  private func unescaped(from start: Int, to end: Int) -> String {
    var scalars = String.UnicodeScalarView()
    var text: [UInt8] = []
    func flush() {
      if !text.isEmpty {
        scalars.append(contentsOf: String(decoding: text, as: UTF8.self).unicodeScalars)
        text.removeAll(keepingCapacity: true)
      }
    }
    var offset = start
    func hex(_ at: Int) -> UInt32 {
      var unit: UInt32 = 0
      for byte in bytes[at..<(at + 4)] {
        let digit = byte <= 0x39 ? byte - 0x30 : (byte | 0x20) - 0x61 + 10
        unit = unit * 16 + UInt32(digit)
      }
      return unit
    }
    while offset < end {
      let byte = bytes[offset]
      guard byte == UInt8(ascii: "\\") else {
        text.append(byte)
        offset += 1
        continue
      }
      let escape = bytes[offset + 1]
      offset += 2
      switch escape {
      case UInt8(ascii: "b"): text.append(0x08)
      case UInt8(ascii: "f"): text.append(0x0C)
      case UInt8(ascii: "n"): text.append(0x0A)
      case UInt8(ascii: "r"): text.append(0x0D)
      case UInt8(ascii: "t"): text.append(0x09)
      case UInt8(ascii: "u"):
        var unit = hex(offset)
        offset += 4
        if (0xD800...0xDBFF).contains(unit) {
          let low = hex(offset + 2)
          offset += 6
          unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        }
        flush()
        if let scalar = Unicode.Scalar(unit) { scalars.append(scalar) }
      default: text.append(escape)
      }
    }
    flush()
    return String(scalars)
  }
}
