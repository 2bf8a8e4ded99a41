import Foundation

/// What the terminal around the command can show.
enum Terminal {
    /// Whether `descriptor` is a terminal that shows control sequences (`TERM` is not `dumb`).
    static func isInteractive(_ descriptor: Int32) -> Bool {
        isatty(descriptor) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Whether standard output is a terminal that wants colour (`NO_COLOR` unset).
    static var colorsStandardOutput: Bool {
        isInteractive(STDOUT_FILENO) && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
