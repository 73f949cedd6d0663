// `tafel check` on a large store deals the family and meeting files over
// processes, one `tafel check-part` helper per extra core: threads decoding
// JSON in one process contend on the Swift runtime's type-metadata cache and
// spend a third more CPU, separate processes do not. A helper that fails in
// any way (cannot start, exits non-zero, answers garbage or for fewer files)
// is ignored and its part is checked in this process instead.

import Foundation
import TafelStore

enum CheckHelpers {
  /// One helper per core beyond the first, at most three.
  static var count: Int { max(0, min(ProcessInfo.processInfo.activeProcessorCount - 1, 3)) }

  /// Has `tafel check-part` check the files at `relatives` of the store at
  /// `storePath`; nil when the helper did not answer properly.
  @Sendable static func run(storePath: String, relatives: [String]) -> CheckPart? {
    let list = Data((relatives.joined(separator: "\n") + "\n").utf8)
    guard
      let finished = try? ProcessRunner.run(
        OwnExecutable.path, ["check-part", "--store", storePath], input: list, errors: false),
      finished.status == 0
    else { return nil }
    let answer = finished.output
    return try? JSONDecoder().decode(CheckPart.self, from: answer)
  }
}
