import Glibc

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
        let tags = tree.tag, parent = tree.parent, end = tree.end
        var bodyIndex = 0
        for i in 0..<n where tags[i] == .body { bodyIndex = i; break }

        var hints = [BoilerplateHints?](repeating: nil, count: n)
        for i in 0..<n where tags[i] != .text && !tree.hint[i].isEmpty { hints[i] = BoilerplateHints(tree.hint[i]) }

        // Prose per subtree before pruning, so that pruning never removes the article itself.
        var dropped = [Bool](repeating: false, count: n)
        var stats = measure(dropped: dropped)
        let stats0 = stats
        let prose0 = subtreeValue(stats, dropped: dropped, proseOnly: true)
        let totalProse = max(prose0[bodyIndex], 1)

        // 1. Prune. When pruning by class words took away most of the prose (live tickers
        // whose entries are "comments", a layout class that reads like "sidebar"), prune again
        // by tag and visibility only.
        var (pruned, value, stats2) = prune(strict: true, dropped: &dropped, hints: hints, prose0: prose0, totalProse: totalProse)
        func best(_ v: [Double], _ d: [Bool]) -> Double {
            var m = 0.0
            for k in 0..<n where !d[k] && tags[k] != .text && v[k] > m { m = v[k] }
            return m
        }
        let strictBest = best(value, dropped)
        if strictBest < 0.1 * totalProse {
            var lenientDropped = [Bool](repeating: false, count: n)
            let lenient = prune(strict: false, dropped: &lenientDropped, hints: hints, prose0: prose0, totalProse: totalProse)
            if best(lenient.1, lenientDropped) > 3 * strictBest {
                dropped = lenientDropped
                (pruned, value, stats2) = lenient
            }
        }
        stats = stats2
        if Self.debug {
            FileHandleDebug.print("nodes=\(n) body=\(bodyIndex) prose=\(totalProse)")
            for d in pruned.prefix(40) { FileHandleDebug.print("pruned \(d) \(tags[d]) [\(tree.hint[d].prefix(60))] prose=\(prose0[d])") }
        }

        // 2. Score: the subtree with the most prose, minus link text and short fragments.
        var top = bodyIndex
        var bestValue = -Double.infinity
        for c in 0..<n where !dropped[c] && tags[c] != .text {
            var v = value[c]
            if let h = hints[c], h.strongPositive, v > 0 { v *= 1.1 }
            if v > bestValue || (v == bestValue && c < Int(end[top])) { bestValue = v; top = c }
        }
        if Self.debug {
            FileHandleDebug.print("top \(top) \(tags[top]) [\(tree.hint[top].prefix(60))] value=\(bestValue)")
        }

        // 3. Intro paragraphs just before the top: a lead, abstract or teaser that pages put
        // outside the body box (often inside the article's header), found by its class words
        // (`lead`, `intro`, `abstract`, `excerpt`, `teaser`, `summary`, `standfirst`, …) or as
        // a prose sibling of the top or its parent.
        var roots = [top]
        var anchor = top
        var leads: [Int] = []
        for level in 0..<4 {
            let p = Int(parent[anchor])
            guard p >= 0, p != bodyIndex, tags[p] != .html else { break }
            var c = p + 1
            var before: [Int] = []
            while c < anchor {
                if tags[c] != .text, Int(end[c]) <= top, !(hints[c]?.hidden ?? false),
                   stats0.eff[c] >= 40, stats0.link[c] * 5 < stats0.eff[c] {
                    if Self.isLeadHint(tree.hint[c]) {
                        leads.append(c)
                        c = Int(end[c])
                        continue
                    }
                    if level < 2, !dropped[c], value[c] > 60, stats.link[c] * 5 < stats.eff[c] {
                        before.append(c)
                        c = Int(end[c])
                        continue
                    }
                }
                // Look inside containers (a dropped header) for a lead.
                c += 1
            }
            roots.insert(contentsOf: before, at: 0)
            anchor = p
        }
        if !leads.isEmpty {
            leads.sort()
            var kept: [Int] = []
            for l in leads where !kept.contains(where: { l < Int(end[$0]) && l > $0 }) && !roots.contains(l) { kept.append(l) }
            for l in kept {
                // A lead set aside by pruning (inside a header) comes back, but not its own boilerplate.
                for k in l..<Int(end[l]) where dropped[k] && !pruned.contains(where: { $0 >= l && $0 <= k && $0 < Int(end[l]) }) {
                    dropped[k] = false
                }
            }
            roots = kept + roots.filter { r in !kept.contains { r >= $0 && r < Int(end[$0]) } }
            roots.sort()
            stats = measure(dropped: dropped)
        }
        return Result(paragraphs: collect(roots: roots, dropped: &dropped, eff: stats.eff, link: stats.link,
                                          commas: stats.commas, hints: hints),
                      pruned: pruned, roots: roots)
    }

    private static let leadWords: Set<Substring> = [
        "lead", "intro", "abstract", "excerpt", "teaser", "summary", "standfirst", "deck", "dek", "chapo",
        "chapeau", "sapo", "vorspann", "subhead", "subheadline", "lede",
        "introduction", "leadtext", "article-lead", "bodytext-lead",
    ]

    /// Whether class words name a lead paragraph (`article__abstract`, `c-page-intro__copy`).
    static func isLeadHint(_ hint: String) -> Bool {
        guard !hint.isEmpty else { return false }
        for bad in ["caption", "image", "img", "photo", "figure", "media", "credit", "related", "teaser-list", "teasers"]
        where hint.containsBytes(bad) {
            return false
        }
        for token in hint.split(separator: " ") {
            for part in token.split(whereSeparator: { $0 == "-" || $0 == "_" }) where leadWords.contains(part) {
                return true
            }
        }
        return false
    }

    /// Sets boilerplate subtrees aside: by tag (`nav`, `aside`, `footer`, `header`, `form`,
    /// `figcaption`), visibility, and — when `strict` — class words. A subtree holding more
    /// than a quarter of the page's prose (half, for hidden ones) is kept whatever it says.
    func prune(strict: Bool, dropped: inout [Bool], hints: [BoilerplateHints?], prose0: [Double],
               totalProse: Double) -> ([Int], [Double], Stats) {
        let n = tree.count, tags = tree.tag, end = tree.end
        var pruned: [Int] = []
        var i = 0
        while i < n {
            let t = tags[i]
            if t == .text { i += 1; continue }
            let h = hints[i] ?? BoilerplateHints("")
            var drop = false
            switch t {
            case .nav, .aside, .footer, .header, .form, .menu, .figcaption:
                drop = !h.strongPositive
            case .html, .body, .main, .p, .h1, .h2, .h3, .h4, .h5, .h6:
                drop = false
            default:
                drop = ((strict && h.negative) || h.hidden) && !h.strongPositive
            }
            if drop {
                let share = prose0[i] / totalProse
                if share > (h.hidden ? 0.5 : 0.25) { drop = false }
            }
            if drop {
                pruned.append(i)
                let e = Int(end[i])
                for k in i..<e { dropped[k] = true }
                i = e
            } else {
                i += 1
            }
        }
        let stats = measure(dropped: dropped)
        return (pruned, subtreeValue(stats, dropped: dropped, proseOnly: false), stats)
    }

    /// Letters, link letters and commas, per node and per paragraph block.
    struct Stats {
        var eff: [Int32]
        var link: [Int32]
        var own: [Int32]
        var ownLink: [Int32]
        var commas: [Int32]
    }

    func measure(dropped: [Bool]) -> Stats {
        let n = tree.count
        let tags = tree.tag, parent = tree.parent, letters = tree.letters
        var inLink = [Bool](repeating: false, count: n)
        var blockOf = [Int32](repeating: -1, count: n)
        var st = Stats(eff: .init(repeating: 0, count: n), link: .init(repeating: 0, count: n),
                       own: .init(repeating: 0, count: n), ownLink: .init(repeating: 0, count: n),
                       commas: .init(repeating: 0, count: n))
        for i in 0..<n where !dropped[i] {
            let p = Int(parent[i])
            let t = tags[i]
            inLink[i] = t == .a || (p >= 0 && inLink[p])
            blockOf[i] = (t.isBlock || t == .td || t == .th) ? Int32(i) : (p >= 0 ? blockOf[p] : -1)
            if t == .text {
                let b = Int(blockOf[i])
                if b >= 0 {
                    st.own[b] += letters[i]
                    if inLink[i] { st.ownLink[b] += letters[i] }
                    st.commas[b] += Int32(Self.commaCount(tree.text[i]))
                }
            }
        }
        for i in stride(from: n - 1, through: 0, by: -1) where !dropped[i] {
            if tags[i] == .text {
                st.eff[i] = letters[i]
                if inLink[i] { st.link[i] = letters[i] }
            }
            let p = Int(parent[i])
            if p >= 0 { st.eff[p] += st.eff[i]; st.link[p] += st.link[i] }
        }
        return st
    }

    /// Per subtree: prose letters (blocks of 30+ letters with under 35% link text), less link
    /// text and a quarter of other short text unless `proseOnly`.
    func subtreeValue(_ st: Stats, dropped: [Bool], proseOnly: Bool) -> [Double] {
        let n = tree.count
        var value = [Double](repeating: 0, count: n)
        for b in 0..<n where !dropped[b] && st.own[b] > 0 {
            let o = Double(st.own[b]), l = Double(st.ownLink[b])
            var v: Double
            if st.own[b] >= 30 && l / o < 0.35 && !tree.tag[b].isHeading {
                v = (o - l) * (1 + min(Double(st.commas[b]), 5) * 0.05) - (proseOnly ? 0 : l)
            } else {
                v = proseOnly ? 0 : -l - 0.25 * (o - l)
            }
            if v != 0 { value[b] += v }
        }
        for i in stride(from: n - 1, through: 1, by: -1) where !dropped[i] {
            let p = Int(tree.parent[i])
            if p >= 0 { value[p] += value[i] }
        }
        return value
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
        // A heading whose section was all links or boilerplate (cleaned away) heads nothing.
        var kept: [Paragraph] = []
        for (k, p) in out.enumerated() {
            if p.tag.isHeading {
                let next = k + 1 < out.count ? out[k + 1] : nil
                if next == nil || next!.tag.isHeading { continue }
            }
            kept.append(p)
        }
        out = kept
        return out.filter { p in
            let ld = Double(p.linkLetters) / Double(max(p.letters, 1))
            if ld > 0.6 && p.letters < 200 && p.tag != .p { return false }
            if ld >= 0.9 && p.letters < 100 && !p.text.containsBytes("://") && !p.text.containsBytes("www.") { return false }
            return true
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
            if ld > 0.25 && letters < 150 && t != .span { return true }
            return false
        default:
            return false
        }
    }

    static let debug = getenv("KHABAR_DEBUG") != nil
    static let strategy = getenv("KHABAR_STRATEGY").map { atoi($0) } ?? 1

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
