// One store file merged from three versions of its bytes: read strictly,
// merged by StoreMerge's rules, written in the store's style, and decoded
// again as what the file is (a family, a meeting…), so a merge can never
// leave a file Tafel cannot read — nor conflict markers in it.

import Foundation
import TafelCore

package enum StoreFileMerge {
  package struct Result: Sendable {
    package var data: Data
    package var conflicts: [MergeConflict]
  }

  /// Merges the bytes of the file at `relativePath` (as named in the store).
  /// `base` is nil when both sides added the file. Throws one line when a
  /// side cannot be read or the result is not a valid file of its kind.
  package static func merge(
    base: Data?, ours: Data, theirs: Data, relativePath: String, at: Timestamp
  ) throws(StoreError) -> Result {
    switch TrackedPath(relativePath) {
    case .info?, .directory?, .family?, .meeting?, .people?: break
    default:
      throw .refused(
        "\(Sanitized.line(relativePath)): not a JSON file of the store's layout; not merged")
    }
    func tree(_ data: Data, _ side: String) throws(StoreError) -> JSONValue {
      if data.count > FileReading.sizeLimit {
        throw .refused("\(relativePath) (\(side)): \(FileReading.tooLarge); not merged")
      }
      do {
        return try StoreJSON.decode(JSONValue.self, from: data)
      } catch {
        throw .refused("\(relativePath) (\(side)): \(Sanitized.line("\(error)")); not merged")
      }
    }
    let baseTree = try base.map { (data) throws(StoreError) -> JSONValue in try tree(data, "base") }
    let oursTree = try tree(ours, "ours")
    let theirsTree = try tree(theirs, "theirs")
    // Neither side may take away what both had recorded (RecordGrowth).
    if let baseTree {
      for (side, value) in [("ours", oursTree), ("theirs", theirsTree)] {
        if let shrunk = RecordGrowth.shrinkage(base: baseTree, theirs: value) {
          throw .refused("\(relativePath) (\(side)): \(shrunk); not merged")
        }
      }
    }
    let result = StoreMerge.merge(base: baseTree, ours: oursTree, theirs: theirsTree, at: at)
    let data: Data
    do {
      data = try TafelJSON.encode(result.merged)
      switch StoreFile(relativePath) {
      case .family: _ = try StoreJSON.decode(Family.self, from: data)
      case .meeting: _ = try StoreJSON.decode(Meeting.self, from: data)
      case .directory: _ = try StoreJSON.decode(Directory.self, from: data)
      case .info: _ = try StoreJSON.decode(StoreInfo.self, from: data)
      case .people: _ = try StoreJSON.decode(People.self, from: data)
      case .index, .other: break
      }
    } catch {
      throw .refused(
        "\(relativePath): the merge is not a valid file (\(Sanitized.line("\(error)"))); not merged"
      )
    }
    return Result(data: data, conflicts: result.conflicts)
  }
}
