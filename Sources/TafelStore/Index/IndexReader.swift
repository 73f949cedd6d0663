// Reads index.json without JSONDecoder: at 50,000 families the index is about
// 7 MB, which JSONDecoder turns into a second of work and tens of megabytes of
// temporary memory on this machine. This reader walks the bytes once and builds
// the summaries directly; anything it does not expect makes it give up (nil),
// and the caller falls back to JSONDecoder.

import Foundation
import TafelCore

enum IndexReader {
  static func read(_ data: Data) -> FamilyIndex? {
    data.withUnsafeBytes { raw -> FamilyIndex? in
      var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
      return reader.index()
    }
  }

  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    mutating func index() -> FamilyIndex? {
      var format: String?
      var version: Int?
      var verifiedBefore: Int?
      var families: [FamilySummary]?
      guard consume(UInt8(ascii: "{")) else { return nil }
      repeat {
        guard let key = string() else { return nil }
        guard consume(UInt8(ascii: ":")) else { return nil }
        switch key {
        case "format": format = string()
        case "version": version = integer()
        case "verifiedBefore": verifiedBefore = integer()
        case "families": families = summaries()
        default: return nil
        }
      } while consume(UInt8(ascii: ","))
      guard consume(UInt8(ascii: "}")), let format, let version, let verifiedBefore, let families
      else { return nil }
      skipSpace()
      guard offset == bytes.count else { return nil }
      return FamilyIndex(
        format: format, version: version, verifiedBefore: verifiedBefore, families: families)
    }

    mutating func summaries() -> [FamilySummary]? {
      guard consume(UInt8(ascii: "[")) else { return nil }
      var result: [FamilySummary] = []
      if consume(UInt8(ascii: "]")) { return result }
      repeat {
        guard consume(UInt8(ascii: "{")) else { return nil }
        var id: String?
        var name: String?
        var municipality: String?
        var phase: Phase?
        repeat {
          guard let key = string(), consume(UInt8(ascii: ":")), let value = string() else {
            return nil
          }
          switch key {
          case "id": id = value
          case "name": name = value
          case "municipality": municipality = value
          case "phase": phase = Phase(rawValue: value)
          default: return nil
          }
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "}")), let id, let name, let municipality, let phase else {
          return nil
        }
        result.append(FamilySummary(id: id, name: name, municipality: municipality, phase: phase))
      } while consume(UInt8(ascii: ","))
      return consume(UInt8(ascii: "]")) ? result : nil
    }

    mutating func skipSpace() {
      while offset < bytes.count,
        bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D
          || bytes[offset] == 0x09
      {
        offset += 1
      }
    }

    mutating func consume(_ byte: UInt8) -> Bool {
      skipSpace()
      guard offset < bytes.count, bytes[offset] == byte else { return false }
      offset += 1
      return true
    }

    mutating func integer() -> Int? {
      skipSpace()
      var negative = false
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") {
        negative = true
        offset += 1
      }
      var value = 0
      let start = offset
      while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 {
        let (product, overflow) = value.multipliedReportingOverflow(by: 10)
        guard !overflow else { return nil }
        value = product + Int(bytes[offset] - 0x30)
        offset += 1
      }
      return offset > start ? (negative ? -value : value) : nil
    }

    mutating func string() -> String? {
      guard consume(UInt8(ascii: "\"")) else { return nil }
      let start = offset
      while offset < bytes.count {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "\"") {
          let text = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
          offset += 1
          return text
        }
        if byte == UInt8(ascii: "\\") {
          offset = start
          return escapedString()
        }
        if byte < 0x20 { return nil }
        offset += 1
      }
      return nil
    }

    /// The slow path of `string()`, from just after the opening quote.
    mutating func escapedString() -> String? {
      var scalars = String.UnicodeScalarView()
      var plain: [UInt8] = []
      func flush() {
        if !plain.isEmpty {
          scalars.append(contentsOf: String(decoding: plain, as: UTF8.self).unicodeScalars)
          plain.removeAll()
        }
      }
      while offset < bytes.count {
        let byte = bytes[offset]
        offset += 1
        switch byte {
        case UInt8(ascii: "\""):
          flush()
          return String(scalars)
        case UInt8(ascii: "\\"):
          guard offset < bytes.count else { return nil }
          let escape = bytes[offset]
          offset += 1
          switch escape {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): plain.append(escape)
          case UInt8(ascii: "b"): plain.append(0x08)
          case UInt8(ascii: "f"): plain.append(0x0C)
          case UInt8(ascii: "n"): plain.append(0x0A)
          case UInt8(ascii: "r"): plain.append(0x0D)
          case UInt8(ascii: "t"): plain.append(0x09)
          case UInt8(ascii: "u"):
            guard var code = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(code) {
              guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
                bytes[offset + 1] == UInt8(ascii: "u")
              else { return nil }
              offset += 2
              guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { return nil }
            flush()
            scalars.append(scalar)
          default: return nil
          }
        case 0x00..<0x20:
          return nil
        default:
          plain.append(byte)
        }
      }
      return nil
    }

    mutating func hex4() -> UInt32? {
      guard offset + 4 <= bytes.count else { return nil }
      var value: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[offset]
        let digit: UInt8
        switch byte {
        case 0x30...0x39: digit = byte - 0x30
        case 0x41...0x46: digit = byte - 0x41 + 10
        case 0x61...0x66: digit = byte - 0x61 + 10
        default: return nil
        }
        value = value << 4 | UInt32(digit)
        offset += 1
      }
      return value
    }
  }
}
