// Letters, link letters, commas and prose value per node.

extension MainContentFinder {
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
        var isURLText = [Bool](repeating: false, count: n)
        for i in 0..<n where tags[i] == .a && !dropped[i] { isURLText[i] = self.isURLText(i) }
        var blockOf = [Int32](repeating: -1, count: n)
        var st = Stats(eff: .init(repeating: 0, count: n), link: .init(repeating: 0, count: n),
                       own: .init(repeating: 0, count: n), ownLink: .init(repeating: 0, count: n),
                       commas: .init(repeating: 0, count: n))
        for i in 0..<n where !dropped[i] {
            let p = Int(parent[i])
            let t = tags[i]
            inLink[i] = (t == .a && !isURLText[i]) || (p >= 0 && inLink[p])
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
            if st.own[b] >= Self.pMin && l / o < Self.pLD && !tree.tag[b].isHeading {
                v = (o - l) * (1 + min(Double(st.commas[b]), 5) * 0.05) - (proseOnly ? 0 : l * Self.pLink)
            } else {
                v = proseOnly ? 0 : -l * Self.pLink - Self.pShort * (o - l)
            }
            if v != 0 { value[b] += v }
        }
        for i in stride(from: n - 1, through: 1, by: -1) where !dropped[i] {
            let p = Int(tree.parent[i])
            if p >= 0 { value[p] += value[i] }
        }
        return value
    }


    /// A link whose text is an address (`http://www.openpetition.de`) is content the writer
    /// shows, not navigation: its letters are not counted as link text.
    func isURLText(_ a: Int) -> Bool {
        let k = a + 1
        guard k < Int(tree.end[a]), tree.tag[k] == .text else { return false }
        let t = tree.text[k]
        let u = t.utf8.drop(while: { $0 == 0x20 })
        return u.starts(with: "http".utf8) || u.starts(with: "www.".utf8)
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
}
