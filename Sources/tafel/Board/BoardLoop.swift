// The board's one loop, on the main thread: draw, wait for a key, a message
// in the mailbox (the watcher, the search, the sync, the commit thread) or
// the next second, hand keys to the board, carry its requests to the store
// and feed the answers back, draw again. Requests and events are one queue,
// worked through in order, never by recursion. The first frame is drawn
// before the list of all families is read, which is read off the key's
// path. The terminal is restored on every way out: q, a signal, an error.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore
import TafelTerminal
import TafelUI

enum BoardLoop {
  static func run(
    store: Store, arguments: BoardArguments, author: String, environment: [String: String],
    keyboardChoices: [KeyboardChoice] = []
  ) throws {
    let (theme, warning) = ThemeLoader.load(arguments.theme)
    if let warning { EarlierMessages.say(warning) }
    let now = SystemClock.now()
    let opening = try BoardOpening.read(
      store: store, meetingID: arguments.meeting, now: now,
      zone: SystemClock.zone)
    let app = BoardApp(
      data: opening.data,
      options: BoardOptions(
        language: arguments.resolvedLanguage(environment: environment),
        privateMode: arguments.privateMode, mouse: !arguments.noMouse, user: author,
        readBackBeforeSaving: !arguments.noReadBack,
        recordingAs: StoreOptions.recorder.withLock { $0 }.map { person in
          person.name + ", "
            + person.role.words(arguments.resolvedLanguage(environment: environment))
        }, keyboardChoices: keyboardChoices))
    if let script = arguments.script {
      let screen = try scriptScreen(script, dump: arguments.dump ?? ".")
      let session = BoardSession(
        app: app, terminal: screen, store: store, author: author, environment: environment,
        syncEvery: arguments.syncEvery)
      _ = session.run(problems: opening.problems, earlier: EarlierMessages.take())
      if let failure = screen.failure { throw CommandFailure.data(failure) }
      return
    }
    let terminal: Terminal
    do {
      terminal = try Terminal(
        options: TerminalOptions(
          mouse: !arguments.noMouse, colors: (environment["NO_COLOR"] ?? "").isEmpty),
        theme: theme, environment: environment)
    } catch {
      throw CommandFailure.usage(error.description)
    }
    let session = BoardSession(
      app: app, terminal: terminal, store: store, author: author, environment: environment,
      syncEvery: arguments.syncEvery)
    let signal = session.run(problems: opening.problems, earlier: EarlierMessages.take())
    terminal.end()
    if let signal { throw ExitCode(128 + signal) }
  }

  /// The screen of `tafel board --script`: the script read and checked, the
  /// dump directory there, before the board opens.
  private static func scriptScreen(_ path: String, dump: String) throws -> BoardScriptScreen {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandFailure.usage("--script: cannot read \(path)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw CommandFailure.usage("\(path): not UTF-8 text")
    }
    let script = try BoardScriptFile(text, path: path)
    // A directory that is not there yet is made (0700: the screens show a family's file).
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: dump, isDirectory: &isDirectory) {
      do {
        try FileManager.default.createDirectory(
          atPath: dump, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      } catch {
        throw CommandFailure.usage("--dump: cannot make the directory \(dump)")
      }
    } else if !isDirectory.boolValue {
      throw CommandFailure.usage("--dump: \(dump) is a file, not a directory")
    }
    return BoardScriptScreen(script: script, scriptPath: path, dumpDirectory: dump)
  }
}

final class BoardSession {
  let app: BoardApp
  let terminal: any BoardScreen
  let store: Store
  /// Who the board records as; another of the store's people only by the
  /// demo board's question who is at the keyboard.
  var author: String
  let environment: [String: String]
  let mailbox: BoardMailbox
  let search: BoardSearch
  let sync: BoardSync
  let summaries: BoardSummaries
  private var watcher: StoreWatcher?
  /// Set when a request asked to quit; the loop stops after the key.
  var quitAsked = false
  /// Requests and events not yet worked through, oldest first.
  var queue: [BoardWork] = []
  var working = false
  /// What the board showed, as last written to the access log.
  private var viewLog = BoardViewLog()

  init(
    app: BoardApp, terminal: any BoardScreen, store: Store, author: String,
    environment: [String: String], syncEvery: Double = 0
  ) {
    self.app = app
    self.terminal = terminal
    self.store = store
    self.author = author
    self.environment = environment
    let mailbox = BoardMailbox(wakePipe: terminal.wakePipe)
    self.mailbox = mailbox
    self.search = BoardSearch(
      store: store, cache: SearchCache.directory(for: store, environment: environment),
      mailbox: mailbox)
    self.sync = BoardSync(store: store, author: author, interval: syncEvery, mailbox: mailbox)
    self.summaries = BoardSummaries(store: store, mailbox: mailbox)
  }

