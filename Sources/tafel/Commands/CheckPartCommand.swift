// `tafel check-part` (hidden): the helper `tafel check` starts on a large
// store. Reads relative paths of family and meeting files from standard input,
// one per line, checks them one after another and writes what it found as one
// JSON document (TafelStore's CheckPart) on standard output.

import ArgumentParser
import Foundation
import TafelStore

struct CheckPartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check-part",
    abstract: "Check the family and meeting files named on standard input (for tafel check).",
    shouldDisplay: false)

  @Option(help: ArgumentHelp("The store directory.", valueName: "path"), completion: .directory)
  var store: String

  func run() throws {
    let input = FileHandle.standardInput.readDataToEndOfFile()
    let relatives = String(decoding: input, as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    if let wrong = relatives.first(where: { !Store.isCheckedPart($0) }) {
      throw CommandFailure.usage("check-part: \(wrong) is not a family or meeting file")
    }
    let part = try Store.open(store).checkFiles(relatives)
    FileHandle.standardOutput.write(try JSONEncoder().encode(part))
  }
}
