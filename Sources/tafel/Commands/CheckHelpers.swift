// `tafel check` on a large store deals the family and meeting files over
// processes, one `tafel check-part` helper per extra core: threads decoding
// JSON in one process contend on the Swift runtime's type-metadata cache and
// spend a third more CPU, separate processes do not. A helper that fails in
// any way (cannot start, exits non-zero, answers garbage or for fewer files)
// is ignored and its part is checked in this process instead.

import Foundation
import TafelStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum CheckHelpers {
  /// One helper per core beyond the first, at most three.
  static var count: Int { max(0, min(ProcessInfo.processInfo.activeProcessorCount - 1, 3)) }

  /// Has `tafel check-part` check the files at `relatives` of the store at
  /// `storePath`; nil when the helper did not answer properly.
  @Sendable static func run(storePath: String, relatives: [String]) -> CheckPart? {
    // A helper that dies must not take this process with it through SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: OwnExecutable.path)
    process.arguments = ["check-part", "--store", storePath]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return nil
    }
    let list = Data((relatives.joined(separator: "\n") + "\n").utf8)
    do {
      try input.fileHandleForWriting.write(contentsOf: list)
      try input.fileHandleForWriting.close()
    } catch {
      process.terminate()
      process.waitUntilExit()
      return nil
    }
    let answer = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationReason == .exit, process.terminationStatus == 0 else { return nil }
    return try? JSONDecoder().decode(CheckPart.self, from: answer)
  }
}