  /// Runs until the board asks to quit (nil) or a stop signal arrives (its number).
  func run(problems: [String], earlier: [String] = []) -> Int32? {
    // A save's signed commit is made off the key's path; every queued one
    // is made before the board ends.
    let mailbox = self.mailbox
    store.commitInBackground { mailbox.post(.committed) }
    defer {
      store.finishCommits()
      watcher?.stop()
      sync.stop()
    }
    draw()
    // What went wrong opening the store first; what was said before the board
    // opened beside it, on the one notice line, until the next key.
    if problems.isEmpty {
      if !earlier.isEmpty { tell(.warning(earlier.joined(separator: " · "))) }
    } else {
      for problem in problems.dropLast() { tell(.refused(problem)) }
      tell(.refused((problems.suffix(1) + earlier).joined(separator: " · ")))
    }
    startWatching()
    sync.start()
    summaries.load()
    draw()
    var nextTick = Monotonic.milliseconds() + 1000
    while true {
      let wait = max(0, nextTick - Monotonic.milliseconds())
      switch terminal.nextInput(timeoutMilliseconds: wait) {
      case .key(let key):
        if carry(app.handle(key)) == .quit { return nil }
      case .wake:
        deliver(mailbox.take())
      case .timeout:
        break
      case .stop(let signal):
        return signal
      }
      if Monotonic.milliseconds() >= nextTick {
        // The tick may answer with requests (the decision form's timed draft write).
        if carry(app.apply(.tick(SystemClock.now()))) == .quit { return nil }
        nextTick = Monotonic.milliseconds() + 1000
      }
      if quitAsked { return nil }
      draw()
    }
  }

  /// What the workers posted, in order.
  private func deliver(_ messages: [BoardMessage]) {
    var changed: Set<StoreFile> = []
    for message in messages {
      switch message {
      case .filesChanged(let files):
        changed.formUnion(files)
      case .searched(let query, let matches):
        // The filter's excerpts show what a family's file holds: logged
        // first, and not shown when that cannot be written.
        let shown = Array(Set(matches.map(\.familyID))).sorted()
        do {
          try store.logAccess(shown.map { ($0, .view, "search") }, who: author)
          tell(.searchResults(query: query, matches: matches))
        } catch {
          tell(.searchResults(query: query, matches: []))
          tell(.refused("the access log could not be written: \(error)"))
        }
      case .synced(let status, let notes):
        if let status { tell(.syncStatus(status)) }
        for note in notes { tell(.warning(note)) }
      case .committed:
        // A commit made on its own thread that failed (the change is saved).
        for line in Array(Set(store.takeCommitProblems())).sorted() { tell(.warning(line)) }
      case .summaries(let result):
        switch result {
        // Archived families are off the board's lists.
        case .success(let list): tell(.summaries(list.filter { !$0.archived }))
        case .failure(let error): tell(.refused("\(error)"))
        }
      }
    }
    if !changed.isEmpty { applyChanges(changed) }
  }

  func draw() {
    logViewing()
    let (width, height) = terminal.size
    terminal.draw(app.render(width: width, height: height))
  }

  /// Logs the family about to be shown; one that cannot be logged is not
  /// shown (its panes say why) until it can.
  private func logViewing() {
    do {
      if let family = try viewLog.note(app, store: store, author: author),
        app.data.withheld[family] != nil
      {
        tell(.withheld(family: family, reason: nil))
      }
    } catch {
      if let family = BoardViewLog.current(app), app.data.withheld[family] == nil {
        tell(.withheld(family: family, reason: "\(error)"))
        tell(.refused("the access log could not be written: \(error)"))
      }
    }
  }

  private func startWatching() {
    let mailbox = self.mailbox
    let watcher = StoreWatcher(store: store) { paths in mailbox.post(.filesChanged(paths)) }
    do {
      try watcher.start()
      self.watcher = watcher
    } catch {
      tell(.refused("\(store.path): cannot watch for changes: \(error)"))
    }
  }

  /// Follows what changed on disk. The board's own writes come back from the
  /// watcher too: a family or meeting that reads as the board already has it
  /// is not told again.
  private func applyChanges(_ changed: Set<StoreFile>) {
    var summariesChanged = false
    // The sync goes at once when a file of the record changed here; not for
    // the index, which is a cache (its rewrite must not start a second sync).
    if changed.contains(where: { if case .index = $0 { false } else { true } }) {
      sync.nudge()
    }
    for file in changed {
      switch file {
      case .family(let id):
        search.changed(family: id)
        if app.data.families[id] != nil || app.data.unreadable[id] != nil {
          reloadFamily(id, unlessShown: true)
        } else {
          summariesChanged = true
        }
      case .meeting(let id):
        if id != app.data.meeting?.id {
          tell(
            .laterMeetingsChanged(BoardOpening.laterMeetings(in: store, after: app.data.meeting)))
        }
        if id == app.data.meeting?.id {
          do {
            let meeting = try store.meeting(id)
            if meeting != app.data.meeting { tell(.meetingChanged(meeting)) }
          } catch {
            tell(.refused("\(error)"))
          }
        }
      case .directory:
        if let directory = try? store.directory() { tell(.directoryChanged(directory)) }
      case .index:
        summariesChanged = true
      case .info:
        do {
          tell(.infoChanged(try store.info()))
        } catch {
          tell(.refused("\(error)"))
        }
      case .people, .other:
        break
      }
    }
    // Read again even before the first list arrived: that read may have
    // started before this change (the worker makes one read of many asks).
    if summariesChanged { summaries.load() }
    if changed.contains(where: { if case .family = $0 { true } else { false } }) {
      tell(.familyFilesChanged)
    }
  }

  /// Reads a family again and tells the board; with `unlessShown`, not when
  /// it reads as the board shows it (its own write, echoed by the watcher).
  func reloadFamily(_ id: String, unlessShown: Bool = false) {
    do {
      let family = try store.family(id)
      if unlessShown, app.data.unreadable[id] == nil, app.data.families[id] == family { return }
      tell(.familyChanged(family))
    } catch {
      tell(.familyUnreadable(id: id, problem: "\(error)"))
    }
  }
}
