/// Turns a page's bytes, in whatever encoding they came, into UTF-8.
///
/// The charset is found, in order, from a byte-order mark, the HTTP content type, a
/// `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 4 KB (a byte scan like
/// the HTML standard's prescan, not an HTML parse), and finally from the bytes themselves:
/// valid UTF-8 is UTF-8; otherwise runs of upper-half bytes (Arabic words) mean windows-1256
/// and isolated ones (accented Latin letters) windows-1252. Undecodable bytes become U+FFFD
/// and a warning.
struct PageDecoder: Sendable {
    /// The outcome of decoding.
    struct Decoded {
        /// The text as UTF-8 (or, for `.other` charsets, the original bytes).
        var bytes: [UInt8]
        /// The charset the bytes were read as.
        var charset: Charset
        /// True when `bytes` are still in `charset` and libxml2 must convert them.
        var needsLibXMLDecoding: Bool
        /// What was odd.
        var warnings: [String]
    }

    /// Decodes `bytes`; throws `.binaryData` for what is not text.
    func decode(_ bytes: [UInt8], contentType: String?) throws(ExtractionError) -> Decoded {
        // Byte-order marks.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Self.decodeUTF8(bytes[3...], declared: .utf8, warnings: [])
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return Self.decodeUTF16(bytes[2...], littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Self.decodeUTF16(bytes[2...], littleEndian: false) }

        try Self.rejectBinary(bytes)

        var declared: Charset?
        if let ct = contentType, let label = Self.charsetParameter(in: Array(ct.utf8)) {
            declared = Charset(label: label)
        }
        if declared == nil, let label = Self.metaCharset(in: bytes) {
            declared = Charset(label: label)
        }
        var warnings: [String] = []
        switch declared {
        case .utf8?:
            return Self.decodeUTF8(bytes[...], declared: .utf8, warnings: [])
        case .windows1256?:
            return Self.decodeSingleByte(bytes, .windows1256, warnings: [])
        case .iso8859_6?:
            return Self.decodeSingleByte(bytes, .iso8859_6, warnings: [])
        case .windows1252?:
            // Pages labelled Latin-1 are often UTF-8 in fact; trust the bytes when they are valid UTF-8
            // with at least one multi-byte sequence.
            if Self.isValidUTF8WithMultibyte(bytes) {
                return Decoded(bytes: bytes, charset: .utf8, needsLibXMLDecoding: false,
                               warnings: ["the page declares windows-1252/ISO-8859-1 but is valid UTF-8; read as UTF-8"])
            }
            return Self.decodeSingleByte(bytes, .windows1252, warnings: [])
        case .utf16LE?, .utf16BE?:
            // A UTF-16 label on bytes without NULs is a mislabel: read as UTF-8.
            warnings.append("the page declares UTF-16 but has no byte-order mark; read as UTF-8")
            return Self.decodeUTF8(bytes[...], declared: .utf8, warnings: warnings)
        case .other(let name)?:
            if Self.isValidUTF8WithMultibyte(bytes) {
                return Decoded(bytes: bytes, charset: .utf8, needsLibXMLDecoding: false, warnings: [])
            }
            return Decoded(bytes: bytes, charset: .other(name), needsLibXMLDecoding: true, warnings: [])
        case nil:
            if String(validating: bytes, as: UTF8.self) != nil {
                return Decoded(bytes: bytes, charset: .utf8, needsLibXMLDecoding: false, warnings: [])
            }
            let guess = Self.guessSingleByte(bytes)
            return Self.decodeSingleByte(bytes, guess, warnings: [
                "no charset declared and the bytes are not UTF-8; guessed \(guess.name)"
            ])
        }
    }

    // MARK: - Decoders

    static func decodeSingleByte(_ bytes: [UInt8], _ page: SingleByteCodePage, warnings: [String]) -> Decoded {
        let (utf8, undefined) = bytes.withUnsafeBufferPointer { page.decode($0) }
        var w = warnings
        if undefined > 0 { w.append("\(undefined) bytes undefined in \(page.name) were replaced with U+FFFD") }
        let cs: Charset = page.name == "windows-1256" ? .windows1256 : page.name == "ISO-8859-6" ? .iso8859_6 : .windows1252
        return Decoded(bytes: utf8, charset: cs, needsLibXMLDecoding: false, warnings: w)
    }

