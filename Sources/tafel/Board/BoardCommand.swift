// `tafel board` (and plain `tafel`): the live board on a store. Checks the
// store and then the terminal before the screen starts, so every refusal is
// one line on a normal terminal: a missing store is exit 1 with the command
// that creates one, no tty or an unusable TERM exit 2.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore
import TafelTerminal

struct BoardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "board",
    abstract: "Open the live board on a store.")

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var board: BoardArguments

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let (path, source) = storeOptions.location
    let store = try BoardCommand.openStore(path: path, source: source)
    // In a store with people: who records here (and signs), or one line why nobody.
    try storeOptions.recordAsThisMachinesPerson(store)
    if board.script == nil { try BoardCommand.checkTerminal(environment: environment) }
    try BoardLoop.run(
      store: store, arguments: board, author: storeOptions.author, environment: environment)
  }

  /// Refuses before anything else when there is no terminal to draw on.
  static func checkTerminal(environment: [String: String]) throws {
    do {
      try Terminal.preflight(environment: environment)
    } catch {
      throw CommandFailure.usage(error.description)
    }
  }

  /// Opens the store, or says in one line where it looked and how to make one.
  static func openStore(path: String, source: String) throws -> Store {
    do {
      let store = try Store.open(path)
      for warning in store.permissionWarnings() { EarlierMessages.say(warning) }
      return store
    } catch let error as StoreError {
      switch error {
      case .notAStore, .io(path, _):
        let origin = source.hasPrefix("default") ? "the default place" : "from \(source)"
        throw CommandFailure.data(
          "no store at \(path) (\(origin)); create one with `tafel init --store \(path)`"
            + " or try `tafel demo`")
      default:
        throw error
      }
    }
  }
}
