// The one way Tafel starts a program (Processes/ProcessRunner): a child gets
// its three streams and nothing else — not the pipes of a git started at the
// same moment on another thread, which would keep that git's stdin open and
// hang both — input and output of any size pass without a pipe filling up,
// and a program that stops talking is stopped.

import Foundation
import Synchronization
import Testing

@testable import TafelStore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("starting a program", .timeLimit(.minutes(1)))
struct ProcessRunnerTests {
  /// The pipe inode behind a descriptor, as /proc shows it ("pipe:[N]").
  static func pipeName(_ descriptor: Int32) -> String {
    var info = stat()
    fstat(descriptor, &info)
    return "pipe:[\(info.st_ino)]"
  }

  @Test("a program started while another runs holds none of the other's pipes")
  func pipesDoNotLeak() throws {
    // A cat that waits on its stdin for as long as this test holds it open.
    let waiting = try ProcessRunner.start(
      "/bin/cat", [], input: .pipe, output: .pipe, errors: .null)
    let names = [waiting.input, waiting.output].map(ProcessRunnerTests.pipeName)
    let listing = try ProcessRunner.run("/bin/ls", ["-l", "/proc/self/fd/"])
    let text = String(decoding: listing.output, as: UTF8.self)
    #expect(listing.status == 0, "\(text)")
    for name in names {
      #expect(!text.contains(name), "the second program holds \(name) of the first:\n\(text)")
    }
    close(waiting.input)
    close(waiting.output)
    #expect(waiting.wait().status == 0)
  }

  @Test("eight programs at once on eight threads each get their own input back whole")
  func concurrentRunsEachEnd() throws {
    let slots = Mutex<[Int: Data]>([:])
    DispatchQueue.concurrentPerform(iterations: 8) { index in
      // Larger than a pipe's buffer both ways: written while read.
      let input = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* (index + 1)) })
      let finished = try? ProcessRunner.run("/bin/cat", [], input: input)
      slots.withLock { $0[index] = finished?.status == 0 ? finished?.output : nil }
    }
    let results = slots.withLock { $0 }
    for index in 0..<8 {
      let expected = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* (index + 1)) })
      #expect(results[index] == expected, "run \(index) did not get its input back")
    }
  }

  @Test("a program that sends nothing is stopped, with what it started")
  func stalledProgramIsStopped() throws {
    let finished = try ProcessRunner.run(
      "/bin/sh", ["-c", "sleep 30 & wait"], stallAfter: 1)
    #expect(finished.stalled)
    #expect(finished.status == 128 + SIGKILL)
  }

  @Test("exit status, standard error, a program that cannot start")
  func statusAndErrors() throws {
    let failed = try ProcessRunner.run("/bin/sh", ["-c", "echo wrong >&2; exit 3"])
    #expect(failed.status == 3)
    #expect(String(decoding: failed.errors, as: UTF8.self) == "wrong\n")
    #expect(failed.output.isEmpty)
    #expect(throws: ProcessRunner.Failure.self) {
      try ProcessRunner.run("/nonexistent/program", [])
    }
    #expect(ProcessRunner.runAttached("/nonexistent/program", []) == 127)
  }

  @Test("a program started here gets SIGPIPE back as it should be, though Tafel ignores it")
  func sigpipeIsDefaultInTheChild() throws {
    let status = try ProcessRunner.run("/bin/cat", ["/proc/self/status"])
    let text = String(decoding: status.output, as: UTF8.self)
    let ignored = try #require(
      text.split(separator: "\n").first { $0.hasPrefix("SigIgn:") }?.split(separator: "\t").last)
    let mask = try #require(UInt64(ignored, radix: 16))
    #expect(mask & (1 << UInt64(SIGPIPE - 1)) == 0, "SigIgn \(ignored)")
  }
}
