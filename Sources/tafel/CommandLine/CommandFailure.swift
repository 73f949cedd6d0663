// Every way a command can fail leaves the program the same way: one line on
// stderr ("tafel: …") that names the file or the argument, and exit code 1
// when the data says no or 2 for wrong usage. Commands throw; `exitCleanly`
// turns whatever was thrown (a CommandFailure, a StoreError, a refused
// decision, an argument parser error) into that line and that code.

import ArgumentParser
import Foundation
import TafelBench
import TafelCore
import TafelStore

struct CommandFailure: Error, CustomStringConvertible {
  var message: String
  /// 1 when the data says no, 2 for wrong usage.
  var exitCode: Int32

  init(_ message: String, exitCode: Int32) {
    self.message = message
    self.exitCode = exitCode
  }

  /// The data says no: an unknown family, an invalid store, a refused decision.
  static func data(_ message: String) -> CommandFailure { CommandFailure(message, exitCode: 1) }

  /// Wrong usage: a malformed date, an unknown outcome or format.
  static func usage(_ message: String) -> CommandFailure { CommandFailure(message, exitCode: 2) }

  var description: String { message }

  /// The one line and the exit code for any error a command can throw.
  static func lineAndCode<Root: ParsableCommand>(for error: Error, root: Root.Type) -> (
    line: String, code: Int32
  ) {
    switch unwrapped(error) {
    case let failure as CommandFailure: return (failure.message, failure.exitCode)
    case let failure as BenchFailure: return (failure.message, failure.exitCode)
    case let failure as StoreError: return (failure.description, failure.exitCode)
    case let problem as StoreProblem: return (problem.description, 1)
    case let refusal as DecisionRefusal: return (refusal.english, 1)
    // A rule of an operation, naming the option it came from: the data says no.
    case let refusal as ArgumentRefusal: return (refusal.description, 1)
    default:
      let code = root.exitCode(for: error)
      let message = firstLine(root.message(for: error))
      // The argument parser uses EX_USAGE (64) for its own errors; Tafel says 2.
      return (message, code == .validationFailure ? 2 : code.rawValue == 0 ? 1 : code.rawValue)
    }
  }

  /// Prints one line on stderr, prefixed with "tafel: ", without exiting (for warnings).
  static func warn(_ message: String) {
    // Messages quote arguments and file contents: no control byte reaches the terminal.
    let line = Sanitized.line(firstLine(message))
    FileHandle.standardError.write(Data(("tafel: " + line + "\n").utf8))
  }

  /// Parses the command line, runs the command and exits: 0 when it ran,
  /// else one line on stderr and 1 or 2. `--help` prints the help on stdout.
  static func exitCleanly<Root: ParsableCommand>(_ root: Root.Type, arguments: [String]? = nil)
    -> Never
  {
    do {
      var command = try root.parseAsRoot(arguments)
      try command.run()
      StoreOptions.reportCommitProblems()
      exit(0)
    } catch {
      StoreOptions.reportCommitProblems()
      // An ExitCode (also from validate(), where the parser wraps it) was reported already.
      if let code = unwrapped(error) as? ExitCode { exit(code.rawValue) }
      if root.exitCode(for: error) == .success {
        // --help, --version and other clean exits print their full text.
        print(root.fullMessage(for: error))
        exit(0)
      }
      let (line, code) = lineAndCode(for: error, root: root)
      warn(line)
      exit(code)
    }
  }

  /// An error thrown from `validate()` reaches the caller wrapped in the argument
  /// parser's own (internal) `CommandError` → `userValidationError`; this takes it
  /// out again, so that a CommandFailure or StoreError keeps its line and code
  /// wherever it is thrown.
  static func unwrapped(_ error: Error) -> Error {
    func search(_ value: Any, depth: Int) -> Error? {
      guard depth < 4 else { return nil }
      for child in Mirror(reflecting: value).children {
        if child.label == "userValidationError", let inner = child.value as? Error { return inner }
        if let found = search(child.value, depth: depth + 1) { return found }
      }
      return nil
    }
    return search(error, depth: 0) ?? error
  }

  private static func firstLine(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? trimmed
  }
}

extension Tafel {
  /// The entry point `@main` calls: Tafel's own exit codes and one-line errors
  /// instead of the argument parser's multi-line usage text and code 64.
  static func main() {
    // The clock is read once, before any command: a TAFEL_NOW that is not a
    // time stops here (wrong usage), an unknown TZ is said once.
    let clock = SystemClock.setting
    if let error = clock.error {
      CommandFailure.warn(error)
      Foundation.exit(2)
    }
    if let warning = clock.warning { CommandFailure.warn(warning) }
    if let refusal = ArgumentText.refusal(Array(CommandLine.arguments.dropFirst())) {
      CommandFailure.warn(refusal)
      Foundation.exit(2)
    }
    CommandFailure.exitCleanly(Tafel.self)
  }
}

extension Receipt {
  /// What an operation says besides its answer, one line each on stderr (the
  /// store's problems it drained, which the exit's report would otherwise say).
  func warn() {
    for line in warnings { CommandFailure.warn(line) }
  }
}
