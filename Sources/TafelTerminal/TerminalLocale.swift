import CNcursesw
import TafelScreen

// The locale decides whether ncursesw treats bytes as UTF-8. Without it every
// Dutch diacritic is garbled, so when the user's locale is not UTF-8 (LANG=C,
// POSIX, unset) the character type alone switches to C.UTF-8; messages,
// dates and sorting keep the user's choice.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum TerminalLocale {
  static func configure() {
    setlocale(LC_ALL, "")
    if !isUTF8() {
      if setlocale(LC_CTYPE, "C.UTF-8") == nil {
        setlocale(LC_CTYPE, "en_US.UTF-8")
      }
    }
  }

  private static func isUTF8() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
