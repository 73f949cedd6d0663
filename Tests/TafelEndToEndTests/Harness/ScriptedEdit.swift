// `tafel edit` with an $EDITOR that replaces text in the copy (sed), then
// answers the question a refused edit asks: how a test plays a person who
// rewrites what the record keeps.

import Foundation

extension CliStore {
  /// Runs `tafel edit FAMILY` with an editor that replaces `old` by `new`,
  /// answering `answer` when asked to edit again or discard.
  func editReplacing(_ old: String, with new: String, family: String, answer: String = "d\n")
    throws -> CliResult
  {
    let script = scratch.file("replace.sh")
    try "#!/bin/sh\nsed -i 's/\(old)/\(new)/' \"$1\"\n".write(
      toFile: script, atomically: false, encoding: .utf8)
    return try CliRunner.run(
      [try CliRunner.binary(), "edit", family, "--store", path], home: home,
      environment: ["EDITOR": "/bin/sh " + script, "VISUAL": ""], input: Data(answer.utf8))
  }
}
