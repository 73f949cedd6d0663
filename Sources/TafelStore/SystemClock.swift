// The wall clock, kept behind a function so that tests and the store can be
// given a fixed time instead.

import Foundation
import TafelCore

public enum SystemClock {
  public static func now() -> Timestamp {
    Timestamp(seconds: Int(Date().timeIntervalSince1970.rounded(.down)))
  }
}
