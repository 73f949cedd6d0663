// The shell completions complete values, not only option names: outcomes,
// formats, languages and themes from the lists, paths for --store, and the
// family and meeting ids of the store named on the line, asked of the real
// binary by the real bash completion script. And `tafel --version`.

import Foundation
import TafelCore
import Testing

@Suite("CLI completions and version")
struct CliCompletionTests {
  @Test("tafel --version names Tafel's version and the store format")
  func version() throws {
    let store = try CliStore(demo: false)
    let result = try CliRunner.tafel(["--version"], home: store.home)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("tafel "), "\(result)")
    #expect(result.stdout.contains("store format tafel-store 2"), "\(result)")
  }

  @Test("the completion scripts offer every outcome, format, language and theme")
  func listedValues() throws {
    let store = try CliStore(demo: false)
    for shell in ["bash", "zsh", "fish"] {
      let script = try CliRunner.tafel(
        ["--generate-completion-script", shell], home: store.home
      ).stdout
      for value in Outcome.offered.map(\.rawValue) + ["markdown", "html", "csv", "nl"] {
        #expect(script.contains(value), "\(shell) completes \(value)")
      }
      for theme in ["light", "high-contrast", "monochrome"] {
        #expect(script.contains(theme), "\(shell) completes the theme \(theme)")
      }
    }
  }

  /// What bash offers for the last word of `words`, through tafel's own script.
  func bashCompletes(_ words: [String], home: String) throws -> [String] {
    let binary = try CliRunner.binary()
    let directory = URL(fileURLWithPath: binary).deletingLastPathComponent().path
    let quoted = words.map { "'\($0)'" }.joined(separator: " ")
    let script = """
      shopt -s extglob
      source <(tafel --generate-completion-script bash)
      COMP_WORDS=(\(quoted)); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
      COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
      COMPREPLY=(); _tafel; printf '%s\\n' "${COMPREPLY[@]}"
      """
    let result = try CliRunner.run(
      ["/bin/bash", "-c", script], home: home,
      environment: ["PATH": directory + ":/usr/bin:/bin"])
    #expect(result.status == 0, "\(result)")
    return result.stdout.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
  }

  @Test("family and meeting ids come from the store named by --store")
  func idsFromTheStore() throws {
    let store = try CliStore()
    let families = store.ids("families")
    let meetings = try FileManager.default.contentsOfDirectory(atPath: store.file("meetings"))
      .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    let offered = try bashCompletes(
      ["tafel", "history", "--store", store.path, ""], home: store.home)
    #expect(offered.sorted() == families)
    let prefix = String(families[0].prefix(8))
    let narrowed = try bashCompletes(
      ["tafel", "decide", "--store", store.path, prefix], home: store.home)
    #expect(!narrowed.isEmpty && narrowed.allSatisfy { $0.hasPrefix(prefix) }, "\(narrowed)")
    let meetingIDs = try bashCompletes(
      ["tafel", "minutes", "--store", store.path, ""], home: store.home)
    #expect(meetingIDs.sorted() == meetings)
    // A store that cannot be read completes nothing, and says nothing.
    let none = try bashCompletes(
      ["tafel", "history", "--store", store.file("missing"), ""], home: store.home)
    #expect(none.isEmpty)
  }
}
