// Why a value typed on the command line (or read from an edited file) cannot
// be taken, naming the argument it came from, so that every refusal a user
// sees is one line that says where to look: "--domain: … is not a ZRM domain".

package struct ArgumentRefusal: Error, Hashable, Sendable, CustomStringConvertible {
  /// The option or argument as the user typed it, e.g. "--domain" or "FAMILY".
  package var argument: String
  package var message: String

  package init(_ argument: String, _ message: String) {
    self.argument = argument
    self.message = message
  }

  package var description: String { "\(argument): \(message)" }
}
