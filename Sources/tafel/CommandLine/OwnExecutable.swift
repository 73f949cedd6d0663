// The path of this very program, for the commands that start helpers of
// themselves (`tafel bench` its measured children, `tafel check` its parts).

import Foundation

enum OwnExecutable {
  static var path: String {
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return resolved
    }
    return Bundle.main.executablePath ?? CommandLine.arguments[0]
  }
}
