// Where this machine keeps a store's search index: a cache of the user's
// ($XDG_CACHE_HOME/tafel/search/<store>, else ~/.cache/…), named by a hash of
// the store's path. It is never part of the store, so nothing of it is synced
// or trusted; a missing or stale one is rebuilt (SearchIndex).

import Crypto
import Foundation
import TafelCore
import TafelStore

enum SearchCache {
  static func directory(for store: Store, environment: [String: String]) -> String {
    let base: String
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      base = cache
    } else {
      base = (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
    }
    let path = URL(fileURLWithPath: store.path).resolvingSymlinksInPath().path
    return base + "/tafel/search/" + SHA256.hash(data: Data(path.utf8)).prefix(8).lowercaseHex
  }
}
