// The verzoek tot bespreking: the document a case comes to the table with.
// Parents speak first at the table, and the chair opens from this.

package struct RequestForDiscussion: Codable, Hashable, Sendable {
  /// Who asks: a professional id or a name with organisation.
  package var from: String
  package var date: Day
  package var reason: String
  package var tried: String
  package var parentsReaction: String

  package init(from: String, date: Day, reason: String, tried: String, parentsReaction: String) {
    self.from = from
    self.date = date
    self.reason = reason
    self.tried = tried
    self.parentsReaction = parentsReaction
  }
}
