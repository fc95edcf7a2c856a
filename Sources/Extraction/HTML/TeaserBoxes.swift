import NewsModel

/// Reads the related-articles and read-also boxes that pruning set aside into `Teaser`s.
///
/// A pruned subtree whose class/id words say `related`, `recommend`, `more`, `read`, `also`,
/// `similar` or `popular` is a teaser box; each link in it with a title-like text (at least
/// three words or 15 letters) is one teaser. Boxes whose words say `read`+`also` go to
/// `readAlso`, the others to `related`.
struct TeaserBoxes {
    let tree: HTMLTree
    let pruned: [Int]

    func teasers() -> (readAlso: [Teaser], related: [Teaser]) {
        var readAlso: [Teaser] = [], related: [Teaser] = []
        var seen = Set<String>()
        for box in pruned {
            let hint = tree.hint[box]
            let isReadAlso = hint.containsBytes("readalso") || hint.containsBytes("read-also") || hint.containsBytes("also-read")
            guard isReadAlso || hint.containsBytes("related") || hint.containsBytes("recommend") || hint.containsBytes("similar")
                    || hint.containsBytes("more") || hint.containsBytes("popular") else { continue }
            var i = box + 1
            let stop = Int(tree.end[box])
            while i < stop {
                if tree.tag[i] == .a {
                    var text = ""
                    var letters = 0
                    for k in (i + 1)..<Int(tree.end[i]) where tree.tag[k] == .text {
                        text += tree.text[k]
                        letters += Int(tree.letters[k])
                    }
                    let title = text.trimmed
                    if letters >= 15, seen.insert(title).inserted {
                        let t = Teaser(title: title, url: tree.href[i])
                        if isReadAlso { readAlso.append(t) } else { related.append(t) }
                    }
                    i = Int(tree.end[i])
                } else {
                    i += 1
                }
            }
        }
        return (readAlso, related)
    }
}
