// The list of every family on file (index.json, checked against families/),
// read on a worker of its own: at 50,000 families the listing takes long
// enough to be felt on a key. The answer is posted to the loop's mailbox.

import TafelStore

final class BoardSummaries: Sendable {
  private let worker: BoardWorker<Bool>

  init(store: Store, mailbox: BoardMailbox) {
    worker = BoardWorker(name: "tafel-summaries") { _ in
      mailbox.post(.summaries(Result { try store.summaries() }))
    }
  }

  /// Called on the main thread: read the list (again).
  func load() { worker.ask(true) }
}
