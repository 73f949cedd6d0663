// The filter's search of every family file, on a thread of its own so that
// no key waits for it: the loop hands it the query typed, the thread reads
// the families through the store's strict reader and matches them
// (TafelCore's FamilyContent), and wakes the loop with the answer. Only the
// latest query is searched; one typed over while a search runs waits for it.

import Foundation
import Synchronization
import TafelCore
import TafelStore
import TafelTerminal

final class BoardSearch: Sendable {
  private struct State {
    var pending: String?
    var running = false
    var answers: [(query: String, matches: [ContentMatch])] = []
  }

  /// At most this many families are answered (the filter shows a page).
  static let limit = 200

  private let state = Mutex(State())
  private let store: Store
  private let wakePipe: WakePipe

  init(store: Store, wakePipe: WakePipe) {
    self.store = store
    self.wakePipe = wakePipe
  }

  /// Called on the main thread: search for `query` (replacing one not yet begun).
  func ask(_ query: String) {
    let start = state.withLock { state -> Bool in
      state.pending = query
      if state.running { return false }
      state.running = true
      return true
    }
    guard start else { return }
    let thread = Thread { [self] in work() }
    thread.name = "tafel-search"
    thread.start()
  }

  /// Called on the main thread: the answers since the last call.
  func take() -> [(query: String, matches: [ContentMatch])] {
    state.withLock { state in
      defer { state.answers = [] }
      return state.answers
    }
  }

  private func work() {
    while true {
      let query = state.withLock { state -> String? in
        defer { state.pending = nil }
        if state.pending == nil { state.running = false }
        return state.pending
      }
      guard let query else { return }
      let matches = search(query)
      state.withLock { $0.answers.append((query, matches)) }
      wakePipe.wake()
    }
  }

  /// Every readable family whose fields hold every word of `query`, in id order.
  func search(_ query: String) -> [ContentMatch] {
    let words = Folding.fold(query).split(separator: " ").map(String.init)
    guard !words.isEmpty else { return [] }
    let lookup = DirectoryLookup((try? store.directory()) ?? Directory())
    // A family that cannot be read is not found (the board marks it elsewhere).
    let matches =
      (try? FamilyReading.map(in: store) { read in
        (try? read.get()).flatMap { FamilyContent.match($0, lookup: lookup, words: words) }
      }) ?? []
    // A word that begins a word of the family first ("Zoë" the child before
    // "onderzoek"), then by id.
    let ordered = matches.filter(\.atWordStart) + matches.filter { !$0.atWordStart }
    return Array(ordered.prefix(BoardSearch.limit))
  }
}
