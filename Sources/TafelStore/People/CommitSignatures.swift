// Every commit made in a store with people is signed by a person on its
// list (issue 23). This checks a run of commits the way git and OpenSSH
// do — `git log` with `%G?` against an allowed-signers file — in their
// order, with the list as it stood: a commit whose parent's tree held
// people.json must carry a good signature by a key on the list, whose
// principal is the commit's author (the person's id) and who was not
// revoked at the commit's time; a commit that changes people.json must be
// signed by an administrator. A commit from before people were introduced
// needs no signature. Used by `tafel sync` (incoming commits), by the
// region's pre-receive hook (`tafel verify-push`) and by `tafel check`.

import Foundation
import TafelCore

enum CommitSignatures {
  /// The first commit of `commits` (oldest first) that fails, as one line,
  /// or nil. `trusted`: the list before the first of them.
  static func firstRefusal(
    _ repository: StoreRepository, commits: [String], trusted initial: People?
  ) throws -> String? {
    guard !commits.isEmpty else { return nil }
    // Per commit: its parents' and its own people.json (blob ids), one batch.
    let listed = try repository.must(
      ["rev-list", "--no-walk=unsorted", "--parents", "--stdin"],
      input: Data((commits.joined(separator: "\n") + "\n").utf8))
    var parents: [String: [String]] = [:]
    for line in listed.text.split(separator: "\n") {
      let ids = line.split(separator: " ").map(String.init)
      if let first = ids.first { parents[first] = Array(ids.dropFirst()) }
    }
    var names: [String] = []
    for commit in commits {
      names.append(commit + ":" + StoreLayout.people)
      for parent in parents[commit] ?? [] { names.append(parent + ":" + StoreLayout.people) }
    }
    let found = try repository.must(
      ["cat-file", "--batch-check=%(objectname)"],
      input: Data((names.joined(separator: "\n") + "\n").utf8)
    ).text.split(separator: "\n").map(String.init)
    var blobs: [String: String] = [:]
    for (name, answer) in zip(names, found) where !answer.hasSuffix("missing") {
      blobs[name] = answer
    }

    var trusted = initial
    var segment: [String] = []
    func verify(_ segment: [String], with people: People?) throws -> String? {
      let required = segment.filter { commit in
        (parents[commit] ?? []).contains { blobs[$0 + ":" + StoreLayout.people] != nil }
      }
      guard !required.isEmpty else { return nil }
      guard let people, !people.people.isEmpty else {
        return try refusal(repository, required[0], "signed by nobody on an empty list of people")
      }
      let signers = repository.gitDirectory + "/tafel-verify-signers"
      try AtomicFile.write(Data(people.allowedSigners.utf8), to: signers)
      // git runs one ssh-keygen per commit: the commits in as many parts as
      // there are cores, each part its own `git log`, the answers in order.
      let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, required.count / 50))
      let size = (required.count + parts - 1) / parts
      let answers = ResultSlots<Result<String, StoreError>>(count: parts)
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        let chunk = required.dropFirst(part * size).prefix(size)
        do throws(StoreError) {
          let answer = try repository.must(
            [
              "-c", "gpg.ssh.allowedSignersFile=" + signers, "log", "--no-walk=unsorted",
              "--stdin",
              "--format=%H%x1f%G?%x1f%GS%x1f%ae%x1f%ct%x1f%(trailers:key="
                + HistoryErasure.wasKey + ",valueonly,separator=%x1e)",
            ], input: Data((chunk.joined(separator: "\n") + "\n").utf8))
          answers.set(part, .success(answer.text))
        } catch {
          answers.set(part, .failure(error))
        }
      }
      var text = ""
      for answer in answers.values {
        switch answer {
        case .success(let part)?: text += part + "\n"
        case .failure(let error)?: throw error
        case nil: break
        }
      }
      for line in text.split(separator: "\n") {
        let fields = line.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(
          String.init)
        guard fields.count == 6 else { continue }
        // A commit written again by an erasure keeps its author; it is signed
        // by the administrator who erased, or (its own later commits, on
        // another replica) by its author.
        let rewritten = !fields[5].isEmpty
        let (commit, status, principal, email) = (fields[0], fields[1], fields[2], fields[3])
        let moment = Timestamp(seconds: Int(fields[4]) ?? 0)
        switch status {
        case "G": break
        case "N": return try refusal(repository, commit, "not signed")
        case "B": return try refusal(repository, commit, "a bad signature")
        default:
          return try refusal(
            repository, commit, "not signed by a key on the list of people (or revoked then)")
        }
        guard let person = people.person(principal) else {
          return try refusal(repository, commit, "signed by \(principal), who is not on the list")
        }
        guard principal == email || (rewritten && person.role == .administrator) else {
          return try refusal(
            repository, commit,
            "signed by \(principal) but its author says \(Sanitized.line(email))")
        }
        guard person.mayRecord(at: moment) else {
          return try refusal(
            repository, commit, "signed by \(person.id) after their revocation")
        }
      }
      return nil
    }
    for commit in commits {
      segment.append(commit)
      let own = blobs[commit + ":" + StoreLayout.people]
      let before = (parents[commit] ?? []).map { blobs[$0 + ":" + StoreLayout.people] }
      let changesPeople = own != nil && !before.contains(own)
      guard changesPeople else { continue }
      if let problem = try verify(segment, with: trusted) { return problem }
      segment = []
      // The list may change only by an administrator on it (or, in a store
      // that had none, by whoever sets it up).
      if let trusted, !trusted.people.isEmpty {
        let author = try repository.must(["show", "-s", "--format=%ae", commit]).text
        guard trusted.person(author)?.role == .administrator else {
          return try refusal(
            repository, commit, "people.json changed by \(author), who is not an administrator")
        }
      }
      let objects = try GitBatch.read([commit + ":" + StoreLayout.people], in: repository)
      if let object = objects.first ?? nil {
        trusted = try? StoreJSON.decode(People.self, from: Data(object.bytes))
      } else {
        trusted = nil
      }
    }
    return try verify(segment, with: trusted)
  }

  static func refusal(_ repository: StoreRepository, _ commit: String, _ why: String) throws
    -> String
  {
    "\(try repository.commitLabel(commit)): \(why)"
  }
}
