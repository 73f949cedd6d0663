// `tafel init`: creates a store in an empty or missing directory, either empty
// (a region name and a family id prefix) or filled with the fictional demo.
// A directory that already holds anything is refused and left untouched —
// except with --git on an existing store, which makes that store a git
// repository (see `tafel sync`).

import ArgumentParser
import Foundation
import TafelCore
import TafelDemo
import TafelStore

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a store in an empty or missing directory.",
    discussion: """
      Refuses (exit 1) a directory that already holds anything, and then touches nothing. \
      With --demo the store is filled with the fictional Foodvalley demo, dated around today. \
      With --git the store is a git repository: every change is a commit, and `tafel sync` \
      shares it with other machines. `tafel init --git` on an existing store makes that store \
      one (its files are not changed).
      """)

  @OptionGroup var options: StoreOptions

  @Flag(help: "Fill the store with the fictional Foodvalley demo data, dated around today.")
  var demo = false

  @Option(
    help: ArgumentHelp("The region the table serves (default: Foodvalley).", valueName: "name"))
  var region: String?

  @Option(
    help: ArgumentHelp(
      "The prefix of family ids, as in FV-2026-0042 (default: FV).", valueName: "letters"))
  var prefix: String?

  @Flag(help: "Make the store a git repository (also for an existing store).")
  var git = false

  func validate() throws {
    if demo, region != nil || prefix != nil {
      throw CommandFailure.usage("--region/--prefix: the demo is always Foodvalley (FV)")
    }
    if let region, region.trimmed.isEmpty { throw CommandFailure.usage("--region: empty name") }
    if let prefix {
      let allowed =
        !prefix.isEmpty && prefix.utf8.count <= 12
        && prefix.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
      guard allowed else {
        throw CommandFailure.usage(
          "--prefix: \"\(prefix)\" must be 1 to 12 capital letters or digits")
      }
    }
  }

  func run() throws {
    let (path, source) = options.location
    if git, (try? Store.open(path)) != nil, !demo, region == nil, prefix == nil {
      let store = try options.open()
      let made = try store.makeRepository(by: options.author, driver: OwnExecutable.path)
      print(
        made
          ? "\(store.path) is now a git repository: every change is a commit; "
            + "add a remote with `git -C \(store.path) remote add origin URL`, then `tafel sync`"
          : "\(store.path) was a git repository already; Tafel's git settings are up to date")
      return
    }
    let store: Store
    var content = ""
    if demo {
      let data = DemoData.make(today: StoreOptions.today())
      store = try Store.create(
        at: path, info: data.info, directory: data.directory, families: data.families,
        meetings: data.meetings, by: options.author)
      content = " with the demo: \(data.families.count) families, \(data.meetings.count) meetings"
    } else {
      let info = StoreInfo(
        region: region?.trimmed ?? DemoData.region, familyPrefix: prefix ?? DemoData.familyPrefix)
      store = try Store.create(at: path, info: info, directory: Directory(), by: options.author)
      content = " (empty)"
    }
    let shown = (store.path as NSString).standardizingPath
    let absolute =
      shown.hasPrefix("/") ? shown : FileManager.default.currentDirectoryPath + "/" + shown
    if git { try store.makeRepository(by: options.author, driver: OwnExecutable.path) }
    print(
      "created a store at \(absolute)\(content)\(git ? ", under git" : ""); from \(source)")
  }
}
