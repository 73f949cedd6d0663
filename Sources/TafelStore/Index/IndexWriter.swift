// index.json written by hand, byte for byte as TafelJSON would write it
// (pretty, sorted keys, the same string escapes; a test holds the two equal).
// A decision that moves a family's phase rewrites the index; at 50,000
// families Foundation's encoder made that 130 ms of a 134 ms save.

import Foundation
import TafelCore

enum IndexWriter {
  static func encode(_ index: FamilyIndex) -> Data {
    var out = [UInt8]()
    out.reserveCapacity(64 + index.families.count * 140)
    func append(_ text: String) { out.append(contentsOf: text.utf8) }
    func string(_ value: String) {
      out.append(UInt8(ascii: "\""))
      for byte in value.utf8 {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0x00..<0x20:
          append("\\u" + zeroPadded(String(byte, radix: 16), 4))
        default: out.append(byte)
        }
      }
      out.append(UInt8(ascii: "\""))
    }
    append("{\n  \"families\" : [")
    if index.families.isEmpty {
      append("\n\n  ]")
    } else {
      for (position, family) in index.families.enumerated() {
        append(position == 0 ? "\n    {\n      " : ",\n    {\n      ")
        if family.archived { append("\"archived\" : true,\n      ") }
        append("\"id\" : ")
        string(family.id)
        append(",\n      \"municipality\" : ")
        string(family.municipality)
        append(",\n      \"name\" : ")
        string(family.name)
        append(",\n      \"phase\" : ")
        string(family.phase.rawValue)
        append("\n    }")
      }
      append("\n  ]")
    }
    append(",\n  \"format\" : ")
    string(index.format)
    append(
      ",\n  \"verifiedBefore\" : \(index.verifiedBefore),\n  \"version\" : \(index.version)\n}\n")
    return Data(out)
  }
}
