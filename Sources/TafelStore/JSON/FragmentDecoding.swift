// Positions for a piece of a store file edited on its own (the board's `e` on
// the plan, the involvements or the assessments of one family): the same
// decoding and path:line:column reporting as for whole files, for bytes that
// live in a temporary file outside the store.

import Foundation
import TafelCore

package enum FragmentDecoding {
  /// Decodes `data` as `type`; a bad piece throws `.problem` positioned in `data`, named `path`.
  package static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, path: String)
    throws(StoreError) -> Value
  {
    try FileDecoding.decode(type, from: data, path: path)
  }

  /// A problem at the value found by following `places` in `data`.
  package static func problem(
    at places: [JSONPathElement], in data: Data, path: String, _ message: String
  ) -> StoreProblem {
    FileDecoding.problemAt(places, in: data, path: path, message)
  }
}
