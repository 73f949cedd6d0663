// `tafel clone URL`: a new replica of a store from its git remote (a bare
// repository on a server over ssh, or a shared folder), with a tag of its
// own so that the ids it makes never collide with another replica's.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct CloneCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clone",
    abstract: "Make a replica of a store from its git remote.",
    discussion: """
      URL is anything git clones from: user@server:/srv/tafel.git, ssh://…, file:///…, a path. \
      The replica gets a tag (--replica, default from the host name): families and decisions \
      made here end in it (FV-2026-0043-lap2), so two laptops working offline never make the \
      same id. The tag is registered in store.json and refused when another replica has it.
      """)

  @Argument(help: ArgumentHelp("Where the store's repository is.", valueName: "url"))
  var url: String

  @Option(
    help: ArgumentHelp(
      "This replica's tag: 1 to 8 lowercase letters or digits (default: from the host name).",
      valueName: "tag"))
  var replica: String?

  @OptionGroup var options: StoreOptions

  /// The host name's first part as a tag: "Laptop-2.local" → "laptop2".
  static func defaultTag(host: String) -> String {
    let letters = host.split(separator: ".").first.map(String.init)?.lowercased() ?? ""
    var tag = String(
      letters.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        .map(Character.init)
    ).prefix(8)
    if tag.first.map({ !$0.isLetter }) ?? true { tag = "r" + tag.prefix(7) }
    return String(tag)
  }

  func validate() throws {
    if let replica, !ReplicaTag.isValid(replica) {
      throw CommandFailure.usage(
        "--replica: \"\(replica)\" must be 1 to 8 lowercase letters or digits, starting with a letter"
      )
    }
    if Sanitized.hasControl(url) { throw CommandFailure.usage("url: a control character") }
  }

  func run() throws {
    let tag = replica ?? CloneCommand.defaultTag(host: ProcessInfo.processInfo.hostName)
    let store = try Store.clone(
      url, to: options.path, replica: tag, by: options.author, driver: OwnExecutable.path,
      identify: { store in
        try options.recordAsThisMachinesPerson(store)
        return StoreOptions.recorder.withLock { $0 }?.name
      })
    let outcome = try? store.sync(by: options.author)
    let sent =
      outcome?.pushed == true ? "registered with the remote" : "registered; sent at the next sync"
    print("cloned \(url) into \(store.path) as replica \(tag) (\(sent))")
  }
}
