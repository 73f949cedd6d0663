// The keys the bench types into the board: a seeded, reproducible mix of what
// a chair presses during a table (j/k, Tab, Enter and Esc, n/N, PgDn), and a
// headless stand-in for the main loop that carries the requests those keys
// make (load a family, load the index) to the store, as the real loop does.

import TafelCore
import TafelDemo
import TafelScreen
import TafelStore
import TafelUI

package enum BenchKeyScript {
  /// The keys and how often each comes, out of 16.
  package static let weights: [(key: Key, weight: Int)] = [
    (.character("j"), 4), (.character("k"), 2), (.tab, 2), (.enter, 2), (.escape, 2),
    (.character("n"), 2), (.character("N"), 1), (.pageDown, 1),
  ]

  /// `count` keys drawn from `weights` by a generator seeded with `seed`.
  package static func keys(count: Int, seed: UInt64) -> [Key] {
    var generator = BenchRandom(seed: seed)
    let total = weights.reduce(0) { $0 + $1.weight }
    return (0..<count).map { _ in
      var pick = Int(generator.next() % UInt64(total))
      for (key, weight) in weights {
        if pick < weight { return key }
        pick -= weight
      }
      return weights[0].key
    }
  }
}

/// SplitMix64: a small seeded generator, the same numbers on every machine.
package struct BenchRandom: RandomNumberGenerator {
  private var state: UInt64

  package init(seed: UInt64) { state = seed }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

/// Carries the board's requests to the store without a terminal. Requests
/// that would change the store or open an editor are counted, not carried.
package struct BenchHeadlessLoop {
  package let app: BoardApp
  package let store: Store
  package var ignored = 0

  package init(app: BoardApp, store: Store) {
    self.app = app
    self.store = store
  }

  package mutating func carry(_ requests: [Request]) {
    for request in requests {
      switch request {
      case .loadFamily(let id):
        do {
          carry(app.apply(.familyChanged(try store.family(id))))
        } catch {
          carry(app.apply(.refused("\(error)")))
        }
      case .loadSummaries:
        loadSummaries()
      case .loadDraft(let familyID):
        carry(app.apply(.draft(familyID: familyID, record: store.draft(family: familyID))))
      default:
        ignored += 1
      }
    }
  }

  package mutating func loadSummaries() {
    do {
      carry(app.apply(.summaries(try store.summaries())))
    } catch {
      carry(app.apply(.refused("\(error)")))
    }
  }
}
