// Positions for a piece of a store file edited on its own (the board's `e` on
// the plan, the involvements or the assessments of one family): the same
// decoding and path:line:column reporting as for whole files, for bytes that
// live in a temporary file outside the store.

import Foundation
import TafelCore

/// One step into a JSON document: a key of an object or an index of an array.
public enum FragmentPlace: Hashable, Sendable {
  case key(String)
  case index(Int)
}

public enum FragmentDecoding {
  /// Decodes `data` as `type`; a bad piece throws `.problem` positioned in `data`, named `path`.
  public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, path: String)
    throws(StoreError) -> Value
  {
    try FileDecoding.decode(type, from: data, path: path)
  }

  /// A problem at the value found by following `places` in `data`.
  public static func problem(
    at places: [FragmentPlace], in data: Data, path: String, _ message: String
  ) -> StoreProblem {
    let elements = places.map { place -> JSONPathElement in
      switch place {
      case .key(let key): .key(key)
      case .index(let index): .index(index)
      }
    }
    return FileDecoding.problemAt(elements, in: data, path: path, message)
  }
}
