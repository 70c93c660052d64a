import Foundation

/// A store-wide question whose answer for each case depends only on that case's file and on
/// what is written here: the query, its parameters, the team's settings and this build.
public struct StoreQuestion: Sendable, CustomStringConvertible {
    var name: String
    public let description: String

    /// `settings` nil for a question whose answer does not depend on them.
    init?(name: String, parameters: [String], settings: StoreSettings?) {
        guard let build = BuildIdentity.current else { return nil }
        self.name = name
        let settingsLine = settings.map { ["settings " + JSONWriter.inline(CaseFileCodec.encodeTree($0))] } ?? []
        description = ([name] + parameters + settingsLine + ["build " + build]).joined(separator: "\n")
    }

    /// A short, stable name for files about this question (the question itself is compared in full).
    var fileName: String { name + "-" + StoreQuestion.hash(description) }

    /// A short name for a file about `text`; what is named is always compared in full too.
    static func hash(_ text: String) -> String {
        Checksum.text(Checksum.of(Array(text.utf8)[...]))
    }
}

/// Which build of the program is running, so an index written by another (whose rules may
/// differ) is never trusted: the running program file's stamp.
enum BuildIdentity {
    static let current: String? = {
        #if os(Linux)
        let path = "/proc/self/exe"
        #else
        guard let path = Bundle.main.executablePath else { return nil }
        #endif
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileStamp(status).numbers.map(String.init).joined(separator: " ")
    }()
}
