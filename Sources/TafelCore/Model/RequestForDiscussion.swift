// The verzoek tot bespreking: the document a case comes to the table with.
// Parents speak first at the table, and the chair opens from this.

public struct RequestForDiscussion: Codable, Hashable, Sendable {
  /// Who asks: a professional id or a name with organisation.
  public var from: String
  public var date: Day
  public var reason: String
  public var tried: String
  public var parentsReaction: String

  public init(from: String, date: Day, reason: String, tried: String, parentsReaction: String) {
    self.from = from
    self.date = date
    self.reason = reason
    self.tried = tried
    self.parentsReaction = parentsReaction
  }
}
