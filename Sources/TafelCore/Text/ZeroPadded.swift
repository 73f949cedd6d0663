// Numbers with leading zeros ("0042", "D003", "2026-03-07"): one function for
// ids, dates and hex escapes alike.

/// `value` with leading zeros up to `width` digits (more digits are kept).
package func zeroPadded(_ value: Int, _ width: Int) -> String {
  zeroPadded(String(value), width)
}

/// `digits` with leading zeros up to `width` characters.
package func zeroPadded(_ digits: String, _ width: Int) -> String {
  digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
