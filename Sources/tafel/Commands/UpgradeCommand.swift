// `tafel upgrade`: brings a store written by an older Tafel to the current
// format in place (format 1 → 2 moves each family file into its shard).

import ArgumentParser
import TafelStore

struct UpgradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "upgrade",
    abstract: "Bring a store of an older format up to this Tafel's, losing nothing.",
    discussion: """
      Format 1 kept every family file in families/; format 2 keeps each in a shard named by \
      the last two digits of its id (families/43/FV-2026-0043.json), so that git's trees stay \
      small. store.json is written last: an upgrade cut short is finished by running it again. \
      A store under git gets the move as one commit.
      """)

  @OptionGroup var options: StoreOptions

  func run() throws {
    let upgrade = try Store.upgrade(options.path, by: options.author)
    if upgrade.from == upgrade.to {
      print("\(options.path): already format \(upgrade.to); nothing to do")
    } else {
      print(
        "\(options.path): upgraded from format \(upgrade.from) to \(upgrade.to); "
          + "\(upgrade.moved) family \(upgrade.moved == 1 ? "file" : "files") moved into shards")
    }
  }
}
