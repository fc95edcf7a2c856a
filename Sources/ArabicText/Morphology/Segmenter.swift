/// Clitic segmentation and light stemming of one search-folded word, guarded by a lexicon.
///
/// The rule a linguist would state: cut a proclitic or an enclitic only when the corpus
/// attests the remainder more than it attests the whole word. "Attested" counts a form with
/// and without the article, so `الكرملين` is evidence for `كرملين`. Hence `ببوتين` → `بوتين`
/// (بوتين is common, ببوتين rare) while `بكين`, `لبنان`, `بريطانيا`, `فلسطين` stay whole
/// (كين, بنان, ريطانيا, لسطين are rare or unknown). The article is cut by default — it is
/// the one clitic that needs no evidence — unless the word mostly begins with a hamza on
/// alef in the corpus or as written (ألمانيا, إلغاء), or the stem would be shorter than
/// three letters (الله, التي). A suffix is stripped when the stem's paradigm (stem + ات, ون,
/// ة …, or for a nisba the noun and its other forms) is attested at least a tenth as often
/// as the word (مسؤولين → مسؤول), never for names whose ending only looks like a suffix
/// (بوتين, ماكرون, لبنان).
struct Segmenter: Sendable {
    let lexicon: Lexicon
    /// Shortest stem a cut may leave (a 2-letter stem is allowed only after و or ف alone).
    static let minimumStem = 3

