/// Cuts text into tokens, each with its span in the original string.
///
/// Rules, in the order they are tried at each position:
/// - URLs (`http://`, `https://`, `www.`) run to the next space or quotation mark, trailing
///   punctuation excluded; Arabic letters in a path stay in the URL.
/// - E-mail addresses; hashtags (`#` then letters, digits, `_`); mentions (`@` then ASCII).
/// - Arabic words: letters with their harakat, tatweel and invisible format characters.
///   Tatweel never splits a word (`بـالضغط`). A one-letter proclitic cut off by tatweel and a
///   space (`بـ الضغط`, `لـ عربي21`) is joined to the next word: one token spanning both.
/// - Numbers: digits of any of the three digit sets, with inner `.`, `,`, `٫`, `٬` before a
///   digit (`2.5`, `1,000`). Letters then digits are two tokens (`عربي21` → `عربي`, `21`).
/// - Latin and other-script words (inner apostrophes kept: `don't`).
/// - Quotation marks one by one; other punctuation grouped in runs of the same mark (`...`).
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [Token] {
        let decoded = DecodedText()
        decoded.load(text)
        var tokens: [Token] = []
        tokenize(decoded) { tokens.append($0) }
        return tokens
    }

    /// Tokenizes an already decoded text, handing each token to `body`.
    func tokenize(_ d: DecodedText, _ body: (Token) -> Void) {
        let n = d.count
        var i = 0
        var lineBreak = false
        d.values.withUnsafeBufferPointer { vals in
            d.classes.withUnsafeBufferPointer { cls in
                func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
                    body(Token(kind: kind, scalars: start..<end, utf8: d.byteOffsets[start]..<d.byteOffsets[end],
                               followsLineBreak: lineBreak))
                    lineBreak = false
                }
                while i < n {
                    let c = cls[i]
                    switch c {
                    case .space, .ignorable:
                        i += 1
                    case .lineBreak:
                        lineBreak = true
                        i += 1
                    case .arabicLetter, .arabicMark, .tatweel:
                        var j = arabicWordEnd(cls, from: i, n)
                        if let joined = joinedProclitic(vals, cls, start: i, end: j, n) { j = joined }
                        emit(.arabicWord, i, j)
                        i = j
                    case .digit:
                        if let e = emailEnd(vals, from: i, n) { emit(.email, i, e); i = e; continue }
                        let j = numberEnd(vals, cls, from: i, n)
                        emit(.number, i, j)
                        i = j
                    case .latinLetter:
                        if let e = urlEnd(vals, cls, from: i, n) { emit(.url, i, e); i = e; continue }
                        if let e = emailEnd(vals, from: i, n) { emit(.email, i, e); i = e; continue }
                        let j = latinWordEnd(vals, cls, from: i, n, letter: .latinLetter)
                        emit(.latinWord, i, j)
                        i = j
                    case .otherLetter, .otherMark:
                        let j = latinWordEnd(vals, cls, from: i, n, letter: .otherLetter)
                        emit(.otherWord, i, j)
                        i = j
                    case .quote:
                        emit(.quote, i, i + 1)
                        i += 1
                    case .punctuation:
                        let v = vals[i]
                        if v == 0x23, i + 1 < n, isHashtagScalar(cls[i + 1], vals[i + 1]) {  // #
                            var j = i + 1
                            while j < n && isHashtagScalar(cls[j], vals[j]) { j += 1 }
                            emit(.hashtag, i, j)
                            i = j
                        } else if v == 0x40, i + 1 < n, isMentionScalar(vals[i + 1]) {  // @
                            var j = i + 1
                            while j < n && isMentionScalar(vals[j]) { j += 1 }
                            emit(.mention, i, j)
                            i = j
                        } else {
                            var j = i + 1
                            while j < n && vals[j] == v { j += 1 }
                            emit(.punctuation, i, j)
                            i = j
                        }
                    }
                }
            }
        }
    }

    // MARK: - Pieces

    private func arabicWordEnd(_ cls: UnsafeBufferPointer<ScalarClass>, from i: Int, _ n: Int) -> Int {
        var j = i + 1
        while j < n && cls[j].continuesArabicWord { j += 1 }
        while j > i + 1 && cls[j - 1] == .ignorable { j -= 1 }
        return j
    }

    /// `بـ الضغط`: a single proclitic letter closed by tatweel, then spaces, then an Arabic word.
    /// Returns the end of the joined token, or nil.
    private func joinedProclitic(
        _ vals: UnsafeBufferPointer<UInt32>, _ cls: UnsafeBufferPointer<ScalarClass>, start: Int, end: Int, _ n: Int
    ) -> Int? {
        var letter: UInt32 = 0
        var letters = 0
        var lastIsTatweel = false
        for k in start..<end {
            switch cls[k] {
            case .arabicLetter: letters += 1; letter = vals[k]; lastIsTatweel = false
            case .tatweel: lastIsTatweel = true
            case .arabicMark: break
            default: break
            }
        }
        guard letters == 1, lastIsTatweel, Tokenizer.tatweelProclitics.contains(letter) else { return nil }
        var j = end
        var spaces = 0
        while j < n && cls[j] == .space && spaces < 3 { j += 1; spaces += 1 }
        guard spaces > 0, j < n, cls[j] == .arabicLetter else { return nil }
        return arabicWordEnd(cls, from: j, n)
    }

    /// ب ل ك و ف: the proclitics writers separate with tatweel.
    static let tatweelProclitics: Set<UInt32> = [0x0628, 0x0644, 0x0643, 0x0648, 0x0641]

    private func numberEnd(_ vals: UnsafeBufferPointer<UInt32>, _ cls: UnsafeBufferPointer<ScalarClass>, from i: Int, _ n: Int) -> Int {
        var j = i + 1
        while j < n {
            if cls[j] == .digit { j += 1; continue }
            let v = vals[j]
            if (v == 0x2E || v == 0x2C || v == 0x066B || v == 0x066C), j + 1 < n, cls[j + 1] == .digit {
                j += 2
                continue
            }
            break
        }
        return j
    }

    private func latinWordEnd(
        _ vals: UnsafeBufferPointer<UInt32>, _ cls: UnsafeBufferPointer<ScalarClass>, from i: Int, _ n: Int, letter: ScalarClass
    ) -> Int {
        var j = i + 1
        while j < n {
            let c = cls[j]
            if c == letter || c == .otherMark || c == .digit || (letter == .otherLetter && c == .latinLetter) {
                j += 1
                continue
            }
            // An apostrophe between letters belongs to the word: don't, l'homme.
            let v = vals[j]
            if (v == 0x27 || v == 0x2019), j + 1 < n, cls[j + 1] == letter, cls[j - 1] == letter {
                j += 2
                continue
            }
            break
        }
        return j
    }

    private func isHashtagScalar(_ c: ScalarClass, _ v: UInt32) -> Bool {
        switch c {
        case .arabicLetter, .arabicMark, .tatweel, .latinLetter, .otherLetter, .otherMark, .digit: return true
        default: return v == 0x5F  // _
        }
    }

    private func isMentionScalar(_ v: UInt32) -> Bool {
        (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
    }

    private func urlEnd(_ vals: UnsafeBufferPointer<UInt32>, _ cls: UnsafeBufferPointer<ScalarClass>, from i: Int, _ n: Int) -> Int? {
        func lower(_ k: Int) -> UInt32 {
            let v = vals[k]
            return (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v
        }
        func hasPrefix(_ p: String) -> Bool {
            var k = i
            for u in p.utf8 {
                guard k < n, lower(k) == UInt32(u) else { return false }
                k += 1
            }
            return true
        }
        let prefixLength: Int
        if hasPrefix("https://") { prefixLength = 8 } else if hasPrefix("http://") { prefixLength = 7 } else if hasPrefix("www.") {
            prefixLength = 4
        } else { return nil }
        var j = i + prefixLength
        while j < n {
            let c = cls[j]
            if c == .space || c == .lineBreak || c == .quote { break }
            let v = vals[j]
            if v == 0x3C || v == 0x3E || v == 0x060C { break }  // < > ،
            j += 1
        }
        // Trailing punctuation belongs to the sentence, not the address.
        while j > i + prefixLength {
            let v = vals[j - 1]
            if v == 0x2E || v == 0x2C || v == 0x3B || v == 0x3A || v == 0x21 || v == 0x3F || v == 0x29 || v == 0x5D
                || v == 0x061B || v == 0x061F
            {
                j -= 1
            } else { break }
        }
        return j > i + prefixLength ? j : nil
    }

    private func emailEnd(_ vals: UnsafeBufferPointer<UInt32>, from i: Int, _ n: Int) -> Int? {
        func isLocal(_ v: UInt32) -> Bool {
            isMentionScalar(v) || v == 0x2E || v == 0x25 || v == 0x2B || v == 0x2D
        }
        var j = i
        while j < n && isLocal(vals[j]) { j += 1 }
        guard j > i, j < n, vals[j] == 0x40 else { return nil }
        j += 1
        var labels = 0
        var labelStart = j
        while j < n {
            let v = vals[j]
            if isMentionScalar(v) && v != 0x5F || v == 0x2D { j += 1; continue }
            if v == 0x2E, j > labelStart, j + 1 < n, isMentionScalar(vals[j + 1]) {
                labels += 1
                j += 1
                labelStart = j
                continue
            }
            break
        }
        guard labels >= 1, j - labelStart >= 2 else { return nil }
        return j
    }
}
