// Removes a generated store. On a busy ext4 disk one unlink can take
// milliseconds, so 50,000 of them one after another take minutes: the family
// files are unlinked from eight threads, then the rest of the tree goes.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

package enum BenchStoreRemoval {
  package static let threads = 8

  package static func remove(_ path: String) {
    let families = path + "/families"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: families)) ?? []
    let group = DispatchGroup()
    for start in 0..<threads {
      group.enter()
      Thread.detachNewThread {
        var position = start
        while position < names.count {
          unlink(families + "/" + names[position])
          position += threads
        }
        group.leave()
      }
    }
    group.wait()
    try? FileManager.default.removeItem(atPath: path)
  }
}
