import CZlib
import Foundation

/// Reads a file line by line in constant memory, inflating it on the fly when it is gzip'ed
/// (detected from the magic bytes, not the name; concatenated gzip members are read through).
public final class LineReader {
    /// Why a file could not be read.
    public enum ReadError: Error, CustomStringConvertible {
        case cannotOpen(String)
        case corruptGzip(String, Int32)

        public var description: String {
            switch self {
            case .cannotOpen(let p): return "cannot open \(p)"
            case .corruptGzip(let p, let code): return "\(p) is not a valid gzip stream (zlib error \(code))"
            }
        }
    }

    private let handle: FileHandle
    private let path: String
    private var isGzip = false
    private var stream = z_stream()
    private var streamOpen = false
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var input: [UInt8] = []
    private var eof = false
    private static let chunk = 1 << 16
    /// Bytes read from the file so far (compressed bytes for gzip), for progress.
    public private(set) var bytesRead = 0

    /// Opens `path` (`-` for stdin).
    /// - Throws: `ReadError.cannotOpen` when the file cannot be opened.
    public init(path: String) throws {
        self.path = path
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else { throw ReadError.cannotOpen(path) }
            handle = h
        }
        input = Array(handle.readData(ofLength: LineReader.chunk))
        bytesRead = input.count
        if input.count >= 2 && input[0] == 0x1F && input[1] == 0x8B {
            isGzip = true
            try openStream()
        } else {
            pending = input
            input = []
        }
    }

    deinit {
        if streamOpen { inflateEnd(&stream) }
        if path != "-" { try? handle.close() }
    }

    private func openStream() throws {
        stream = z_stream()
        let rc = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else { throw ReadError.corruptGzip(path, rc) }
        streamOpen = true
    }

    /// The next line without its terminator (`\n` or `\r\n`), or nil at the end.
    /// - Throws: `ReadError.corruptGzip` on a damaged stream.
    public func nextLine() throws -> [UInt8]? {
        while true {
            if let nl = pending[pendingStart...].firstIndex(of: 0x0A) {
                var end = nl
                if end > pendingStart && pending[end - 1] == 0x0D { end -= 1 }
                let line = Array(pending[pendingStart..<end])
                pendingStart = nl + 1
                if pendingStart > 1 << 20 {
                    pending.removeFirst(pendingStart)
                    pendingStart = 0
                }
                return line
            }
            if eof {
                guard pendingStart < pending.count else { return nil }
                let line = Array(pending[pendingStart...])
                pendingStart = pending.count
                return line
            }
            try fill()
        }
    }

    /// The next line decoded as UTF-8 (invalid bytes replaced), or nil at the end.
    public func nextString() throws -> String? {
        try nextLine().map { String(decoding: $0, as: UTF8.self) }
    }

    private func fill() throws {
        if !isGzip {
            let data = handle.readData(ofLength: LineReader.chunk)
            bytesRead += data.count
            if data.isEmpty { eof = true } else { pending.append(contentsOf: data) }
            return
        }
        if input.isEmpty {
            let data = handle.readData(ofLength: LineReader.chunk)
            bytesRead += data.count
            if data.isEmpty { eof = true; return }
            input = Array(data)
        }
        var out = [UInt8](repeating: 0, count: LineReader.chunk * 4)
        var produced = 0
        var consumed = 0
        var rc: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                rc = inflate(&stream, Z_NO_FLUSH)
                consumed = inBuf.count - Int(stream.avail_in)
                produced = outBuf.count - Int(stream.avail_out)
            }
        }
        input.removeFirst(consumed)
        pending.append(contentsOf: out[0..<produced])
        switch rc {
        case Z_OK, Z_BUF_ERROR:
            break
        case Z_STREAM_END:
            // Another gzip member may follow.
            inflateReset(&stream)
            if input.isEmpty {
                let data = handle.readData(ofLength: LineReader.chunk)
                bytesRead += data.count
                if data.isEmpty { eof = true } else { input = Array(data) }
            }
        default:
            throw ReadError.corruptGzip(path, rc)
        }
    }
}
