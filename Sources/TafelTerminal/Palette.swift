// A theme turned into what ncurses draws with: one colour pair and a set of
// attributes per style role. Without colour (NO_COLOR, vt100, a monochrome
// terminal) each role uses the theme's "mono" attributes instead, so
// selection and warnings still show through reverse video, bold or underline.
import CNcursesw
import TafelScreen

struct Palette {
  struct Style {
    var attributes: attr_t
    var pair: Int16
  }

  private var styles: [StyleRole: Style] = [:]
  /// Whether the palette uses colour at all.
  let usesColor: Bool

  /// Must run after `newterm`: it starts colour and defines the pairs.
  init(theme: Theme, colors: Bool) {
    // COLORS is only known after start_color.
    if colors && has_colors() { start_color() }
    usesColor = colors && has_colors() && tafel_colors() >= 8
    var defaultColorsWork = false
    if usesColor {
      defaultColorsWork = use_default_colors() == OK
    }
    var pairs: [[Int16]: Int16] = [:]
    for role in StyleRole.allCases {
      let roleStyle = theme.style(role)
      guard usesColor else {
        styles[role] = Style(attributes: Palette.attributes(roleStyle.mono), pair: 0)
        continue
      }
      let foreground = Palette.number(
        roleStyle.foreground, isForeground: true,
        defaultColorsWork: defaultColorsWork)
      let background = Palette.number(
        roleStyle.background, isForeground: false,
        defaultColorsWork: defaultColorsWork)
      let key = [foreground, background]
      let pair: Int16
      if let known = pairs[key] {
        pair = known
      } else if foreground == -1 && background == -1 {
        pair = 0
        pairs[key] = 0
      } else {
        pair = Int16(pairs.values.filter { $0 > 0 }.count + 1)
        init_pair(pair, foreground, background)
        pairs[key] = pair
      }
      styles[role] = Style(
        attributes: Palette.attributes(roleStyle.attributes) | tafel_color_pair(pair),
        pair: pair)
    }
  }

  func style(for role: StyleRole) -> Style {
    styles[role] ?? Style(attributes: tafel_A_NORMAL, pair: 0)
  }

  private static func attributes(_ list: [TextAttribute]) -> attr_t {
    var result = tafel_A_NORMAL
    for attribute in list {
      switch attribute {
      case .bold: result |= tafel_A_BOLD
      case .reverse: result |= tafel_A_REVERSE
      case .underline: result |= tafel_A_UNDERLINE
      case .dim: result |= tafel_A_DIM
      }
    }
    return result
  }

  /// The curses colour number; -1 is the terminal's own colour when the
  /// terminal allows it, else white on black.
  private static func number(
    _ color: ThemeColor, isForeground: Bool, defaultColorsWork: Bool
  ) -> Int16 {
    switch color {
    case .default:
      if defaultColorsWork { return -1 }
      return Int16(isForeground ? COLOR_WHITE : COLOR_BLACK)
    case .black: return Int16(COLOR_BLACK)
    case .red: return Int16(COLOR_RED)
    case .green: return Int16(COLOR_GREEN)
    case .yellow: return Int16(COLOR_YELLOW)
    case .blue: return Int16(COLOR_BLUE)
    case .magenta: return Int16(COLOR_MAGENTA)
    case .cyan: return Int16(COLOR_CYAN)
    case .white: return Int16(COLOR_WHITE)
    }
  }
}
