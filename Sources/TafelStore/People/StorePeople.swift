// people.json in the store: read, changed by an administrator (or, in a
// store without people, by whoever adds the first one, who must be an
// administrator), and kept in step with git's allowed-signers file.

import Foundation
import TafelCore

extension StoreLayout {
  package static let people = "people.json"
  package static let peopleLock = "people"
}

extension Store {
  /// The store's people, or nil for a store without people.json (the demo,
  /// one laptop): there `--as` names who records.
  package func people() throws -> People? {
    guard let data = try readIfPresent(StoreLayout.people) else { return nil }
    return try FileDecoding.decode(People.self, from: data, path: absolute(StoreLayout.people))
  }

  /// Changes people.json under its lock with a change record by `by`,
  /// commits it, and brings git's allowed-signers file up to date.
  @discardableResult
  package func updatePeople<T>(by: String, what: String, _ change: (inout People) throws -> T)
    throws -> T
  {
    let result = try updateDocument(
      StoreLayout.people, lock: StoreLayout.peopleLock, by: by, what: what, missing: { People() },
      decode: {
        try FileDecoding.decode(People.self, from: $0, path: absolute(StoreLayout.people))
      },
      change: change)
    try writeAllowedSigners()
    return result
  }

  /// .git/tafel-allowed-signers from people.json, and git's setting that
  /// names it, so `git verify-commit` and `git log --show-signature` check
  /// the store's history with nothing set up by hand.
  package func writeAllowedSigners() throws {
    guard let repository, let people = try people() else { return }
    // Absolute (gitDirectory is): git reads the setting from wherever it is run.
    let file = repository.gitDirectory + "/tafel-allowed-signers"
    let text = people.allowedSigners
    if FileManager.default.contents(atPath: file) != Data(text.utf8) {
      try AtomicFile.write(Data(text.utf8), to: file)
    }
    let configured = try repository.git(["config", "--get", "gpg.ssh.allowedSignersFile"])
    if configured.text != file {
      try repository.must(["config", "gpg.ssh.allowedSignersFile", file])
    }
  }
}

/// Who records on this machine in a store with people, and the key git
/// signs their commits with (`user.signingkey`: a private key file, or a
/// public one whose private half is in ssh-agent or on a FIDO2 token).
package struct Signer: Sendable {
  package var person: Person
  package var key: String

  package init(person: Person, key: String) {
    self.person = person
    self.key = key
  }
}

extension Store {
  /// Every commit this process makes in this store is `signer`'s, signed
  /// with their key, their id as the author's e-mail.
  package func record(as signer: Signer) {
    StoreRepository.signers.withLock { $0[path] = signer }
  }
}
