#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is making a change, for the history: `--by`, else `$CJ_USER`, else the login name.
public enum Author {
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        for candidate in [explicit, environment["CJ_USER"], environment["LOGNAME"], environment["USER"]] {
            if let name = candidate?.trimmed, !name.isEmpty { return name }
        }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "user \(getuid())"
    }
}