    static func decodeUTF8(_ bytes: ArraySlice<UInt8>, declared: Charset, warnings: [String]) -> Decoded {
        let (out, invalid) = repairUTF8(bytes)
        var w = warnings
        if invalid > 0 { w.append("\(invalid) invalid UTF-8 sequences were replaced with U+FFFD") }
        return Decoded(bytes: out, charset: declared, needsLibXMLDecoding: false, warnings: w)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (a | b << 8) : (a << 8 | b))
            i += 2
        }
        let s = String(decoding: units, as: UTF16.self)
        return Decoded(bytes: Array(s.utf8), charset: littleEndian ? .utf16LE : .utf16BE, needsLibXMLDecoding: false, warnings: [])
    }

    /// Copies `bytes`, replacing each maximal invalid UTF-8 subsequence with U+FFFD.
    static func repairUTF8(_ bytes: ArraySlice<UInt8>) -> (utf8: [UInt8], invalid: Int) {
        if String(validating: bytes, as: UTF8.self) != nil { return (Array(bytes), 0) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 16)
        var invalid = 0
        var it = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): appendUTF8(s.value, to: &out)
            case .emptyInput: break loop
            case .error: appendUTF8(0xFFFD, to: &out); invalid += 1
            }
        }
        return (out, invalid)
    }

    static func isValidUTF8WithMultibyte(_ bytes: [UInt8]) -> Bool {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return false }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    /// windows-1256 when most upper-half bytes stand next to another one (Arabic words),
    /// windows-1252 otherwise (accents inside Latin words).
    static func guessSingleByte(_ bytes: [UInt8]) -> SingleByteCodePage {
        var high = 0, paired = 0
        var prevHigh = false
        for b in bytes.prefix(65536) {
            let h = b >= 0xC0
            if h { high += 1; if prevHigh { paired += 1 } }
            prevHigh = h
        }
        return high > 0 && paired * 2 >= high ? .windows1256 : .windows1252
    }

    /// Refuses bytes that are not text: known binary signatures, NUL bytes, many control bytes.
    static func rejectBinary(_ bytes: [UInt8]) throws(ExtractionError) {
        let head = bytes.prefix(8192)
        let signatures: [([UInt8], String)] = [
            ([0x25, 0x50, 0x44, 0x46], "a PDF file"), ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0x1F, 0x8B], "gzip data: decompress it first"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"), ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ]
        for (sig, what) in signatures where head.starts(with: sig) {
            throw .binaryData(reason: what)
        }
        var nul = 0, control = 0
        for b in head {
            if b == 0 { nul += 1 } else if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { control += 1 }
        }
        if nul > 0 { throw .binaryData(reason: "\(nul) NUL bytes in the first \(head.count) bytes") }
        if control * 10 > head.count { throw .binaryData(reason: "\(control) control bytes in the first \(head.count) bytes") }
    }

    // MARK: - Declarations

    /// The value of a `charset=` parameter in `bytes` (a content type or a meta tag's content).
    static func charsetParameter(in bytes: [UInt8]) -> String? {
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count <= bytes.count {
            if matchesLowercased(bytes, at: i, key) {
                var j = i + key.count
                while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x22 || bytes[j] == 0x27 { j += 1 }
                    var k = j
                    while k < bytes.count, Self.isLabelByte(bytes[k]) { k += 1 }
                    if k > j { return String(decoding: bytes[j..<k], as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }

    /// The charset a `<meta>` tag in the first 4 KB declares.
    static func metaCharset(in bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096))
        let meta = Array("<meta".utf8)
        var i = 0
        while i + meta.count < head.count {
            if matchesLowercased(head, at: i, meta) {
                var end = i + meta.count
                while end < head.count, head[end] != UInt8(ascii: ">") { end += 1 }
                if let label = charsetParameter(in: Array(head[i..<end])) { return label }
                i = end
            }
            i += 1
        }
        return nil
    }

    static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
    }

    static func matchesLowercased(_ bytes: [UInt8], at i: Int, _ key: [UInt8]) -> Bool {
        guard i + key.count <= bytes.count else { return false }
        for k in 0..<key.count {
            var b = bytes[i + k]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != key[k] { return false }
        }
        return true
    }
}
