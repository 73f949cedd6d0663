// Who this machine records as: the ssh key set with `tafel whoami --key`,
// kept in the user's configuration ($XDG_CONFIG_HOME/tafel/whoami.json,
// else ~/.config/tafel/whoami.json). In a store with people the key names
// the person (people.json) and signs their commits; a key on nobody's
// list, or a revoked person's, records nothing.

import Foundation
import TafelCore

package struct MachineIdentity: Codable, Hashable, Sendable {
  /// The key file as given: a private key, or a public key (.pub) whose
  /// private half is in ssh-agent or on a FIDO2 token.
  package var key: String

  package init(key: String) { self.key = key }

  /// The configuration file for `environment`.
  package static func file(environment: [String: String]) -> String {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/tafel/whoami.json"
    }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/tafel/whoami.json"
  }

  /// This machine's identity, or nil when none is set.
  package static func load(environment: [String: String]) throws -> MachineIdentity? {
    let path = file(environment: environment)
    guard let data = try? FileReading.read(path).data else { return nil }
    return try FileDecoding.decode(MachineIdentity.self, from: data, path: path)
  }

  package func save(environment: [String: String]) throws {
    let path = MachineIdentity.file(environment: environment)
    try AtomicFile.makeDirectory(PathText.parent(path))
    try AtomicFile.write(try TafelJSON.encode(self), to: path)
  }

  /// The public key line of `key` (the file itself when it is a .pub,
  /// else the .pub beside it), checked to be an OpenSSH public key.
  package static func publicKey(of key: String) throws -> String {
    let publicFile = key.hasSuffix(".pub") ? key : key + ".pub"
    let data: Data
    do {
      data = try FileReading.read(publicFile).data
    } catch {
      throw StoreError.badArgument(
        "\(publicFile): cannot be read (an ssh key pair: ssh-keygen -t ed25519, or -t "
          + "ed25519-sk for a FIDO2 token)")
    }
    let line = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard !line.contains("\n"), let canonical = SSHPublicKey.canonical(line) else {
      throw StoreError.badArgument("\(publicFile): not an OpenSSH public key")
    }
    return canonical
  }

  /// The person this identity is in `people` at `moment`, or why not.
  package func person(in people: People, at moment: Timestamp) throws -> Person {
    let line = try MachineIdentity.publicKey(of: key)
    guard let person = people.person(withKey: line) else {
      throw StoreError.badArgument(
        "the key \(key) is on nobody's list in people.json; an administrator adds it with "
          + "`tafel people add NAME --role ROLE --organisation ORG --key FILE.pub`")
    }
    guard person.mayRecord(at: moment) else {
      throw StoreError.badArgument(
        "\(person.name) (\(person.id)) was taken off the list on \(person.revoked!.at.utcDay): "
          + "this machine records nothing for them; an administrator can add them anew with "
          + "another id and key (`tafel people add NAME --id NEW-ID --key FILE.pub …`)")
    }
    return person
  }
}
