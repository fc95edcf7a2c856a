import CZlib

/// Why gzip data could not be inflated.
public struct GzipError: Error, CustomStringConvertible {
    public let code: Int32
    public var description: String { "the file is not valid gzip or zlib data (zlib error \(code)): check that it is a .gz file" }
}

/// Inflates gzip (or zlib) data with zlib, detecting the header (`windowBits` 15 + 32).
public enum Gzip {
    /// The inflated bytes of `input`.
    /// - Throws: `GzipError` when the data is not gzip or zlib.
    public static func inflate(_ input: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        var status = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw GzipError(code: status) }
        defer { inflateEnd(&stream) }
        var output = [UInt8]()
        output.reserveCapacity(input.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        try input.withUnsafeBufferPointer { inBuf in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = UInt32(inBuf.count)
            repeat {
                try chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(outBuf.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    guard status == Z_OK || status == Z_STREAM_END else { throw GzipError(code: status) }
                    output.append(contentsOf: outBuf[0..<(outBuf.count - Int(stream.avail_out))])
                }
            } while status != Z_STREAM_END && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        return output
    }
}
