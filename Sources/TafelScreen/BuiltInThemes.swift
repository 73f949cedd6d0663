// The built-in themes, the one source of them: the board has colours even
// when no theme file can be read, and `--theme light` works wherever the
// binary is. themes/*.json are these values written out (Theme.encoded), as
// examples to copy and change; a test keeps them equal, and
//   TAFEL_RECORD=1 swift test --filter BoardThemeFiles
// writes them again after a change here.

extension Theme {
  /// Every built-in theme by name.
  package static let builtIn: [String: Theme] = [
    "default": .standard, "light": .light, "high-contrast": .highContrast,
    "monochrome": .monochrome,
  ]

  /// The default theme.
  package static let standard = Theme(
    name: "default",
    styles: [
      .normal: RoleStyle(),
      .header: RoleStyle(
        foreground: .white, background: .blue, attributes: [.bold], mono: [.reverse]),
      .headerPrivate: RoleStyle(
        foreground: .black, background: .yellow, attributes: [.bold], mono: [.reverse, .bold]),
      .footer: RoleStyle(foreground: .black, background: .white, mono: [.reverse]),
      .footerKey: RoleStyle(
        foreground: .blue, background: .white, attributes: [.bold], mono: [.reverse, .bold]),
      .title: RoleStyle(foreground: .cyan),
      .focusTitle: RoleStyle(foreground: .yellow, attributes: [.bold], mono: [.bold, .underline]),
      .border: RoleStyle(foreground: .blue, mono: [.dim]),
      .focusBorder: RoleStyle(foreground: .yellow, attributes: [.bold], mono: [.bold]),
      .selected: RoleStyle(foreground: .black, background: .cyan, mono: [.reverse]),
      .selectedInactive: RoleStyle(attributes: [.underline], mono: [.underline]),
      .warning: RoleStyle(foreground: .yellow, attributes: [.bold], mono: [.bold]),
      .error: RoleStyle(foreground: .red, attributes: [.bold], mono: [.bold, .underline]),
      .success: RoleStyle(foreground: .green, attributes: [.bold], mono: [.bold]),
      .dim: RoleStyle(attributes: [.dim], mono: [.dim]),
      .marker: RoleStyle(foreground: .magenta, attributes: [.bold], mono: [.bold]),
      .inProgress: RoleStyle(foreground: .green, attributes: [.bold], mono: [.bold]),
      .superseded: RoleStyle(attributes: [.dim], mono: [.dim]),
      .overlay: RoleStyle(foreground: .white, background: .black),
      .overlayTitle: RoleStyle(
        foreground: .yellow, background: .black, attributes: [.bold], mono: [.bold]),
      .input: RoleStyle(attributes: [.underline], mono: [.underline]),
    ])

  package static let light = Theme(
    name: "light",
    styles: [
      .normal: RoleStyle(),
      .header: RoleStyle(
        foreground: .white, background: .blue, attributes: [.bold], mono: [.reverse]),
      .headerPrivate: RoleStyle(
        foreground: .black, background: .yellow, attributes: [.bold], mono: [.reverse, .bold]),
      .footer: RoleStyle(foreground: .black, background: .cyan, mono: [.reverse]),
      .footerKey: RoleStyle(
        foreground: .blue, background: .cyan, attributes: [.bold], mono: [.reverse, .bold]),
      .title: RoleStyle(foreground: .blue),
      .focusTitle: RoleStyle(
        foreground: .magenta, attributes: [.bold, .underline], mono: [.bold, .underline]),
      .border: RoleStyle(foreground: .blue, mono: [.dim]),
      .focusBorder: RoleStyle(foreground: .magenta, attributes: [.bold], mono: [.bold]),
      .selected: RoleStyle(foreground: .white, background: .blue, mono: [.reverse]),
      .selectedInactive: RoleStyle(attributes: [.underline], mono: [.underline]),
      .warning: RoleStyle(foreground: .red, attributes: [.bold], mono: [.bold]),
      .error: RoleStyle(
        foreground: .red, attributes: [.bold, .underline], mono: [.bold, .underline]),
      .success: RoleStyle(foreground: .green, attributes: [.bold], mono: [.bold]),
      .dim: RoleStyle(attributes: [.dim], mono: [.dim]),
      .marker: RoleStyle(foreground: .magenta, attributes: [.bold], mono: [.bold]),
      .inProgress: RoleStyle(foreground: .green, attributes: [.bold], mono: [.bold]),
      .superseded: RoleStyle(attributes: [.dim], mono: [.dim]),
      .overlay: RoleStyle(foreground: .black, background: .white),
      .overlayTitle: RoleStyle(
        foreground: .blue, background: .white, attributes: [.bold], mono: [.bold]),
      .input: RoleStyle(attributes: [.underline], mono: [.underline]),
    ])

