// One step into a JSON document: a key of an object or an index of an array.
// A problem names the place it is about as a list of these ("plan", "director";
// "decisions", 2, "supersedes"); the store turns the list into path:line:column.

package enum JSONPathElement: Hashable, Sendable, CustomStringConvertible {
  case key(String)
  case index(Int)

  package var description: String {
    switch self {
    case .key(let key): key
    case .index(let index): "[\(index)]"
    }
  }

  package static func describe(_ path: [JSONPathElement]) -> String {
    var text = ""
    for element in path {
      switch element {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text.isEmpty ? "the top level" : text
  }
}
