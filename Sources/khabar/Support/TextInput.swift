import ArgumentParser
import Foundation

/// Reading the text a command works on: a file, or stdin for `-` or no path.
enum TextInput {
    /// Bytes of `path` (`nil` or `-` reads stdin).
    /// - Throws: exit 66 when the file does not exist, 1 when it cannot be read.
    static func bytes(_ path: String?) throws -> [UInt8] {
        if path == nil || path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        let p = path!
        guard FileManager.default.fileExists(atPath: p) else {
            stderrLine("khabar: no such file: \(p)")
            throw KhabarExit.missingFile
        }
        guard let data = FileManager.default.contents(atPath: p) else {
            stderrLine("khabar: cannot read \(p)")
            throw ExitCode.failure
        }
        return Array(data)
    }

    /// UTF-8 text of `path`.
    /// - Throws: exit 65 naming the byte offset of the first invalid UTF-8 sequence.
    static func utf8Text(_ path: String?) throws -> String {
        let b = try bytes(path)
        if let offset = firstInvalidUTF8Offset(b) {
            stderrLine("khabar: \(path ?? "stdin") is not valid UTF-8: invalid byte 0x\(String(b[offset], radix: 16, uppercase: true)) at byte offset \(offset)")
            throw KhabarExit.badInput
        }
        return String(decoding: b, as: UTF8.self)
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8Offset(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let len: Int
            var minValue: UInt32
            switch c {
            case 0xC2...0xDF: len = 2; minValue = 0x80
            case 0xE0...0xEF: len = 3; minValue = 0x800
            case 0xF0...0xF4: len = 4; minValue = 0x10000
            default: return i
            }
            guard i + len <= n else { return i }
            var v = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1..<len {
                let cc = b[i + k]
                guard cc & 0xC0 == 0x80 else { return i }
                v = (v << 6) | UInt32(cc & 0x3F)
            }
            if v < minValue || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { return i }
            i += len
        }
        return nil
    }
}

/// Writes a line to standard error.
func stderrLine(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}

/// Whether standard error is a terminal (progress is shown only then).
var stderrIsTerminal: Bool { isatty(2) != 0 }
