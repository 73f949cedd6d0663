// Decision save latency as the board pays it: `Store.updateFamily` with
// `Family.record` (lock, re-read, decode, record, encode, atomic write with
// fsync of the file and of the directory), next to the floor under it —
// creating a file, writing the same number of bytes and fsyncing it, with no
// JSON work, no rename and no directory fsync — in the same directory.

import Foundation
import TafelCore
import TafelStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

package struct BenchSaveResult: Codable, Sendable {
  package var save: BenchDistribution
  package var rawWriteAndFsync: BenchDistribution
  /// The same bytes through `AtomicFile.write` alone, replacing a file of the
  /// same size in families/ (temporary file, fsync, rename, fsync of the
  /// directory): the floor the store's rules set, with no lock and no JSON.
  package var atomicWrite: BenchDistribution?
  /// Decode, record and encode of the same family in memory: the JSON work.
  package var json: BenchDistribution?
  /// The average size of the family files written.
  package var bytes: Int
}

package enum BenchSave {
  /// A decision as a chair records it: drang with a deadline, two agreements,
  /// the views of parents and child, who was present.
  package static func draft(today: Day, meeting: String?) -> DecisionDraft {
    DecisionDraft(
      outcome: .drang, deadline: today.adding(months: 3).description,
      rationale: """
        Moeder en vader willen hulp en werken mee; de zorgen over de veiligheid blijven.
        De GI start drang met een termijn van drie maanden; daarna kijkt de tafel opnieuw.
        """,
      agreements: [
        AgreementDraft(
          what: "Wekelijks huisbezoek en veiligheidsplan bijhouden", owner: "GI",
          due: today.adding(days: 28).description),
        AgreementDraft(
          what: "Aanmelding opvoedondersteuning", owner: "LT",
          due: today.adding(days: 14).description),
      ],
      parentsView: "Ouders zijn het eens met drang en willen de termijn gebruiken.",
      childView: "Het kind wil thuis blijven wonen en voelt zich gehoord.",
      present: ["ouders", "LT", "VT", "RvdK", "GI"], meeting: meeting)
  }

  /// `count` saves into `count` different families (spread over the store),
  /// each followed by a raw write + fsync of as many bytes as that save wrote.
  package static func measure(store: Store, count: Int, today: Day) throws -> BenchSaveResult {
    let ids = try store.familyIDs()
    guard !ids.isEmpty, count > 0 else {
      throw BenchFailure.data("\(store.path): no families to save a decision for")
    }
    let step = max(1, ids.count / count)
    let chosen = (0..<count).map { ids[($0 * step) % ids.count] }
    let scratch = store.path + "/.bench-raw"
    var saves: [Int] = []
    var raws: [Int] = []
    var atomics: [Int] = []
    var jsons: [Int] = []
    var totalBytes = 0
    let draft = draft(today: today, meeting: nil)
    for (position, id) in chosen.enumerated() {
      let time = Timestamp(day: today, hour: 10, minute: position % 60)
      let path = store.absolute(store.relativePath(family: id))
      let before = try Data(contentsOf: URL(fileURLWithPath: path))
      let saved = try BenchClock.time {
        try store.updateFamily(id, by: BenchStoreWriter.author, what: "recorded a decision (drang)")
        {
          family in
          try family.record(
            draft, time: time, today: today, by: BenchStoreWriter.author, settings: RegionSettings()
          )
        }
      }
      saves.append(saved.nanoseconds)
      let after = try Data(contentsOf: URL(fileURLWithPath: path))
      totalBytes += after.count
      raws.append(try rawWriteAndFsync(bytes: after.count, path: scratch + "-\(position)"))
      // Like the save: replacing a file of the same size in families/.
      let atomicPath = store.absolute(StoreLayout.families) + "/.bench-atomic-\(position)"
      try after.write(to: URL(fileURLWithPath: atomicPath))
      let atomic = try BenchClock.time { try AtomicFile.write(after, to: atomicPath) }
      atomics.append(atomic.nanoseconds)
      unlink(atomicPath)
      jsons.append(
        try BenchClock.time {
          var family = try StoreJSON.decode(Family.self, from: before)
          try family.record(
            draft, time: time, today: today, by: BenchStoreWriter.author, settings: RegionSettings()
          )
          _ = try TafelJSON.encode(family)
        }.nanoseconds)
    }
    return BenchSaveResult(
      save: BenchDistribution(nanoseconds: saves)!,
      rawWriteAndFsync: BenchDistribution(nanoseconds: raws)!,
      atomicWrite: BenchDistribution(nanoseconds: atomics),
      json: BenchDistribution(nanoseconds: jsons),
      bytes: totalBytes / chosen.count)
  }

  /// Creates `path`, writes `bytes` bytes, fsyncs and closes it: the time of that, then removes it.
  package static func rawWriteAndFsync(bytes: Int, path: String) throws -> Int {
    let data = Data(repeating: 0x20, count: bytes)
    let start = BenchClock.nanoseconds()
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw BenchFailure.data("\(path): \(String(cString: strerror(errno)))")
    }
    let written = data.withUnsafeBytes {
      systemWriteForBench(descriptor, $0.baseAddress!, $0.count)
    }
    let synced = fsync(descriptor)
    close(descriptor)
    let elapsed = BenchClock.nanoseconds() - start
    unlink(path)
    guard written == bytes, synced == 0 else {
      throw BenchFailure.data("\(path): raw write failed: \(String(cString: strerror(errno)))")
    }
    return elapsed
  }
}
