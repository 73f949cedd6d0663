// The C library, imported once for the store's low-level file work, plus the
// one way an errno becomes a readable message.

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#elseif canImport(Darwin)
  @preconcurrency import Darwin
#endif

/// The message of the current errno, e.g. "Permission denied".
func errnoMessage(_ code: Int32 = errno) -> String {
  String(cString: strerror(code))
}

/// Nanoseconds of a stat's modification time.
func modifiedNanoseconds(_ info: stat) -> Int {
  #if canImport(Darwin)
    Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
  #else
    Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
  #endif
}

func fileSignature(of info: stat) -> FileSignature {
  FileSignature(
    size: Int(info.st_size), modified: modifiedNanoseconds(info), inode: UInt64(info.st_ino))
}

/// read(2) and write(2) under names that no Swift method shadows.
func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}

func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

/// open(2), for code inside `Store`, where `open` names `Store.open`.
func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  open(path, flags, mode)
}
