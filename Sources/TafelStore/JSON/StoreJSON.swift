// The store's strict JSON reading for code outside TafelStore (the editor's
// copy, parts of a family, the bench): the same scanner and decoder as every
// store file, with a syntax problem thrown as a DecodingError.

import Foundation

/// The strict reading for bytes that come from the store or from an editor,
/// for code outside TafelStore: a syntax problem is thrown as a DecodingError.
package enum StoreJSON {
  package static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value
  {
    do {
      return try StoreDecoder.decode(type, from: [UInt8](data))
    } catch let error as JSONSyntaxError {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: [], debugDescription: "\(error.message) (byte \(error.offset))"))
    }
  }
}
