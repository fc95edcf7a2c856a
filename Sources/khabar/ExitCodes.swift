import ArgumentParser

/// Exit codes of every command (DESIGN.md): sysexits' `EX_DATAERR` and `EX_NOINPUT`.
enum KhabarExit {
    /// Bad input data (invalid UTF-8, a page that cannot be read).
    static let badInput = ExitCode(65)
    /// A file named on the command line does not exist.
    static let missingFile = ExitCode(66)
}
