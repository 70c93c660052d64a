#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of the current `errno`, for messages ("Permission denied").
func describeErrno(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}

/// `write(2)`, reachable from types that have a `write` method of their own.
func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

/// `read(2)`, reachable from types that have a `read` method of their own.
func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
