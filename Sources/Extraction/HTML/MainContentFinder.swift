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
        var cache: [String: BoilerplateHints] = [:]
        for i in 0..<n where tags[i] != .text && !tree.hint[i].isEmpty {
            let h = tree.hint[i]
            if let known = cache[h] { hints[i] = known; continue }
            let made = BoilerplateHints(h)
            cache[h] = made
            hints[i] = made
        }

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
        // A single paragraph is never the whole article: widen to its container while the
        // container is not much worse.
        while [.p, .li, .td, .pre, .blockquote, .dd].contains(tags[top]) {
            let p = Int(parent[top])
            guard p >= 0, p != bodyIndex, value[p] >= Self.widen * value[top] else { break }
            top = p
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
        for level in 0..<Self.leadLevels {
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
                for k in l..<Int(end[l]) where dropped[k] && !pruned.contains(where: { $0 > l && $0 <= k && k < Int(end[$0]) }) {
                    dropped[k] = false
                }
            }
            roots = kept + roots.filter { r in !kept.contains { r >= $0 && r < Int(end[$0]) } }
            roots.sort()
            stats = measure(dropped: dropped)
        }
        if Self.debug { FileHandleDebug.print("roots \(roots) leads \(leads)") }
        return Result(paragraphs: collect(roots: roots, dropped: &dropped, eff: stats.eff, link: stats.link,
                                          commas: stats.commas, hints: hints),
                      pruned: pruned, roots: roots)
    }

    /// A block is prose from this many letters on…
    static let pMin: Int32 = 30
    /// …when less than this share of it is link text.
    static let pLD = 0.35
    /// Weight of link letters against a subtree.
    static let pLink = 1.0
    /// Weight of letters in short, non-link blocks (headings, labels, dates) against a subtree.
    static let pShort = 0.25
    /// How many ancestors of the chosen block are searched for a lead paragraph.
    static let leadLevels = 4
    /// A single chosen paragraph widens to its container while the container keeps this share of its value.
    static let widen = 0.5
    /// Set `KHABAR_DEBUG` to print candidates and pruned boxes to stderr.
    static let debug = getenv("KHABAR_DEBUG") != nil
}
