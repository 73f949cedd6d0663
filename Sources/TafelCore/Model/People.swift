// people.json: who may record in a store, known by their ssh keys. Each
// person has a name, a role at the table, an organisation and one or more
// public keys; a revocation (a lost laptop, someone who left) is kept with
// when, by whom and why — never removed. The store's commits are signed with
// these keys, and git's allowed-signers file is made from this list, so
// plain `git verify-commit` checks the store's history.

package enum PersonRole: String, Codable, CaseIterable, Hashable, Sendable {
  case chair
  case secretary
  case localTeam = "local-team"
  case veiligThuis = "veilig-thuis"
  case rvdk
  case gi
  case coordinator
  case privacyOfficer = "privacy-officer"
  case administrator

  /// The words of the role, in English and Dutch.
  package func words(_ language: Language) -> String {
    switch self {
    case .chair: language.pick("chair", "voorzitter")
    case .secretary: language.pick("secretary", "secretaris")
    case .localTeam: language.pick("local team", "lokaal team")
    case .veiligThuis: "Veilig Thuis"
    case .rvdk: language.pick("Child Protection Board", "Raad voor de Kinderbescherming")
    case .gi: language.pick("certified institution", "gecertificeerde instelling")
    case .coordinator: language.pick("coordinator", "coördinator")
    case .privacyOfficer: language.pick("privacy officer", "privacyfunctionaris")
    case .administrator: language.pick("administrator", "beheerder")
    }
  }
}

/// A person taken off the list: their keys no longer sign for the store
/// from `at` on; what they signed before still verifies.
package struct Revocation: Codable, Hashable, Sendable {
  package var at: Timestamp
  package var by: String
  package var reason: String

  package init(at: Timestamp, by: String, reason: String) {
    self.at = at
    self.by = by
    self.reason = reason
  }
}

package struct Person: Codable, Hashable, Sendable, Identifiable {
  /// A short id ("lkamphuis"): the principal in git's allowed signers and
  /// the e-mail part of the person's commits; letters, digits, '.', '-', '_'.
  package var id: String
  package var name: String
  package var role: PersonRole
  /// An organisation id from organisations.json.
  package var organisation: String
  /// OpenSSH public keys ("ssh-ed25519 AAAA…"), without their comments.
  package var keys: [String]
  package var revoked: Revocation?

  package init(
    id: String, name: String, role: PersonRole, organisation: String, keys: [String],
    revoked: Revocation? = nil
  ) {
    self.id = id
    self.name = name
    self.role = role
    self.organisation = organisation
    self.keys = keys
    self.revoked = revoked
  }

  /// Whether the person may record at `moment`: not revoked, or revoked
  /// later (up to the second of the revocation, as OpenSSH's valid-before).
  package func mayRecord(at moment: Timestamp) -> Bool {
    guard let revoked else { return true }
    return moment <= revoked.at
  }
}

