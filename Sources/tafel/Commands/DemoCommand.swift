// `tafel demo`: the board on a fictional demo store in a directory of the
// user's own ($XDG_DATA_HOME/tafel-demo, else ~/.local/share/tafel-demo).
// Created on first use with today's dates, reused afterwards so that what was
// recorded stays; `--fresh` throws it away and makes a new one. Says where the
// store is before the screen opens.

import ArgumentParser
import Foundation
import TafelCore
import TafelDemo
import TafelStore
import TafelUI

struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Open the board on a fictional demo store (created on first use).")

  @Flag(name: .customLong("fresh"), help: "Throw the demo store away and create a new one.")
  var fresh = false

  @Option(
    name: .customLong("as"),
    help: ArgumentHelp(
      "Which of the demo's people is at the keyboard, by name (default: the chair).",
      valueName: "name"))
  var who: String?

  @OptionGroup var board: BoardArguments

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    if board.script == nil { try BoardCommand.checkTerminal(environment: environment) }
    let path = DemoCommand.location(environment: environment)
    let created = try DemoCommand.prepare(at: path, fresh: fresh)
    let language = board.resolvedLanguage(environment: environment)
    EarlierMessages.say(
      created
        ? language.pick("demo store created at \(path)", "demostore aangemaakt in \(path)")
        : language.pick(
          "demo store reused at \(path) (`tafel demo --fresh` makes a new one)",
          "demostore hergebruikt in \(path) (`tafel demo --fresh` maakt een nieuwe)"))
    let store = try BoardCommand.openStore(path: path, source: "tafel demo")
    // The demo's fictional people: the board records as one of them (the
    // chair, unless --as names another), so its minutes name people.
    if try store.people() == nil {
      let people = DemoPeople.make(today: SystemClock.today())
      try store.updatePeople(by: "demo", what: "the demo's people") { $0.people = people.people }
    }
    let people = try store.people() ?? People()
    let chair = people.people.first { $0.role == .chair }?.name ?? "demo"
    try StoreOptions.record(as: who ?? chair, in: people, store: store)
    let author = StoreOptions.recorder.withLock { $0 }?.name ?? chair
    // Without --as the board asks who of them is at the keyboard, the chair first.
    let choices =
      who != nil
      ? []
      : people.people.filter { $0.mayRecord(at: SystemClock.now()) }
        .sorted { ($0.role == .chair ? 0 : 1) < ($1.role == .chair ? 0 : 1) }
        .map { KeyboardChoice(id: $0.id, name: $0.name, role: $0.role.words(language)) }
    try BoardLoop.run(
      store: store, arguments: board, author: author, environment: environment,
      keyboardChoices: choices)
  }

  /// $XDG_DATA_HOME/tafel-demo, else ~/.local/share/tafel-demo.
  static func location(environment: [String: String]) -> String {
    if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/tafel-demo" }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/share/tafel-demo"
  }

  /// Makes sure a demo store exists at `path`; true when it was created now.
  /// `fresh` removes an existing one first, but only when it is a Tafel
  /// store: the directory is never something else of the user's.
  static func prepare(at path: String, fresh: Bool) throws -> Bool {
    let manager = FileManager.default
    let infoFile = path + "/store.json"
    if manager.fileExists(atPath: infoFile) {
      guard fresh else { return false }
      do {
        try manager.removeItem(atPath: path)
      } catch {
        throw CommandFailure.data("\(path): cannot remove the old demo store: \(error)")
      }
    } else if let entries = try? manager.contentsOfDirectory(atPath: path), !entries.isEmpty {
      throw CommandFailure.data(
        "\(path): exists and is not a Tafel store; move it away to use `tafel demo`")
    }
    let parent = PathText.parent(path)
    try? manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
    let demo = DemoData.make(today: SystemClock.today())
    _ = try Store.create(
      at: path, info: demo.info, directory: demo.directory, families: demo.families,
      meetings: demo.meetings, by: "tafel demo")
    return true
  }
}