  package static let highContrast = Theme(
    name: "high-contrast",
    styles: [
      .normal: RoleStyle(foreground: .white, background: .black),
      .header: RoleStyle(
        foreground: .black, background: .white, attributes: [.bold], mono: [.reverse]),
      .headerPrivate: RoleStyle(
        foreground: .black, background: .yellow, attributes: [.bold], mono: [.reverse, .bold]),
      .footer: RoleStyle(foreground: .black, background: .white, mono: [.reverse]),
      .footerKey: RoleStyle(
        foreground: .black, background: .white, attributes: [.bold, .underline],
        mono: [.reverse, .bold]),
      .title: RoleStyle(foreground: .white, background: .black, attributes: [.bold]),
      .focusTitle: RoleStyle(
        foreground: .yellow, background: .black, attributes: [.bold, .underline],
        mono: [.bold, .underline]),
      .border: RoleStyle(foreground: .white, background: .black, mono: [.dim]),
      .focusBorder: RoleStyle(
        foreground: .yellow, background: .black, attributes: [.bold], mono: [.bold]),
      .selected: RoleStyle(
        foreground: .black, background: .yellow, attributes: [.bold], mono: [.reverse]),
      .selectedInactive: RoleStyle(
        foreground: .white, background: .black, attributes: [.bold, .underline], mono: [.underline]),
      .warning: RoleStyle(
        foreground: .yellow, background: .black, attributes: [.bold], mono: [.bold]),
      .error: RoleStyle(
        foreground: .red, background: .black, attributes: [.bold, .underline],
        mono: [.bold, .underline]),
      .success: RoleStyle(
        foreground: .green, background: .black, attributes: [.bold], mono: [.bold]),
      .dim: RoleStyle(foreground: .white, background: .black, mono: [.dim]),
      .marker: RoleStyle(foreground: .cyan, background: .black, attributes: [.bold], mono: [.bold]),
      .inProgress: RoleStyle(
        foreground: .green, background: .black, attributes: [.bold], mono: [.bold]),
      .superseded: RoleStyle(
        foreground: .white, background: .black, attributes: [.underline], mono: [.dim]),
      .overlay: RoleStyle(foreground: .white, background: .blue),
      .overlayTitle: RoleStyle(
        foreground: .yellow, background: .blue, attributes: [.bold], mono: [.bold]),
      .input: RoleStyle(
        foreground: .white, background: .black, attributes: [.underline, .bold], mono: [.underline]),
    ])

  package static let monochrome = Theme(
    name: "monochrome",
    styles: [
      .normal: RoleStyle(),
      .header: RoleStyle(attributes: [.reverse], mono: [.reverse]),
      .headerPrivate: RoleStyle(attributes: [.reverse, .bold], mono: [.reverse, .bold]),
      .footer: RoleStyle(attributes: [.reverse], mono: [.reverse]),
      .footerKey: RoleStyle(attributes: [.reverse, .bold], mono: [.reverse, .bold]),
      .title: RoleStyle(),
      .focusTitle: RoleStyle(attributes: [.bold, .underline], mono: [.bold, .underline]),
      .border: RoleStyle(attributes: [.dim], mono: [.dim]),
      .focusBorder: RoleStyle(attributes: [.bold], mono: [.bold]),
      .selected: RoleStyle(attributes: [.reverse], mono: [.reverse]),
      .selectedInactive: RoleStyle(attributes: [.underline], mono: [.underline]),
      .warning: RoleStyle(attributes: [.bold], mono: [.bold]),
      .error: RoleStyle(attributes: [.bold, .underline], mono: [.bold, .underline]),
      .success: RoleStyle(attributes: [.bold], mono: [.bold]),
      .dim: RoleStyle(attributes: [.dim], mono: [.dim]),
      .marker: RoleStyle(attributes: [.bold], mono: [.bold]),
      .inProgress: RoleStyle(attributes: [.bold], mono: [.bold]),
      .superseded: RoleStyle(attributes: [.dim], mono: [.dim]),
      .overlay: RoleStyle(),
      .overlayTitle: RoleStyle(attributes: [.bold], mono: [.bold]),
      .input: RoleStyle(attributes: [.underline], mono: [.underline]),
    ])
}
