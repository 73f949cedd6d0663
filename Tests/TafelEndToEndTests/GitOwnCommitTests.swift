// A commit holds exactly its own change and its own author (issue 22): two
// people saving at once on one store under git — the board and a command,
// or two commands — each get their own commits; nobody's change is
// committed under another's name, and none is left uncommitted.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("each commit holds its own change", .serialized)
struct GitOwnCommitTests {
  @Test(
    "24 changes from two processes at once: 24 commits, each its own author's family",
    arguments: 1...3)
  func twoProcessesCommitTheirOwn(attempt: Int) throws {
    let store = try CliStore()
    try GitReplicas.require(store.tafel(["init", "--git"]))
    let people = [("alice", DemoFamily.id(52)), ("bob", DemoFamily.id(63))]
    let failures = FailureBox()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      let (who, family) = people[index]
      for round in 1...12 {
        let result = try? store.tafel([
          "event", family, "--kind", "intake", "--from", "lt-ede", "--as", who,
          "--date", TestClock.today.adding(days: -round).description, "--note", "\(who) \(round)",
        ])
        if result?.status != 0 { failures.add("\(who) \(round): \(String(describing: result))") }
      }
    }
    #expect(failures.all.isEmpty, "\(failures.all)")
    let log = try GitReplicas.git(
      ["-C", store.path, "log", "--format=@%an", "--name-only", "--", "families"], store)
    var commits: [(author: String, paths: [String])] = []
    for line in log.stdout.split(separator: "\n") {
      if line.hasPrefix("@") {
        commits.append((String(line.dropFirst()), []))
      } else if !commits.isEmpty {
        commits[commits.count - 1].paths.append(String(line))
      }
    }
    let changes = commits.filter { $0.author == "alice" || $0.author == "bob" }
    #expect(changes.count == 24, "\(commits)")
    for (who, family) in people {
      let own = changes.filter { $0.author == who }
      #expect(own.count == 12, "\(who): \(own)")
      #expect(own.allSatisfy { $0.paths == [StoreLayout.familyFile(family)] }, "\(who): \(own)")
    }
    let status = try GitReplicas.git(
      ["-C", store.path, "status", "--porcelain", "families"], store)
    #expect(status.stdout.isEmpty, "\(status)")
  }
}

/// Lines gathered from several threads.
final class FailureBox: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  func add(_ line: String) {
    lock.lock()
    lines.append(line)
    lock.unlock()
  }
  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return lines
  }
}
