// The directory part of a path, as text. Foundation's
// NSString.deletingLastPathComponent traps on a path of one component
// ("a") in Swift 6.3.1 on Linux — `tafel init --store a` crashed through
// it — so the store splits paths here instead.

package enum PathText {
  /// "a/b" → "a", "/a" → "/", "a" → "", "a/b/" → "a".
  package static func parent(_ path: String) -> String {
    var text = Substring(path)
    while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
    guard let slash = text.lastIndex(of: "/") else { return "" }
    if slash == text.startIndex { return "/" }
    var parent = text[..<slash]
    while parent.count > 1, parent.hasSuffix("/") { parent = parent.dropLast() }
    return String(parent)
  }
}
