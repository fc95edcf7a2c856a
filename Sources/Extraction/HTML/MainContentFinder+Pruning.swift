// Step 1: setting boilerplate subtrees aside.

extension MainContentFinder {
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
}
