import CNcursesw
import TafelScreen

// The one door to ncurses: start and end the screen, read keys, copy a
// `CellGrid` out. Only this module imports CNcursesw, and only the main thread
// calls it. Other threads reach the loop through the `WakePipe`.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What woke the loop.
package enum TerminalInput: Equatable, Sendable {
  case key(Key)
  /// Another thread called `WakePipe.wake()`.
  case wake
  /// The timeout passed without a key.
  case timeout
  /// SIGINT, SIGTERM or SIGHUP arrived, or the terminal went away.
  case stop(signal: Int32)
}

package struct TerminalOptions: Sendable {
  /// Report mouse clicks (off with `--no-mouse`, so text can be selected).
  package var mouse: Bool
  /// Colours from the theme; false gives attributes only (NO_COLOR).
  package var colors: Bool
  /// Ask the terminal to bracket pasted text.
  package var bracketedPaste: Bool

  package init(mouse: Bool = true, colors: Bool = true, bracketedPaste: Bool = true) {
    self.mouse = mouse
    self.colors = colors
    self.bracketedPaste = bracketedPaste
  }
}

package final class Terminal {
  package let wakePipe: WakePipe
  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let options: TerminalOptions
  private var palette: Palette
  private var ended = false
  private var needsClear = false

  /// Checks what can be checked before the screen starts: standard input
  /// and output are a tty, and `TERM` names a terminal that can draw.
  /// Returns the terminal name.
  @discardableResult
  package static func preflight(environment: [String: String]) throws(TerminalError) -> String {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw .notATerminal
    }
    let term = environment["TERM"].flatMap { $0.isEmpty ? nil : $0 }
    guard let term, term != "dumb" else { throw .unusableTerminal(term) }
    return term
  }

  /// Starts the screen. Checks the tty and `TERM` first and throws one of the
  /// `TerminalError`s instead of letting ncurses print or exit.
  package init(
    options: TerminalOptions, theme: Theme, environment: [String: String]
  ) throws(TerminalError) {
    let term = try Terminal.preflight(environment: environment)
    TerminalLocale.configure()
    self.options = options
    self.wakePipe = WakePipe()
    TerminalSignals.install(wakeDescriptor: wakePipe.writeDescriptor)
    guard let screen = newterm(term, tafel_stdout(), tafel_stdin()) else {
      TerminalSignals.uninstall()
      throw .unusableTerminal(term)
    }
    self.screen = screen
    set_term(screen)
    TerminalSignals.screenStarted()
    window = tafel_stdscr()
    cbreak()
    noecho()
    nonl()
    intrflush(window, false)
    keypad(window, true)
    set_escdelay(25)
    curs_set(0)
    // Ctrl-S saves a decision: take XON/XOFF flow control from the tty, or
    // Ctrl-S would freeze the screen. def_prog_mode makes ncurses keep it
    // (its own calls rewrite the tty from its copy); endwin restores the shell's.
    var modes = termios()
    if tcgetattr(STDIN_FILENO, &modes) == 0 {
      modes.c_iflag &= ~tcflag_t(IXON)
      tcsetattr(STDIN_FILENO, TCSANOW, &modes)
      def_prog_mode()
    }
    palette = Palette(theme: theme, colors: options.colors)
    if options.mouse {
      mouseinterval(0)
      mousemask(
        tafel_BUTTON1_PRESSED | tafel_BUTTON4_PRESSED | tafel_BUTTON5_PRESSED, nil)
    }
    // A terminal description without these keys (vt100 has no Home, End,
    // Delete or page keys) would hand the board an Esc and two letters: End
    // in the attendance list then asked to throw the marks away. The
    // sequences terminals send for them are taken as the keys, where the
    // description does not already give them a meaning.
    for (sequence, code) in [
      ("\u{1b}[H", KEY_HOME), ("\u{1b}OH", KEY_HOME), ("\u{1b}[1~", KEY_HOME),
      ("\u{1b}[F", KEY_END), ("\u{1b}OF", KEY_END), ("\u{1b}[4~", KEY_END),
      ("\u{1b}[3~", KEY_DC), ("\u{1b}[5~", KEY_PPAGE), ("\u{1b}[6~", KEY_NPAGE),
    ] where key_defined(sequence) == 0 {
      define_key(sequence, code)
    }
    if options.bracketedPaste {
      define_key("\u{1b}[200~", pasteStartCode)
      define_key("\u{1b}[201~", pasteEndCode)
    }
    wnoutrefresh(window)
    doupdate()
    if options.bracketedPaste { writeDirectly("\u{1b}[?2004h") }
  }

  deinit { end() }

  /// Ends the screen and puts the terminal back as it was. Safe to call twice.
  package func end() {
    guard !ended else { return }
    ended = true
    if options.bracketedPaste { writeDirectly("\u{1b}[?2004l") }
    if options.mouse { mousemask(0, nil) }
    curs_set(1)
    endwin()
    tafel_clear_without_alternate_screen()
    TerminalSignals.screenEnded()
    delscreen(screen)
    TerminalSignals.uninstall()
  }

  /// Gives the terminal to another program (an editor) while `body` runs,
  /// then takes it back and redraws everything. A Ctrl-C meant for that
  /// program does not stop the board.
  package func runOutside<T>(_ body: () throws -> T) rethrows -> T {
    if options.bracketedPaste { writeDirectly("\u{1b}[?2004l") }
    if options.mouse { mousemask(0, nil) }
    def_prog_mode()
    endwin()
    defer {
      TerminalSignals.forget(SIGINT)
      reset_prog_mode()
      if options.mouse {
        mousemask(tafel_BUTTON1_PRESSED | tafel_BUTTON4_PRESSED | tafel_BUTTON5_PRESSED, nil)
      }
      if options.bracketedPaste { writeDirectly("\u{1b}[?2004h") }
      needsClear = true
    }
    return try body()
  }

  /// The current size in cells.
  package var size: (width: Int, height: Int) {
    (Int(getmaxx(window)), Int(getmaxy(window)))
  }

  /// Changes the colours while running (e.g. another theme).
  package func use(theme: Theme) {
    palette = Palette(theme: theme, colors: options.colors)
    needsClear = true
  }

  /// The next clear wipes the whole terminal (after a resize or Ctrl-L);
  /// otherwise frames only erase and let ncurses send the difference.
  package func clearOnNextDraw() { needsClear = true }

  // MARK: Input

  /// Waits at most `timeoutMilliseconds` for a key, a wake-up or a signal.
  package func nextInput(timeoutMilliseconds: Int) -> TerminalInput {
    let deadline = Monotonic.milliseconds() + max(0, timeoutMilliseconds)
    while true {
      if let signal = TerminalSignals.pending { return .stop(signal: signal) }
      // Whatever ncurses already holds (and a pending KEY_RESIZE) first.
      if let key = readKey(waitMilliseconds: 0) { return .key(key) }
      let remaining = deadline - Monotonic.milliseconds()
      if remaining <= 0 { return .timeout }
      var descriptors = [
        pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
        pollfd(fd: wakePipe.readDescriptor, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&descriptors, 2, Int32(min(remaining, 1000)))
      if let signal = TerminalSignals.pending { return .stop(signal: signal) }
      guard ready > 0 else { continue }  // timeout or EINTR (SIGWINCH)
      if descriptors[1].revents & Int16(POLLIN) != 0 {
        wakePipe.drain()
        return .wake
      }
      let input = descriptors[0].revents
      let hungUp = input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
      if input & Int16(POLLIN) != 0 {
        // Readable with nothing waiting is end of file or EIO: the terminal
        // went away without a SIGHUP reaching us (a closed tmux pane, a
        // program started with setsid). Stop as for a hang-up, not spin.
        let waiting = tafel_bytes_waiting(STDIN_FILENO)
        if let key = readKey(waitMilliseconds: 50) { return .key(key) }
        if waiting == 0 || hungUp { return .stop(signal: SIGHUP) }
      } else if hungUp {
        return .stop(signal: SIGHUP)
      }
    }
  }

  /// One key from ncurses, or nil when none came in time or it means nothing
  /// to the board.
  private func readKey(waitMilliseconds: Int32) -> Key? {
    wtimeout(window, waitMilliseconds)
    var value: wint_t = 0
    let result = wget_wch(window, &value)
    switch result {
    case OK:
      return TerminalKeys.key(character: UInt32(value))
    case KEY_CODE_YES:
      let code = Int32(value)
      if code == KEY_MOUSE { return mouseKey() }
      if code == pasteStartCode { return readPaste() }
      if code == pasteEndCode { return nil }
      if code == KEY_RESIZE { needsClear = true }
      return TerminalKeys.key(code: code)
    default:
      return nil
    }
  }

  private func mouseKey() -> Key? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    if event.bstate & tafel_BUTTON4_PRESSED != 0 { return .up }
    if event.bstate & tafel_BUTTON5_PRESSED != 0 { return .down }
    if event.bstate & (tafel_BUTTON1_PRESSED | tafel_BUTTON1_CLICKED) != 0 {
      return .mouse(x: Int(event.x), y: Int(event.y))
    }
    return nil
  }

  /// Reads up to the closing paste bracket; a paste that never closes ends
  /// after a quiet 200 ms.
  private func readPaste() -> Key {
    var text = String.UnicodeScalarView()
    while true {
      wtimeout(window, 200)
      var value: wint_t = 0
      let result = wget_wch(window, &value)
      if result == OK {
        let scalarValue = UInt32(value) == 13 ? 10 : UInt32(value)
        if let scalar = Unicode.Scalar(scalarValue) { text.append(scalar) }
      } else if result == KEY_CODE_YES {
        if Int32(value) == pasteEndCode { break }
      } else {
        break
      }
    }
    return .paste(String(text))
  }

  // MARK: Output

  /// Copies a frame to the screen: erase, draw every cell, one `doupdate`.
  package func draw(_ grid: CellGrid) {
    if needsClear {
      wclear(window)
      needsClear = false
    } else {
      werase(window)
    }
    let (width, height) = size
    let rows = min(height, grid.height)
    let columns = min(width, grid.width)
    var character = cchar_t()
    var scalars = [wchar_t](repeating: 0, count: 8)
    for y in 0..<rows {
      var x = 0
      while x < columns {
        let cell = grid[x, y]
        if cell.isContinuation {
          x += 1
          continue
        }
        if cell.width == 2 && x + 1 >= columns { break }
        let style = palette.style(for: cell.role)
        var count = 0
        for scalar in cell.character.unicodeScalars where count < scalars.count - 1 {
          scalars[count] = wchar_t(bitPattern: scalar.value)
          count += 1
        }
        if count == 0 {
          scalars[0] = 32
          count = 1
        }
        scalars[count] = 0
        tafel_set_cell(&character, scalars, Int32(count), style.attributes, style.pair)
        wmove(window, Int32(y), Int32(x))
        wadd_wch(window, &character)
        x += max(1, Int(cell.width))
      }
    }
    if let cursor = grid.cursor, cursor.x < columns, cursor.y < rows {
      wmove(window, Int32(cursor.y), Int32(cursor.x))
      curs_set(1)
    } else {
      curs_set(0)
    }
    wnoutrefresh(window)
    doupdate()
  }

  private func writeDirectly(_ text: String) {
    fflush(tafel_stdout())
    _ = text.utf8CString.withUnsafeBufferPointer { buffer in
      write(STDOUT_FILENO, buffer.baseAddress, buffer.count - 1)
    }
  }
}

/// Milliseconds from a clock that never jumps.
package enum Monotonic {
  package static func milliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
  }
}