/// The whole of people.json.
package struct People: Codable, Hashable, Sendable {
  package var people: [Person]
  package var changes: [ChangeRecord]

  package init(people: [Person] = [], changes: [ChangeRecord] = []) {
    self.people = people
    self.changes = changes
  }

  /// The person holding `key` (an OpenSSH public key line, comment or not).
  package func person(withKey key: String) -> Person? {
    guard let wanted = SSHPublicKey.canonical(key) else { return nil }
    return people.first { person in person.keys.contains { SSHPublicKey.canonical($0) == wanted } }
  }

  package func person(_ id: String) -> Person? { people.first { $0.id == id } }

  /// A person by id or by name (case and accents folded), or nil.
  package func person(named text: String) -> Person? {
    if let exact = person(text) { return exact }
    let folded = Folding.fold(text)
    return people.first { Folding.fold($0.name) == folded }
  }

  /// git's allowed-signers file: one line per key, a revoked person's keys
  /// valid only before the revocation (git checks a signature at its
  /// commit's time, so what was signed before still verifies).
  package var allowedSigners: String {
    var lines: [String] = []
    for person in people.sorted(by: { $0.id < $1.id }) {
      for key in person.keys {
        guard let canonical = SSHPublicKey.canonical(key) else { continue }
        var options = "namespaces=\"git\""
        if let revoked = person.revoked {
          options += ",valid-before=\"\(SSHPublicKey.validityTime(revoked.at))\""
        }
        lines.append("\(person.id) \(options) \(canonical)")
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// A person id as a file name and signer principal: "lkamphuis".
  package static func isValidID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), id.utf8.count <= 40
    else { return false }
    return id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_"
    }
  }

  /// An id made from a name: "Linda Kamphuis" → "lkamphuis" (numbered on when taken).
  package func newID(for name: String) -> String {
    let words = Folding.fold(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    var base = ""
    if let first = words.first?.first { base.append(first) }
    base += words.dropFirst().last.map(String.init) ?? words.first.map(String.init) ?? "person"
    base = String(
      base.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
    if base.isEmpty || !("a"..."z").contains(base.unicodeScalars.first!) { base = "p" + base }
    base = String(base.prefix(32))
    var id = base
    var number = 2
    while person(id) != nil {
      id = base + String(number)
      number += 1
    }
    return id
  }
}

/// Reading an OpenSSH public key line: its type and key, without comment.
package enum SSHPublicKey {
  /// The key types git's ssh signing and OpenSSH accept; the `sk-` ones
  /// live on a FIDO2 token (a second factor).
  package static let types: Set<String> = [
    "ssh-ed25519", "sk-ssh-ed25519@openssh.com", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521", "sk-ecdsa-sha2-nistp256@openssh.com", "ssh-rsa",
  ]

  /// "type base64" from a public key line, or nil when it is not one: the
  /// type must be known, the key base64 whose first field names that type.
  package static func canonical(_ line: String) -> String? {
    let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard fields.count >= 2 else { return nil }
    let type = String(fields[0])
    let body = String(fields[1])
    guard types.contains(type), let bytes = Base64.decode(body), bytes.count > 4 else { return nil }
    let length = Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
    guard length == type.utf8.count, bytes.count >= 4 + length,
      Array(bytes[4..<(4 + length)]) == Array(type.utf8)
    else { return nil }
    return type + " " + body
  }

  /// "20261206120000Z": the form OpenSSH reads in valid-before.
  package static func validityTime(_ moment: Timestamp) -> String {
    let text = moment.description  // "2026-12-06T12:00:00Z"
    return text.filter { $0.isNumber } + "Z"
  }
}

/// Standard base64 (with padding), strictly: nil for anything else.
enum Base64 {
  static func decode(_ text: String) -> [UInt8]? {
    var values: [UInt8] = []
    var padding = 0
    for scalar in text.unicodeScalars {
      let value: UInt8
      switch scalar {
      case "A"..."Z": value = UInt8(scalar.value - 65)
      case "a"..."z": value = UInt8(scalar.value - 97 + 26)
      case "0"..."9": value = UInt8(scalar.value - 48 + 52)
      case "+": value = 62
      case "/": value = 63
      case "=":
        padding += 1
        continue
      default: return nil
      }
      if padding > 0 { return nil }
      values.append(value)
    }
    guard (values.count + padding) % 4 == 0, padding <= 2 else { return nil }
    var bytes: [UInt8] = []
    var index = 0
    while index + 1 < values.count {
      let a = values[index]
      let b = values[index + 1]
      bytes.append(a << 2 | b >> 4)
      if index + 2 < values.count { bytes.append((b & 0x0F) << 4 | values[index + 2] >> 2) }
      if index + 3 < values.count {
        bytes.append((values[index + 2] & 0x03) << 6 | values[index + 3])
      }
      index += 4
    }
    return bytes
  }
}
