/// Finds an HTML page's main text and returns it as paragraphs.
///
/// 1. **Prune.** Subtrees that are boilerplate by tag (`nav`, `aside`, `footer`, `header`,
///    `form`) or by class/id words (`BoilerplateHints`) are set aside — unless they hold most
///    of the page's text (a `has-sidebar` body class, a layout wrapper) or say they are the body.
/// 2. **Score.** Every block with enough text is a paragraph; its score (1 + commas + length,
///    damped by its share of link text) goes to its ancestors, decaying with distance. A
///    candidate's score is then damped by its own link density and shifted by its hints.
/// 3. **Choose.** The best candidate, moved up while its parent scores higher, plus those
///    siblings that score close to it or read as prose.
/// 4. **Clean.** Inside the choice, link lists and link-heavy boxes are dropped; what is left is
///    split into paragraphs at block boundaries.
struct MainContentFinder {
    let tree: HTMLTree

    /// One paragraph of output and the facts used to judge it.
    struct Paragraph {
        var text: String
        var letters: Int
        var linkLetters: Int
        var tag: HTMLTag
    }

    /// The outcome.
    struct Result {
        var paragraphs: [Paragraph]
        /// Node indices of the pruned boilerplate subtrees (for teaser detection).
        var pruned: [Int]
        /// The chosen content roots.
        var roots: [Int]
    }

    func find() -> Result {
        let n = tree.count
        guard n > 0 else { return Result(paragraphs: [], pruned: [], roots: []) }
        let tags = tree.tag, parent = tree.parent, end = tree.end, letters = tree.letters

        // Raw letters per subtree.
        var raw = [Int32](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            if tags[i] == .text { raw[i] = letters[i] }
            let p = Int(parent[i])
            if p >= 0 { raw[p] += raw[i] }
        }
        var bodyIndex = 0
        for i in 0..<n where tags[i] == .body { bodyIndex = i; break }
        let total = max(Int(raw[bodyIndex]), 1)

        // 1. Prune.
        var dropped = [Bool](repeating: false, count: n)
        var hints = [BoilerplateHints?](repeating: nil, count: n)
        var pruned: [Int] = []
        var i = 0
        while i < n {
            let t = tags[i]
            if t == .text { i += 1; continue }
            let h = BoilerplateHints(tree.hint[i])
            hints[i] = h
            var drop = false
            switch t {
            case .nav, .aside, .footer, .header, .form, .menu:
                drop = !h.strongPositive
            case .html, .body, .main:
                drop = false
            default:
                drop = h.negative || h.hidden
            }
            if drop, !h.hidden, Int(raw[i]) * 2 > total, t != .nav { drop = false }
            if drop, t == .form, Int(raw[i]) * 3 > total { drop = false }
            if drop {
                pruned.append(i)
                let e = Int(end[i])
                for k in i..<e { dropped[k] = true }
                i = e
            } else {
                i += 1
            }
        }

        // Effective letters, link letters and commas; paragraph blocks.
        var inLink = [Bool](repeating: false, count: n)
        var blockOf = [Int32](repeating: -1, count: n)
        var eff = [Int32](repeating: 0, count: n)
        var link = [Int32](repeating: 0, count: n)
        var own = [Int32](repeating: 0, count: n)
        var ownLink = [Int32](repeating: 0, count: n)
        var commas = [Int32](repeating: 0, count: n)
        for i in 0..<n where !dropped[i] {
            let p = Int(parent[i])
            let t = tags[i]
            inLink[i] = t == .a || (p >= 0 && inLink[p])
            blockOf[i] = (t.isBlock || t == .td || t == .th) ? Int32(i) : (p >= 0 ? blockOf[p] : -1)
            if t == .text {
                let b = Int(blockOf[i])
                if b >= 0 {
                    own[b] += letters[i]
                    if inLink[i] { ownLink[b] += letters[i] }
                    commas[b] += Int32(Self.commaCount(tree.text[i]))
                }
            }
        }
        for i in stride(from: n - 1, through: 0, by: -1) where !dropped[i] {
            if tags[i] == .text {
                eff[i] = letters[i]
                if inLink[i] { link[i] = letters[i] }
            }
            let p = Int(parent[i])
            if p >= 0 { eff[p] += eff[i]; link[p] += link[i] }
        }

        // 2. Score.
        var score = [Double](repeating: 0, count: n)
        var scored = [Bool](repeating: false, count: n)
        for b in 0..<n where !dropped[b] && own[b] >= 25 {
            let t = tags[b]
            if t.isHeading || t == .text { continue }
            let ld = Double(ownLink[b]) / Double(max(own[b], 1))
            var s = 1 + Double(commas[b]) + min(Double(own[b]) / 100, 3)
            s *= (1 - ld)
            if s <= 0 { continue }
            var level = 0
            var a = (t == .p || t == .pre || t == .li || t == .dd || t == .blockquote) ? Int(parent[b]) : b
            if a != b { level = 0 }
            while a >= 0 && level < 6 {
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3
                score[a] += s / divider
                scored[a] = true
                a = Int(parent[a])
                level += 1
            }
        }
        var best = -1
        var bestScore = -Double.infinity
        var final = [Double](repeating: 0, count: n)
        for c in 0..<n where scored[c] && !dropped[c] {
            let ld = Double(link[c]) / Double(max(eff[c], 1))
            let w = hints[c]?.weight ?? 0
            final[c] = score[c] * (1 - ld) + w
            if tags[c] == .html || tags[c] == .body { final[c] -= 10 }
            if final[c] > bestScore { bestScore = final[c]; best = c }
        }
        guard best >= 0 else {
            return Result(paragraphs: collect(roots: [bodyIndex], dropped: &dropped, eff: eff, link: link, commas: commas, hints: hints),
                          pruned: pruned, roots: [bodyIndex])
        }

        // 3. Choose: walk up while the parent is at least as good.
        var top = best
        while true {
            let p = Int(parent[top])
            guard p >= 0, tags[p] != .body, tags[p] != .html, scored[p] else { break }
            if final[p] >= final[top] * 0.95 || eff[top] * 3 < eff[p] && final[p] > final[top] * 0.6 && Double(link[p]) / Double(max(eff[p], 1)) < 0.3 {
                top = p
            } else {
                break
            }
        }
        var roots: [Int] = []
        let p = Int(parent[top])
        if p >= 0 {
            let threshold = max(10, final[top] * 0.2)
            var c = p + 1
            while c < Int(end[p]) {
                defer { c = Int(end[c]) }
                if dropped[c] { continue }
                if c == top { roots.append(c); continue }
                if tags[c] == .text { continue }
                var append = false
                if scored[c] && final[c] >= threshold { append = true }
                if !append, tags[c] == .p || tags[c] == .div || tags[c] == .blockquote || tags[c] == .pre {
                    let ld = Double(link[c]) / Double(max(eff[c], 1))
                    if eff[c] > 80 && ld < 0.25 { append = true }
                    if eff[c] > 0 && eff[c] <= 80 && ld == 0 && Self.endsSentence(c, tree) { append = true }
                }
                if append { roots.append(c) }
            }
        } else {
            roots = [top]
        }
        return Result(paragraphs: collect(roots: roots, dropped: &dropped, eff: eff, link: link, commas: commas, hints: hints),
                      pruned: pruned, roots: roots)
    }

