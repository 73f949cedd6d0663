// Why a value typed on the command line (or read from an edited file) cannot
// be taken, naming the argument it came from, so that every refusal a user
// sees is one line that says where to look: "--domain: … is not a ZRM domain".

public struct ArgumentRefusal: Error, Hashable, Sendable, CustomStringConvertible {
  /// The option or argument as the user typed it, e.g. "--domain" or "FAMILY".
  public var argument: String
  public var message: String

  public init(_ argument: String, _ message: String) {
    self.argument = argument
    self.message = message
  }

  public var description: String { "\(argument): \(message)" }
}
