// The options every command that touches a store shares: where the store is
// (`--store`, else $TAFEL_STORE, else $XDG_DATA_HOME/tafel, else
// ~/.local/share/tafel), who makes the change (`--as`, else $USER), and the
// clock the commands read "now" and "today" from.

import ArgumentParser
import Foundation
import Synchronization
import TafelCore
import TafelStore

struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("store"),
    help: ArgumentHelp(
      "The store directory (default: $TAFEL_STORE, else $XDG_DATA_HOME/tafel, "
        + "else ~/.local/share/tafel).",
      valueName: "path"), completion: Completions.store)
  var store: String?

  @Option(
    name: .customLong("as"),
    help: ArgumentHelp(
      "Who makes the change, recorded with it (default: $USER).", valueName: "name"))
  var who: String?

  @Option(
    name: .customLong("on-behalf-of"),
    help: ArgumentHelp(
      "On whose behalf the data is looked at or changed, for the access log.", valueName: "name"))
  var onBehalfOf: String?

  /// Logs what this command shows or hands out of one or more families,
  /// before it does: a command whose access cannot be logged shows nothing.
  func logAccess(
    _ store: Store, _ families: [String], _ action: AccessAction, part: String
  ) throws {
    try store.logAccess(
      families.map { ($0, action, part) }, who: author, onBehalfOf: onBehalfOf)
  }

  /// The store directory and where it came from ("--store", "TAFEL_STORE", …).
  static func locate(explicit: String?, environment: [String: String]) -> (
    path: String, source: String
  ) {
    Store.locate(explicit: explicit, environment: environment)
  }

  /// The store directory these options name in this environment.
  var location: (path: String, source: String) {
    StoreOptions.locate(explicit: store, environment: ProcessInfo.processInfo.environment)
  }

  /// The store directory these options name.
  var path: String { location.path }

  /// Who makes the change: in a store with people, the person this
  /// machine records as (`tafel whoami`); else `--as`, else $USER, else "unknown".
  var author: String {
    if let person = StoreOptions.recorder.withLock({ $0 }) { return person.name }
    if let who, !who.trimmingCharacters(in: .whitespaces).isEmpty { return who }
    let user = ProcessInfo.processInfo.environment["USER"] ?? ""
    if user.isEmpty {
      StoreOptions.warnUnknownOnce()
      return "unknown"
    }
    return user
  }

  /// Opens the store, printing its permission warning (if any) on stderr.
  /// `lenient` (sync): a machine whose key the local list does not know (yet)
  /// or no longer accepts still fetches — the list that admits it, or the
  /// news of its revocation, comes that way — with one warning line.
  func open(lenient: Bool = false, repairingSettings: Bool = false) throws -> Store {
    let store = try Store.open(path, repairingSettings: repairingSettings)
    store.onBehalfOf = onBehalfOf
    for warning in store.permissionWarnings() { CommandFailure.warn(warning) }
    do {
      try recordAsThisMachinesPerson(store)
    } catch let failure as CommandFailure where lenient && who == nil {
      CommandFailure.warn("warning: \(failure.message); syncing without signing")
    }
    StoreOptions.opened.withLock { $0.append(store) }
    return store
  }

  /// In a store with people: who this machine records as, or a usage error
  /// saying how to set it. Their commits are signed with their key.
  func recordAsThisMachinesPerson(_ store: Store) throws {
    guard let people = try store.people(), !people.people.isEmpty else { return }
    if let who {
      // Without git nothing is signed: a listed person may be named (the demo).
      guard !store.isGit else {
        throw CommandFailure.usage(
          "--as: \(store.path) lists its people; it records as the person `tafel whoami` names")
      }
      try StoreOptions.record(as: who, in: people, store: store)
      return
    }
    let environment = ProcessInfo.processInfo.environment
    guard let identity = try MachineIdentity.load(environment: environment) else {
      // A store with people but no git (the demo, one laptop) names its person with --as.
      guard store.isGit else {
        throw CommandFailure.usage(
          "\(store.path) lists its people: say who records with --as NAME "
            + "(`tafel people list --store \(store.path)` names them)")
      }
      throw CommandFailure.usage(
        "this machine records as nobody in \(store.path): set who you are with "
          + "`tafel whoami --key ~/.ssh/id_ed25519.pub`")
    }
    let person: Person
    do {
      person = try identity.person(in: people, at: StoreOptions.now())
    } catch let error as StoreError {
      throw CommandFailure.usage("\(error)")
    }
    store.record(as: Signer(person: person, key: identity.key))
    StoreOptions.recorder.withLock { $0 = person }
    try? store.writeAllowedSigners()
  }

  /// Records as the listed person `name` (by name or id) in a store that
  /// is not under git, or says who is listed.
  static func record(as name: String, in people: People, store: Store) throws {
    guard let person = people.person(named: name) else {
      let names = people.people.filter { $0.revoked == nil }.map(\.name).joined(separator: ", ")
      throw CommandFailure.usage("--as: \(name) is not on the store's list of people (\(names))")
    }
    guard person.mayRecord(at: now()) else {
      throw CommandFailure.usage("--as: \(person.name) was taken off the list")
    }
    store.record(as: Signer(person: person, key: ""))
    recorder.withLock { $0 = person }
  }

  /// The person this process records as, once a store with people was opened.
  static let recorder = Mutex<Person?>(nil)

  /// Why this process's person may not do an administrator's act (`what`:
  /// "changes who may record"), or nil: an administrator, or a store without people.
  static func notAdministrator(_ what: String) -> String? {
    guard let person = recorder.withLock({ $0 }), person.role != .administrator else {
      return nil
    }
    return "\(person.name) is \(person.role.rawValue), not administrator: only an administrator "
      + what
  }

  private static let warnedUnknown = Mutex(false)

  /// One line, once: what is recorded and logged has no name behind it.
  static func warnUnknownOnce() {
    let first = warnedUnknown.withLock { warned in
      defer { warned = true }
      return !warned
    }
    if first {
      CommandFailure.warn(
        "warning: no --as and no $USER: changes and the access log say \"unknown\"")
    }
  }

  /// The stores this process opened, whose commit problems are told at its end.
  static let opened = Mutex<[Store]>([])

  /// One line on stderr for each change that was saved but not committed to git.
  static func reportCommitProblems() {
    for store in opened.withLock({ $0 }) {
      for line in Array(Set(store.takeCommitProblems())).sorted() { CommandFailure.warn(line) }
    }
  }

  /// Now, from the process clock (`TAFEL_NOW` moves it; see `SystemClock`).
  static func now() -> Timestamp { SystemClock.now() }

  /// The calendar day of `moment` where the table sits (decisions are dated in its zone).
  static func today(at moment: Timestamp = now()) -> Day { SystemClock.zone.day(of: moment) }

  func validate() throws {
    if let store, store.isEmpty { throw CommandFailure.usage("--store: empty path") }
    if let who, who.trimmingCharacters(in: .whitespaces).isEmpty {
      throw CommandFailure.usage("--as: empty name")
    }
    if let onBehalfOf, onBehalfOf.trimmingCharacters(in: .whitespaces).isEmpty {
      throw CommandFailure.usage("--on-behalf-of: empty name")
    }
  }
}
