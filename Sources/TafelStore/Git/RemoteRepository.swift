// The region's server side of a store: a bare git repository made by
// `tafel remote init PATH`, set up so that history on it only grows and
// what arrives is checked (git's fsck), whatever replica pushes.

import Foundation
import TafelCore

#if canImport(Glibc)
  import Glibc
#endif

public enum RemoteRepository {
  /// What a remote Tafel sets up refuses: a push that is not a
  /// fast-forward (a force-push), one that deletes a branch, and objects
  /// git's fsck finds broken.
  static let settings: [(String, String)] = [
    ("receive.denyNonFastForwards", "true"),
    ("receive.denyDeletes", "true"),
    ("receive.fsckObjects", "true"),
    ("transfer.fsckObjects", "true"),
    ("core.sharedRepository", "0600"),
  ]

  /// Makes a bare repository at `path` (missing or empty) with branch main.
  public static func create(at path: String) throws {
    guard GitProcess.isAvailable else {
      throw StoreError.refused("git is not installed (Debian: apt install git)")
    }
    if let entries = try? FileManager.default.contentsOfDirectory(atPath: path) {
      guard entries.isEmpty else { throw StoreError.notEmpty(path) }
    } else if FileReading.signature(path) != nil {
      throw StoreError.notEmpty(path)
    }
    let parent = PathText.parent(path)
    let previous = umask(0o077)
    defer { umask(previous) }
    let made = try GitProcess.run(
      ["init", "-q", "--bare", "-b", "main", "--", path], in: parent.isEmpty ? "." : parent)
    guard made.succeeded else {
      throw StoreError.refused("git init --bare \(path): \(Sanitized.line(made.firstError))")
    }
    for (key, value) in settings {
      let set = try GitProcess.run(["config", key, value], in: path)
      guard set.succeeded else {
        throw StoreError.refused("git config \(key): \(Sanitized.line(set.firstError))")
      }
    }
  }
}
