/// Collapses runs of whitespace (ASCII spaces, tabs, line breaks, no-break spaces) into one
/// space, on UTF-8 bytes, counting the letters (non-space scalars) on the way.
struct TextCollapser {
    private var buffer: [UInt8] = []

    mutating func collapse(_ p: UnsafePointer<UInt8>) -> (text: String, letters: Int) {
        buffer.removeAll(keepingCapacity: true)
        var i = 0
        var letters = 0
        var lastSpace = false
        while true {
            let b = p[i]
            if b == 0 { break }
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                if !lastSpace { buffer.append(0x20); lastSpace = true }
                i += 1
                continue
            }
            if b == 0xC2 {
                if p[i + 1] == 0xA0 {
                    if !lastSpace { buffer.append(0x20); lastSpace = true }
                    i += 2
                    continue
                }
                if p[i + 1] == 0xAD { i += 2; continue } // soft hyphen
            }
            if b == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0x8B || p[i + 2] == 0x8C || p[i + 2] == 0x8D) {
                i += 3 // zero-width space, non-joiner, joiner
                continue
            }
            if b == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF { i += 3; continue } // BOM
            if b & 0xC0 != 0x80 { letters += 1 }
            buffer.append(b)
            lastSpace = false
            i += 1
        }
        return (String(decoding: buffer, as: UTF8.self), letters)
    }

    mutating func collapse(_ s: String) -> (text: String, letters: Int) {
        var s = s
        return s.withUTF8 { u in
            var copy = [UInt8](u)
            copy.append(0)
            return copy.withUnsafeBufferPointer { collapse($0.baseAddress!) }
        }
    }
}
