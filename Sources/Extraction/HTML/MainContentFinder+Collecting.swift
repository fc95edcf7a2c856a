// Step 4: cleaning inside the chosen subtrees and cutting them into paragraphs.

extension MainContentFinder {

    func collect(roots: [Int], dropped: inout [Bool], eff: [Int32], link: [Int32], commas: [Int32],
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
                if t == .a && !isURLText(i) { inLinkUntil.append(Int(end[i])) }
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
    func shouldClean(_ i: Int, eff: [Int32], link: [Int32], commas: [Int32], hints: [BoilerplateHints?]) -> Bool {
        let t = tree.tag[i]
        switch t {
        case .ul, .ol, .div, .section, .table, .dl, .figure, .center, .article:
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
}
