// The clock every bench figure is read from: CLOCK_MONOTONIC in nanoseconds.
// It is one clock for the whole machine, so a parent can hand its reading to a
// child process and the child can measure "since the parent started me".

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

package enum BenchClock {
  package static func nanoseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now.tv_sec * 1_000_000_000 + now.tv_nsec
  }

  /// The CPU time this thread has used, in nanoseconds: unlike the wall
  /// clock it does not grow while other processes have the processor.
  package static func threadCPUNanoseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return now.tv_sec * 1_000_000_000 + now.tv_nsec
  }

  /// Runs `body` and returns its result with the time it took in nanoseconds.
  package static func time<T>(_ body: () throws -> T) rethrows -> (value: T, nanoseconds: Int) {
    let start = nanoseconds()
    let value = try body()
    return (value, nanoseconds() - start)
  }
}
