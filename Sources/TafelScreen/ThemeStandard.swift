// The built-in default theme, so that the board has colours even when no theme
// file can be read. themes/default.json is this table written out; a test
// keeps the two equal.

extension Theme {
  public static let standard = Theme(
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
      .title: RoleStyle(foreground: .cyan, attributes: [], mono: []),
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
      .overlay: RoleStyle(foreground: .white, background: .black, mono: []),
      .overlayTitle: RoleStyle(
        foreground: .yellow, background: .black, attributes: [.bold], mono: [.bold]),
      .input: RoleStyle(attributes: [.underline], mono: [.underline]),
    ])
}