    // MARK: - 4. Clean and collect

    private func collect(roots: [Int], dropped: inout [Bool], eff: [Int32], link: [Int32], commas: [Int32],
                         hints: [BoilerplateHints?]) -> [Paragraph] {
        let tags = tree.tag, end = tree.end
        var out: [Paragraph] = []
        var buffer = ""
        var bufLetters = 0, bufLink = 0
        var bufTag = HTMLTag.p
        var inLinkUntil: [Int] = []

        func flush() {
            let t = buffer.trimmed
            if !t.isEmpty { out.append(Paragraph(text: t, letters: bufLetters, linkLetters: bufLink, tag: bufTag)) }
            buffer = ""
            bufLetters = 0
            bufLink = 0
        }

        for root in roots {
            var blockEnds: [Int] = []
            var i = root
            let stop = Int(end[root])
            bufTag = tags[root]
            while i < stop {
                while let last = blockEnds.last, last <= i { blockEnds.removeLast(); flush() }
                while let last = inLinkUntil.last, last <= i { inLinkUntil.removeLast() }
                if dropped[i] { i = Int(end[i]); continue }
                let t = tags[i]
                if t == .text {
                    buffer += tree.text[i]
                    bufLetters += Int(tree.letters[i])
                    if !inLinkUntil.isEmpty { bufLink += Int(tree.letters[i]) }
                    i += 1
                    continue
                }
                if i != root && shouldClean(i, eff: eff, link: link, commas: commas, hints: hints) {
                    i = Int(end[i])
                    continue
                }
                if t == .a { inLinkUntil.append(Int(end[i])) }
                if t.isBlock || t == .td || t == .th {
                    if t == .td || t == .th {
                        buffer += " "
                    } else {
                        flush()
                        bufTag = t
                        blockEnds.append(Int(end[i]))
                    }
                }
                i += 1
            }
            while blockEnds.popLast() != nil { flush() }
            flush()
        }
        return out.filter { p in
            let ld = Double(p.linkLetters) / Double(max(p.letters, 1))
            return !(ld > 0.6 && p.letters < 200 && p.tag != .p)
        }
    }

    /// Link lists, link-heavy boxes and image galleries inside the content.
    private func shouldClean(_ i: Int, eff: [Int32], link: [Int32], commas: [Int32], hints: [BoilerplateHints?]) -> Bool {
        let t = tree.tag[i]
        switch t {
        case .ul, .ol, .div, .section, .table, .dl, .figure, .center, .article, .span:
            let letters = Int(eff[i])
            if letters == 0 { return false }
            let ld = Double(link[i]) / Double(letters)
            if ld > 0.5 { return true }
            if ld > 0.3 && letters < 500 && t != .span { return true }
            return false
        default:
            return false
        }
    }

    static func commaCount(_ s: String) -> Int {
        var c = 0
        var prev: UInt8 = 0
        for b in s.utf8 {
            if b == 0x2C { c += 1 }                  // ,
            else if prev == 0xD8 && b == 0x8C { c += 1 } // ، U+060C
            else if prev == 0xBC && b == 0x8C { c += 1 } // ， U+FF0C (last bytes)
            else if prev == 0x80 && b == 0x81 { c += 1 } // 、 U+3001
            prev = b
        }
        return c
    }

    static func endsSentence(_ i: Int, _ tree: HTMLTree) -> Bool {
        var k = Int(tree.end[i]) - 1
        while k >= i {
            if tree.tag[k] == .text {
                let t = tree.text[k].trimmed
                if let l = t.unicodeScalars.last { return ".!?؟。".unicodeScalars.contains(l) }
            }
            k -= 1
        }
        return false
    }
}
