// The language of a command's output (minutes, report, history): `--lang`,
// else LC_ALL, LC_MESSAGES or LANG (the first that is set), else English.

import Foundation
import TafelCore

enum CommandLanguage {
  static func pick(
    _ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  )
    throws -> Language
  {
    if let option {
      guard let language = Language(rawValue: option.lowercased()) else {
        throw CommandFailure.usage("--lang: \"\(option)\" is not a language; use en or nl")
      }
      return language
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty { return Language.from(locale: value) }
    }
    return .en
  }
}
