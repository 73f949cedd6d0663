// Describes the machine a bench ran on, so that a table in the README can be
// read for what it is: processors, CPU model, memory, kernel, the file system
// the stores were on (fsync costs differ by an order of magnitude), the Swift
// compiler and whether this is a release build.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BenchMachine {
  package static func probe(storeDirectory: String) -> BenchMachine {
    #if DEBUG
      let build = "debug"
    #else
      let build = "release"
    #endif
    return BenchMachine(
      processors: ProcessInfo.processInfo.activeProcessorCount,
      cpu: cpuModel(), memoryBytes: Int(ProcessInfo.processInfo.physicalMemory),
      kernel: kernelRelease(), swift: swiftVersion(), fileSystem: fileSystem(of: storeDirectory),
      build: build)
  }

  /// "model name" from /proc/cpuinfo.
  package static func cpuModel() -> String {
    guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
      return "unknown CPU"
    }
    for line in text.split(separator: "\n") where line.hasPrefix("model name") {
      if let colon = line.firstIndex(of: ":") {
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      }
    }
    return "unknown CPU"
  }

  package static func kernelRelease() -> String {
    var names = utsname()
    uname(&names)
    return withUnsafePointer(to: &names.release) {
      $0.withMemoryRebound(to: CChar.self, capacity: 65) { String(cString: $0) }
    }
  }

  /// The first line of `swift --version`, or what this binary was built with.
  package static func swiftVersion() -> String {
    if let swift = BenchChild.which("swift") {
      let output = NSTemporaryDirectory() + "/tafel-bench-swift-\(getpid())"
      defer { unlink(output) }
      if let result = try? BenchChild.run(swift, ["--version"], output: .file(output)),
        result.exitStatus == 0,
        let text = try? String(contentsOfFile: output, encoding: .utf8),
        let first = text.split(separator: "\n").first
      {
        let line = String(first)
        if let range = line.range(of: "Swift version ") {
          let rest = line[range.upperBound...]
          return "Swift " + (rest.split(separator: " ").first.map(String.init) ?? String(rest))
        }
        return line
      }
    }
    #if compiler(>=6.3)
      return "Swift ≥ 6.3"
    #else
      return "Swift 6"
    #endif
  }

  /// The type of the file system holding `path`: the longest mount point in
  /// /proc/mounts that contains it.
  package static func fileSystem(of path: String) -> String {
    guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else {
      return "unknown file system"
    }
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    var best: (point: String, type: String)?
    for line in mounts.split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard fields.count >= 3 else { continue }
      let point = String(fields[1])
      let inside = point == "/" || resolved == point || resolved.hasPrefix(point + "/")
      if inside, point.count >= (best?.point.count ?? -1) { best = (point, String(fields[2])) }
    }
    return best?.type ?? "unknown file system"
  }
}
