import Glibc

/// Debug lines to stderr, printed only when `KHABAR_DEBUG` is set.
enum FileHandleDebug {
    static func print(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
