import CNcursesw
import TafelScreen

// Signals that must never leave the terminal raw. SIGINT, SIGTERM and SIGHUP
// only record which signal came and poke the wake pipe; the loop then ends
// the screen and exits. Crash signals end the screen, put back the handler
// that was there before (the Swift backtracer or the default) and let it run.
// Everything here runs before `newterm`, so ncurses sees our handlers and
// leaves them alone.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The signal that asked the board to stop (0 when none). Written only by the
/// signal handler, read by the loop on the main thread.
nonisolated(unsafe) private var stopSignalNumber: Int32 = 0
/// The write end of the wake pipe, so a signal also wakes a waiting `poll`.
nonisolated(unsafe) private var signalWakeDescriptor: Int32 = -1
/// Whether the screen is up; the crash handler only calls `endwin` then.
nonisolated(unsafe) private var screenIsUp: Int32 = 0

private let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
private let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]

/// The actions that were installed before ours, indexed by signal number.
/// A plain buffer, so the crash handler reads it without touching Swift's
/// reference counting.
private let signalSlots = 65
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
  let buffer = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
  buffer.initialize(repeating: sigaction(), count: signalSlots)
  return buffer
}()
nonisolated(unsafe) private let installedSignals: UnsafeMutablePointer<Bool> = {
  let buffer = UnsafeMutablePointer<Bool>.allocate(capacity: signalSlots)
  buffer.initialize(repeating: false, count: signalSlots)
  return buffer
}()

private func onStopSignal(_ number: Int32) {
  stopSignalNumber = number
  if signalWakeDescriptor >= 0 {
    var byte: UInt8 = 1
    _ = write(signalWakeDescriptor, &byte, 1)
  }
}

private func onCrashSignal(_ number: Int32) {
  if screenIsUp != 0 {
    screenIsUp = 0
    endwin()
  }
  // Put back what was there before and return: a fault re-executes and
  // reaches the previous handler; SIGABRT is raised again by abort().
  if number >= 0, number < signalSlots, installedSignals[Int(number)] {
    sigaction(number, previousActions + Int(number), nil)
  } else {
    signal(number, SIG_DFL)
  }
  if number == SIGABRT || number == SIGTRAP {
    raise(number)
  }
}

enum TerminalSignals {
  /// Installs the handlers. Call once, before `newterm`.
  static func install(wakeDescriptor: Int32) {
    signalWakeDescriptor = wakeDescriptor
    stopSignalNumber = 0
    screenIsUp = 0
    for number in stopSignals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { onStopSignal($0) }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0  // no SA_RESTART: a blocked read returns at once
      replace(number, with: &action)
    }
    for number in crashSignals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { onCrashSignal($0) }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      replace(number, with: &action)
    }
  }

  /// Puts back every handler that was there before `install`.
  static func uninstall() {
    for number in stopSignals + crashSignals where installedSignals[Int(number)] {
      sigaction(number, previousActions + Int(number), nil)
      installedSignals[Int(number)] = false
    }
    signalWakeDescriptor = -1
  }

  private static func replace(_ number: Int32, with action: inout sigaction) {
    let slot = Int(number)
    if installedSignals[slot] {
      sigaction(number, &action, nil)  // keep the first "previous"
    } else {
      sigaction(number, &action, previousActions + slot)
      installedSignals[slot] = true
    }
  }

  static func screenStarted() { screenIsUp = 1 }
  static func screenEnded() { screenIsUp = 0 }

  /// Drops a pending stop signal of this kind (one meant for a child program).
  static func forget(_ number: Int32) {
    if stopSignalNumber == number { stopSignalNumber = 0 }
  }

  /// The stop signal that arrived, if any.
  static var pending: Int32? {
    stopSignalNumber == 0 ? nil : stopSignalNumber
  }
}