    func attested(_ w: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> Int {
        let slice = UnsafeBufferPointer(rebasing: w[range])
        return lexicon.count(WordHash.hash(slice)) + lexicon.count(WordHash.hash(slice, from: WordHash.afterArticle))
    }

    private func attestedWithLast(_ w: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, replacedBy last: UInt32) -> Int {
        var h = WordHash.hash(UnsafeBufferPointer(rebasing: w[range.lowerBound..<(range.upperBound - 1)]))
        h = (h ^ UInt64(last)) &* WordHash.prime
        var a = WordHash.hash(UnsafeBufferPointer(rebasing: w[range.lowerBound..<(range.upperBound - 1)]), from: WordHash.afterArticle)
        a = (a ^ UInt64(last)) &* WordHash.prime
        return lexicon.count(h) + lexicon.count(a)
    }

    /// Analyses folded word `w`. Bit `i` of `hamzaAlefs` is set when letter `i` was written
    /// أ, إ or آ (before folding): such an alef never starts the article.
    func analyze(_ w: UnsafeBufferPointer<UInt32>, hamzaAlefs: UInt32) -> WordAnalysis {
        let n = w.count
        var best = WordAnalysis()
        guard n >= Segmenter.minimumStem else { return best }
        let whole = attested(w, 0..<n)
        var bestScore = 0.0
        var bestRank = -1  // breaks ties: the article cut wins a tie

        // index -1 stands for "no proclitic" (an enclitic alone).
        for index in -1..<Clitics.proclitics.count {
            let p: Clitics.Proclitic? = index >= 0 ? Clitics.proclitics[index] : nil
            let pl = p?.letters.count ?? 0
            if let p {
                guard pl < n, hasPrefix(w, p.letters), Clitics.allows(p, before: w[pl]) else { continue }
                if p.hasArticle && !articleAllowed(w, proclitic: p, hamzaAlefs: hamzaAlefs) { continue }
            }
            for (e, ePrior) in [([UInt32](), 1.0)] + Clitics.enclitics {
                let el = e.count
                if p == nil && el == 0 { continue }
                let stemLength = n - pl - el
                guard stemLength >= 2, el == 0 || hasSuffix(w, e) else { continue }
                let minimum = el == 0 && p.map(Clitics.isLoneConjunction) == true ? 2 : Segmenter.minimumStem
                guard stemLength >= minimum else { continue }
                let stem = pl..<(n - el)
                var evidence = attested(w, stem)
                var restore = false
                if el > 0 && w[stem.upperBound - 1] == Clitics.ta {
                    let s = attestedWithLast(w, stem, replacedBy: Clitics.ha)
                    if s > evidence { evidence = s; restore = true }
                }
                if stemLength == 2 && evidence < 20 { continue }
                // ي after a stem is far more often the nisba suffix than "my": leave it to the
                // light stem unless it follows a ت that stands for ة (سياستي).
                if el == 1 && e[0] == Clitics.ya && !restore { continue }
                let score = Double(evidence) * (p?.prior ?? 1) * ePrior
                if p != nil {
                    // A proclitic reading must explain the word better than the word itself.
                    guard score > Double(whole) || (p!.hasArticle && score == Double(whole)) else { continue }
                } else {
                    // An enclitic alone: the stem must be a word of some standing on its own,
                    // even when the inflected form is the commoner one (زوجها, 432, vs زوج, 186).
                    guard evidence >= max(2, whole / 10) else { continue }
                }
                let rank = (p?.hasArticle ?? false) && el == 0 ? 1 : 0
                if score > bestScore || (score == bestScore && rank > bestRank) {
                    bestScore = score
                    bestRank = rank
                    best = WordAnalysis(proclitic: UInt8(pl), procliticIndex: Int8(index), enclitic: UInt8(el),
                                        restoresTaMarbuta: restore, suffix: 0)
                }
            }
        }
        best.suffix = UInt8(lightSuffix(w, best))
        return best
    }

    /// Whether the ال that `p` ends with is the article: not when its alef was written with a
    /// hamza, nor when the corpus mostly spells the article-bearing form with one (المانيا).
    private func articleAllowed(_ w: UnsafeBufferPointer<UInt32>, proclitic p: Clitics.Proclitic, hamzaAlefs: UInt32) -> Bool {
        let pl = p.letters.count
        let writtenArticle = p.letters[pl - 1] == Clitics.lam && p.letters[pl - 2] == Clitics.alef
        if writtenArticle {
            let alefIndex = pl - 2
            if alefIndex < 32 && hamzaAlefs & (1 << UInt32(alefIndex)) != 0 { return false }
        }
        let stem = UnsafeBufferPointer(rebasing: w[pl...])
        return !lexicon.isHamzaInitial(WordHash.hash(stem, from: WordHash.afterArticle))
    }

    /// Letters of suffix the light stem drops from the segmented stem of `w`.
    private func lightSuffix(_ w: UnsafeBufferPointer<UInt32>, _ a: WordAnalysis) -> Int {
        var stem = Array(w[Int(a.proclitic)..<(w.count - Int(a.enclitic))])
        if a.restoresTaMarbuta { stem[stem.count - 1] = Clitics.ha }
        return stem.withUnsafeBufferPointer { s in
            let n = s.count
            let whole = attested(s, 0..<n)
            for suffix in Clitics.suffixes {
                let root = n - suffix.count
                guard root >= Segmenter.minimumStem, hasSuffix(s, suffix) else { continue }
                var support = 0
                for ending in Clitics.paradigm(of: suffix) where ending != suffix {
                    support += attestedForm(s, 0..<root, ending)
                }
                if support >= max(1, whole / 10) { return suffix.count }
                return 0  // only the longest matching suffix is considered
            }
            return 0
        }
    }

    private func attestedForm(_ s: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, _ ending: [UInt32]) -> Int {
        let base = UnsafeBufferPointer(rebasing: s[range])
        let h = WordHash.hash(ending, from: WordHash.hash(base))
        let a = WordHash.hash(ending, from: WordHash.hash(base, from: WordHash.afterArticle))
        return lexicon.count(h) + lexicon.count(a)
    }

    private func hasPrefix(_ w: UnsafeBufferPointer<UInt32>, _ p: [UInt32]) -> Bool {
        guard p.count <= w.count else { return false }
        for i in 0..<p.count where w[i] != p[i] { return false }
        return true
    }

    private func hasSuffix(_ w: UnsafeBufferPointer<UInt32>, _ s: [UInt32]) -> Bool {
        guard s.count <= w.count else { return false }
        let off = w.count - s.count
        for i in 0..<s.count where w[off + i] != s[i] { return false }
        return true
    }
}
