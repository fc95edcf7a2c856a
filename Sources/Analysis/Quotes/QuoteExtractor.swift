import ArabicText
import NewsModel

/// Finds who said what in a text: quotations and reported speech with their speakers.
///
/// Rule-based, in the order a reader applies them:
/// 1. a **cue** — a speech verb in any person and number, with و/ف (`وقالت`, `يقولون`), a
///    participle (`مضيفا`, `مشيرة`), an attribution (`بحسب`, `وفقا لـ`, `حسبما أفاد`, `على لسان`),
///    `نقل عن X قوله`, `جاء في`, or a colon after a short speaker at the start of a line;
/// 2. the **content** — the quotation that opens after the cue (balanced, or to the end of the
///    sentence when it never closes), or the إن/أن clause to the end of the sentence, cut
///    where a participle or an attribution after a comma starts the next statement;
/// 3. the **speaker** — the words between cue and content, without time phrases and
///    circumstances (`اليوم`, `في تصريح …`, `خلال …`), or the noun phrase before a verb that
///    opens a clause (`… أن "شي قال …`); with no subject, the last explicit speaker (a
///    continuation). A statement whose cue lies inside another's words is nested under it.
public struct QuoteExtractor: Sendable {
    private let cues = SpeechCues()

    /// Creates an extractor.
    public init() {}

    /// The quotes of `text`, in the order of their cues; spans are scalar offsets into `text`.
    public func quotes(in text: String) -> [Quote] {
        quotes(in: text, analyzer: Analyzer())
    }

    /// The quotes of `text`, analysed with `analyzer` (a worker's own, so its memo stays warm;
    /// `Analyzer` is not thread-safe).
    public func quotes(in text: String, analyzer: Analyzer) -> [Quote] {
        let doc = _QuoteDocument(text: text, analyzer: analyzer)
        var found: [_Candidate] = []
        var i = 0
        while i < doc.tokens.count {
            defer { i += 1 }
            guard doc.tokens[i].kind == .arabicWord else {
                if let c = colonCue(at: i, doc) { found.append(c) }
                continue
            }
            let w = doc.folded[i]
            let ala = _QuoteDocument.matches(w, ["علي"])
            if ala, i + 2 < doc.tokens.count, doc.folded[i + 1] == "حد",
                ["قول", "تعبير", "وصف"].contains(where: { doc.bare(i + 2).hasPrefix($0) })
            {
                // `… على حد قوله`: the clause before, in the current speaker's words.
                if let c = asHeSaid(cue: i..<(i + 3), doc) { found.append(c) }
                continue
            }
            if ala || _QuoteDocument.matches(w, ["وعلي"]), i + 1 < doc.tokens.count, doc.folded[i + 1] == "لسان" {
                found.append(contentsOf: attribution(cue: i..<(i + 2), doc))
                continue
            }
            if _QuoteDocument.matches(w, _QuoteDocument.statementNouns), i > 0, _QuoteDocument.matches(doc.folded[i - 1], ["في", "وفي"]),
                let c = masdar(cue: (i - 1)..<(i + 1), doc)
            {
                found.append(c)
                continue
            }
            // `وبيّن الوزير أن`: بيّن "made clear" with its shadda (bare بين is "between").
            if _QuoteDocument.matches(w, ["بين", "وبين", "فبين"]), doc.tokens[i].surface.unicodeScalars.contains("\u{651}") {
                if let c = speech(cue: i, role: .verb, doc) { found.append(c) }
                continue
            }
            guard let role = cues.role(ofFolded: w) else { continue }
            switch role {
            case .verb, .participle, .cameIn:
                if let c = speech(cue: i, role: role, doc) { found.append(c) }
            case .attribution:
                found.append(contentsOf: attribution(cue: i..<(i + 1), doc))
            case .transmission:
                found.append(contentsOf: transmission(cue: i, doc))
            }
        }
        return resolve(found, doc)
    }

    // MARK: - Speech verbs and participles

    private func speech(cue i: Int, role: SpeechCues.Role, _ doc: _QuoteDocument) -> _Candidate? {
        // The verb of `بحسب ما ذكر`, `حسبما أفاد` belongs to the attribution.
        if i > 0, ["حسبما", "وفقما"].contains(doc.bare(i - 1)) { return nil }
        if i > 1, doc.bare(i - 1) == "ما", cues.role(ofFolded: doc.folded[i - 2]) == .attribution { return nil }
        var cueEnd = i + 1
        if role == .cameIn {
            guard cueEnd < doc.tokens.count, doc.folded[cueEnd] == "في" else { return nil }
            cueEnd += 1
        }
        // `يذكر أن`, `يشار إلى أن`: the impersonal "it is worth noting", not a quotation.
        if ["يذكر", "يشار", "يقال", "قيل", "يبلغ", "تبلغ"].contains(doc.bare(i)) { return nil }
        // `أعتقد أن` "I think": a past stem with a bare ا (اعتقد، اعتبر) written with أ is the
        // first person present, the speaker's own words, not a report.
        if role == .verb, cues.isFirstPersonPresent(surface: doc.tokens[i].surface, folded: doc.folded[i]) { return nil }
        // `قالت المرأة التي اتهمت … إنها`, `وقال متحدث، الذي يدافع عن … وينتقد إسرائيل، إن`: a
        // speech verb in a relative clause after another speech verb does not own the إن/أن clause.
        if let rel = doc.relativePronoun(opening: i),
            (max(0, rel - 8)..<rel).contains(where: { doc.sentence[$0] == doc.sentence[i] && doc.tokens[$0].kind == .arabicWord && cues.role(ofFolded: doc.folded[$0]) == .verb })
        {
            return nil
        }
        // قائلا after a speech verb repeats it (وأردف قائلا) and is part of that cue.
        if role == .participle, doc.bare(i).hasPrefix("قائل"),
            (max(0, i - 8)..<i).contains(where: { doc.sentence[$0] == doc.sentence[i] && doc.tokens[$0].kind == .arabicWord && cues.role(ofFolded: doc.folded[$0]) == .verb })
        {
            return nil
        }
        var saying = role == .participle && doc.bare(i).hasPrefix("قائل")
        if cueEnd < doc.tokens.count, doc.bare(cueEnd).hasPrefix("قائل") { cueEnd += 1; saying = true }
        let sentence = doc.sentence[i]
        // `شدد على ضرورة …`, `حذر من …`, `دعا إلى …`, `طالب بـ…`: content in a prepositional phrase.
        let complement = cues.complement(of: doc.folded[i])
        var throughPreposition = false
    /// Scalars to drop from the speaker's start (the لـ of `لوزيرة`).
    var speakerTrim = 0
    /// A speaker named by a speech verb whose words are not reported: remembered, not listed.
    var silent = false
        var k = cueEnd
        var words = 0
        var start: Int? = nil
        var apposition = false
        var relative = false
        // A subject runs to 14 words, or 20 with an apposition set off by a comma or a relative clause.
        while k < doc.tokens.count, doc.sentence[k] == sentence || doc.tokens[k].kind == .quote, words <= (apposition || relative ? 20 : 14) {
            let t = doc.tokens[k]
            if t.kind == .punctuation, doc.scalar(k) == "،" || doc.scalar(k) == "," { apposition = true }
            if t.kind.isWord, _QuoteDocument.relativePronouns.contains(doc.folded[k]) { relative = true }
            if k > cueEnd, t.token.followsLineBreak { break }
            if t.kind == .quote {
                guard doc.opens(k) else { k += 1; continue }
                // A short quoted name inside the speaker (`لقناة "بوبليك سينا" التلفزيونية`).
                // So is one the إن/أن clause follows after a comma (`مع "سكاي نيوز عربية"، أن`).
                if let q = QuoteMarks.quoted(from: k, tokens: doc.tokens, scalars: doc.scalars), doc.wordCount(q) <= 3,
                    q.upperBound + 1 < doc.tokens.count, doc.sentence[q.upperBound + 1] == sentence,
                    doc.tokens[q.upperBound + 1].kind.isWord
                        || (doc.tokens[q.upperBound + 1].kind == .punctuation && doc.scalar(q.upperBound + 1) == ":")
                        || (doc.tokens[q.upperBound + 1].kind == .punctuation && q.upperBound + 2 < doc.tokens.count
                            && ((doc.tokens[q.upperBound + 2].kind.isWord && doc.isComplementizer(q.upperBound + 2))
                                || (doc.tokens[q.upperBound + 2].kind == .quote && doc.opens(q.upperBound + 2))))
                {
                    words += doc.wordCount(q)
                    k = q.upperBound + 1
                    continue
                }
                start = k; break
            } else if t.kind == .punctuation, doc.scalar(k) == ":" {
                start = k + 1; break
            } else if t.kind.isWord {
                if doc.isComplementizer(k) { start = k + 1; break }
                if k > cueEnd, doc.bare(k).hasPrefix("قائل") {
                    // `وتابع النائب قائلا: …`
                    var n = k + 1
                    while n < doc.tokens.count, (doc.tokens[n].kind == .punctuation && doc.scalar(n) == ":") || (doc.tokens[n].kind.isWord && doc.isComplementizer(n)) { n += 1 }
                    start = n
                    break
                }
                // The preposition comes within a short subject (and object) of the verb; the
                // noun طالب "student" is no verb.
                // `مصدر مطلع على القضية`, `مصادر قريبة من`: the preposition of a source's description.
                if let prep = complement, k + 1 < doc.tokens.count, words <= 10, doc.folded[i] != "طالب" || i == doc.sentenceStart(sentence),
                    !(k > cueEnd && doc.tokens[k - 1].kind.isWord && _QuoteDocument.sourceDescriptions.contains { doc.bare(k - 1).hasPrefix($0) }),
                    // `ردا على سؤال`, `تعليقا على`: a circumstance with its own preposition.
                    !(k > cueEnd && doc.tokens[k - 1].kind.isWord && ["ردا", "تعليقا", "جوابا", "اجابه", "بناء"].contains(doc.bare(k - 1)))
                {
                    if prep != "ب", doc.bare(k) == prep || (prep == "الي" && doc.bare(k) == "الى"), !doc.isComplementizer(k + 1) {
                        start = k + 1; throughPreposition = true; break
                    }
                    if prep == "ب", doc.tokens[k].surface.hasPrefix("ب"), doc.hasPreposition(k) {
                        start = k; throughPreposition = true; break
                    }
                }
                // A second speech verb ends the search, unless it belongs to a relative clause of the
                // subject (`قالت المرأة التي اتهمت … إنها`).
                if k > cueEnd, !relative, doc.tokens[k].kind == .arabicWord, cues.role(ofFolded: doc.folded[k]) == .verb { return nil }
                words += 1
            }
            k += 1
        }
        // `قائلا أنا خادم …`: "saying" introduces the words themselves.
        if saying, cueEnd < doc.tokens.count, start != cueEnd, doc.tokens[cueEnd].kind == .arabicWord {
            start = cueEnd
            k = cueEnd
        }
        // `وصف X Y بأنه …`: a verb of description reports words only through بأن or a colon.
        if cues.objectTaking(doc.folded[i]).takes, let st = start, st > 0,
            !(doc.tokens[st - 1].kind.isWord && doc.isComplementizer(st - 1)), !(doc.tokens[st - 1].kind == .punctuation && doc.scalar(st - 1) == ":")
        {
            return silentSpeaker(cue: i..<cueEnd, role: role, doc)
        }
        guard let contentStart = start, let content = content(from: contentStart, doc) else {
            // `"…"، قال بولسن` / `"…" هكذا قال`: a verb with no words after it, right after a
            // quotation, attributes that quotation.
            // `…، كما قال المتحدث` ("as X said"), `…، قال المسؤول.`: a verb with no words after it
            // closes the clause before it.
            let asSaid = i > 1 && ["كما", "وكما"].contains(doc.folded[i - 1])
            let afterComma = i > 1 && doc.tokens[i - 1].kind == .punctuation && (doc.scalar(i - 1) == "،" || doc.scalar(i - 1) == ",")
            if role == .verb, cues.isTelling(doc.folded[i]), asSaid || afterComma, !doc.hasConjunction(i, cues: cues) || asSaid,
                let sp = doc.cleanSpeaker(cueEnd..<k)
            {
                let first = doc.sentenceStart(sentence)
                let end = asSaid ? i - 1 : i
                let range = doc.trimmed(first..<end)
                if doc.wordCount(range) >= 3, range.upperBound < end, doc.tokens[range.upperBound].kind == .punctuation {
                    let q = QuoteMarks.quotedWordCount(range, tokens: doc.tokens, scalars: doc.scalars)
                    return _Candidate(cue: (asSaid ? i - 1 : i)..<cueEnd, speaker: sp, content: range, direct: q.quoted * 2 > q.words, isAttribution: true, parentHint: nil)
                }
            }
            guard role == .verb, let before = doc.quotationEnding(before: i) else { return silentSpeaker(cue: i..<cueEnd, role: role, doc) }
            var speaker = doc.cleanSpeaker(cueEnd..<k)
            if speaker == nil, role == .verb, !doc.hasConjunction(i, cues: cues), let np = doc.indefiniteBeforeComma(i) {
                // `منهم سيدة، تحدثت عن أنها …`: a verb describing an indefinite noun before it.
                speaker = np
            } else if let sp = speaker, doc.hasPreposition(sp.lowerBound) { return nil }
            if let sp = speaker, let cut = doc.addressee(in: sp) { speaker = sp.lowerBound..<cut }
            return _Candidate(cue: i..<cueEnd, speaker: speaker, content: before, direct: true, isAttribution: false, parentHint: nil)
        }
        // A bare quoted word or two after the verb is a term, not a statement; a prepositional
        // complement says something in three words at least (`حذر من ذلك` does not).
        if doc.tokens[contentStart].kind == .quote, doc.wordCount(content.range) < 2 { return nil }
        if throughPreposition, doc.wordCount(content.range) < 3 { return nil }
        // … and stands as a statement of its own: a participle, a verb opening its sentence or
        // clause (`ودعت`, `، حذر`, `وقد شدد`), not a description (`جماعة يسارية تدعو إلى …`).
        if throughPreposition, role != .participle, !doc.hasConjunction(i, cues: cues), i > doc.sentenceStart(sentence),
            !(doc.tokens[i - 1].kind == .punctuation || (doc.tokens[i - 1].kind.isWord && _QuoteDocument.clauseOpeners.contains(doc.folded[i - 1])))
        {
            return nil
        }
        var speaker: Range<Int>? = nil
        // A verb carrying its object as a pronoun (`وصفتهم السلطات`) has its subject after it.
        let suffixedObject = cues.objectTaking(doc.folded[i]).suffixed
        if role == .verb, !suffixedObject, !doc.hasConjunction(i, cues: cues), let np = doc.subjectBefore(i, cues: cues) {
            speaker = np
        } else if role == .verb, !doc.hasConjunction(i, cues: cues), let np = doc.antecedent(ofRelativeBefore: i) {
            // `حماته، التي قالت إنها …`: the relative clause's noun speaks.
            speaker = np
        } else if role != .participle {
            speaker = doc.cleanSpeaker(cueEnd..<k)
            if speaker == nil, role == .verb, !doc.hasConjunction(i, cues: cues), let np = doc.indefiniteBeforeComma(i) {
                // `منهم سيدة، تحدثت عن أنها …`: a verb describing an indefinite noun before it.
                speaker = np
            } else if let sp = speaker, doc.hasPreposition(sp.lowerBound) {
                // `قال للصحيفة إن`: a verb of telling takes its addressee with لـ; then no subject is named.
                // Elsewhere a subject never carries a preposition: `وتدعو لإعلان "الحرب"`, `توصي بـ"الرجم"` have objects.
                guard cues.isTelling(doc.folded[i]), doc.tokens[sp.lowerBound].surface.hasPrefix("ل") else { return nil }
                speaker = nil
            } else if let sp = speaker, cues.isTelling(doc.folded[i]), doc.addressee(in: (sp.lowerBound - 1)..<sp.upperBound) == sp.lowerBound {
                // `وصرح لقناة "سي إن إن"، "…"`
                speaker = nil
            } else if let sp = speaker, cues.isTelling(doc.folded[i]), let cut = doc.addressee(in: sp) {
                // `قال متحدث باسم الجيش لوكالة رويترز إن`: the speaker ends before the addressee.
                speaker = sp.lowerBound..<cut
            }
            // `… ودعا المصريين إلى …`: a directive verb inside a sentence continues its subject's
            // statement, and what stands before the preposition is its object.
            if throughPreposition, let sp = speaker, ["دع", "حث", "طالب", "يدع", "تدع", "يطالب", "تطالب", "يحث", "تحث"].contains(where: { doc.bare(i).hasPrefix($0) }),
                i > doc.sentenceStart(sentence) + 1 || doc.tokens[sp.lowerBound].isStopWord
            {
                speaker = nil
            }
            let object = cues.objectTaking(doc.folded[i])
            if object.takes, !object.suffixed, let sp = speaker, doc.trimmed(cueEnd..<k).upperBound == sp.upperBound {
                // `ووصف الرئيس دونالد ترامب الهجوم بأنه`: the object is the last word before بأن;
                // a lone definite or possessed word is the object alone (`ويصف الضفة بأنها`, `وصف كتابه بأنه`).
                if doc.wordCount(sp) >= 2 {
                    speaker = sp.lowerBound..<(sp.upperBound - 1)
                } else if doc.folded[sp.lowerBound].hasPrefix("ال") || ["ه", "ها", "هم"].contains(where: { doc.folded[sp.lowerBound].hasSuffix($0) }) {
                    speaker = nil
                }
            }
        }
        var candidate = _Candidate(
            cue: i..<cueEnd, speaker: speaker, content: content.range, direct: content.direct,
            isAttribution: false, parentHint: nil)
        candidate.throughPreposition = throughPreposition
        // A participle, or a verb coordinated in its sentence without a subject of its own
        // (`التقى الرئيس X بـ… وقال إن`), shares the subject of the sentence's opening verb.
        if role == .participle || (role == .verb && speaker == nil && i > doc.sentenceStart(sentence) + 1) {
            candidate.clauseSubject = doc.clauseSubject(before: i)
        }
        return candidate
    }

    /// `وفي تصريحات لوزيرة التجارة روهصار بكجان إنه "…"`: a statement named by its noun at the
    /// head of a sentence, the speaker in its لـ phrase (`له`/`لها`: the current speaker).
    private func masdar(cue: Range<Int>, _ doc: _QuoteDocument) -> _Candidate? {
        let sentence = doc.sentence[cue.lowerBound]
        let first = doc.sentenceStart(sentence)
        // Only at the head of the sentence: `وقال X في تصريح` belongs to its verb.
        guard cue.lowerBound - first <= 1 else { return nil }
        var k = cue.upperBound
        var start: Int? = nil
        while k < doc.tokens.count, doc.sentence[k] == sentence, k < cue.upperBound + 14 {
            let t = doc.tokens[k]
            if t.kind == .quote, doc.opens(k), k > cue.upperBound, !(doc.tokens[k - 1].surface.hasPrefix("ل") && doc.tokens[k - 1].surface.count <= 2) {
                start = k; break
            }
            if t.kind == .punctuation, doc.scalar(k) == ":" { start = k + 1; break }
            if t.kind.isWord {
                if doc.isComplementizer(k) { start = k + 1; break }
                if cues.role(ofFolded: doc.folded[k]) != nil { return nil }
            }
            k += 1
        }
        guard let s = start, let content = content(from: s, doc), doc.wordCount(content.range) >= 3 else { return nil }
        // The لـ phrase: after the noun and its adjectives (`صحفية`, `خاصة`).
        var l = cue.upperBound
        while l < k, doc.tokens[l].kind.isWord, !doc.tokens[l].surface.hasPrefix("ل") { l += 1 }
        guard l < k, doc.tokens[l].kind.isWord else { return nil }
        var candidate = _Candidate(cue: cue, speaker: nil, content: content.range, direct: content.direct, isAttribution: false, parentHint: nil)
        if ["له", "لها", "لهم"].contains(doc.folded[l]) { return candidate }
        let surface = doc.tokens[l].surface
        var from = l
        var trim = 0
        if surface == "ل" || surface == "لـ" { from = l + 1 } else { trim = surface.hasPrefix("لـ") ? 2 : 1 }
        guard let sp = doc.cleanSpeaker(from..<k), sp.lowerBound == from else { return nil }
        candidate.speaker = sp
        candidate.speakerTrim = sp.lowerBound == l ? trim : 0
        return candidate
    }

    /// `اتهمت منظمة هيومن رايتس ووتش السعودية باحتجاز …`: a speech verb opening its sentence
    /// with a subject names the current speaker even when no words of theirs are reported; the
    /// subject is remembered for the continuations after it (`وفق ما أعلنت`, `وأضافت أن`).
    private func silentSpeaker(cue: Range<Int>, role: SpeechCues.Role, _ doc: _QuoteDocument) -> _Candidate? {
        let i = cue.lowerBound
        guard role == .verb, cue.upperBound < doc.tokens.count else { return nil }
        let first = doc.sentenceStart(doc.sentence[i])
        guard i == first || (i == first + 1 && doc.tokens[first].kind.isWord && _QuoteDocument.clauseOpeners.contains(doc.folded[first])) else { return nil }
        var end = cue.upperBound
        while end < doc.tokens.count, end < cue.upperBound + 8, doc.sentence[end] == doc.sentence[i] { end += 1 }
        guard var sp = doc.cleanSpeaker(cue.upperBound..<end), sp.lowerBound == cue.upperBound, !doc.hasPreposition(sp.lowerBound),
            !doc.tokens[sp.lowerBound].isStopWord
        else { return nil }
        // The object's preposition ends the subject (`… السعودية باحتجاز …`).
        if let cut = ((sp.lowerBound + 1)..<sp.upperBound).first(where: { doc.tokens[$0].kind == .arabicWord && (doc.hasPreposition($0) || doc.folded[$0].hasPrefix("با")) }) {
            sp = sp.lowerBound..<cut
        }
        var c = _Candidate(cue: cue, speaker: sp, content: sp.upperBound..<sp.upperBound, direct: false, isAttribution: false, parentHint: nil)
        c.silent = true
        return c
    }

    // MARK: - Attributions: بحسب، وفقا لـ، حسبما أفاد، على لسان، نقلا عن

    private func attribution(cue: Range<Int>, _ doc: _QuoteDocument) -> [_Candidate] {
        let i = cue.lowerBound
        let sentence = doc.sentence[i]
        var j = cue.upperBound
        let w = doc.bare(i)
        if j < doc.tokens.count, ["ما", "لما"].contains(doc.bare(j)) { j += 2 } else if w == "حسبما" || w == "وفقما" { j += 1 }
        // `بحسب ما أفادت به الوكالة`
        if j < doc.tokens.count, ["به", "بها"].contains(doc.folded[j]) { j += 1 }
        if w == "نقلا", j < doc.tokens.count, doc.bare(j) == "عن" { j += 1 }
        guard j < doc.tokens.count, doc.sentence[j] == sentence else { return [] }
        var k = j
        var words = 0
        while k < doc.tokens.count, doc.sentence[k] == sentence, words < 9 {
            let t = doc.tokens[k]
            if t.kind == .quote, doc.opens(k), let q = QuoteMarks.quoted(from: k, tokens: doc.tokens, scalars: doc.scalars),
                doc.wordCount(q) <= 4, words <= 3
            {
                // A quoted name: `بحسب "إل موندو"`, `صحيفة "سكرامنتو بي"`.
                words += doc.wordCount(q)
                k = q.upperBound + 1
                continue
            }
            if t.kind == .punctuation || t.kind == .quote { break }
            if t.kind.isWord, doc.isComplementizer(k) { break }
            words += 1
            k += 1
        }
        let sentenceStart = doc.sentenceStart(sentence)
        let wordsBefore = (sentenceStart..<i).filter { doc.tokens[$0].kind.isWord || doc.tokens[$0].kind == .number }.count
        guard words < 9 else { return [] }
        guard let speaker = doc.cleanSpeaker(j..<k) else {
            // `…، وفق ما أعلنت الأحد`: the verb's subject is elided, so the current speaker is the
            // source of the clause before the attribution (a continuation).
            let verb = j - 1
            guard verb > cue.upperBound, cues.role(ofFolded: doc.folded[verb]) == .verb, wordsBefore >= 3 else { return [] }
            var end = i
            while end > sentenceStart, doc.tokens[end - 1].kind == .punctuation { end -= 1 }
            let range = doc.trimmed(sentenceStart..<end)
            guard doc.wordCount(range) >= 3 else { return [] }
            let q = QuoteMarks.quotedWordCount(range, tokens: doc.tokens, scalars: doc.scalars)
            return [_Candidate(cue: cue.lowerBound..<j, speaker: nil, content: range, direct: q.quoted * 2 > q.words,
                               isAttribution: false, parentHint: nil)]
        }
        // `على لسان المصدر قوله: "…"`, `على لسان X، سفيرة …، قولها:`: the words follow قوله.
        let saying = (k..<min(doc.tokens.count, k + 12)).first { n in
            doc.sentence[n] == sentence && doc.tokens[n].kind.isWord && doc.bare(n).hasPrefix("قول")
        }
        if let q = saying, !(k..<q).contains(where: { doc.tokens[$0].kind == .quote || (doc.tokens[$0].kind.isWord && doc.isComplementizer($0)) }) {
            var s = q + 1
            while s < doc.tokens.count, doc.sentence[s] == sentence,
                (doc.tokens[s].kind == .punctuation && doc.scalar(s) == ":") || (doc.tokens[s].kind.isWord && doc.isComplementizer(s))
            {
                s += 1
            }
            if s < doc.tokens.count, let c = content(from: s, doc), doc.wordCount(c.range) >= 2 {
                return [_Candidate(cue: cue.lowerBound..<cue.upperBound, speaker: speaker, content: c.range, direct: c.direct, isAttribution: true, parentHint: nil)]
            }
        }
        let dashBefore = i > 0 && doc.tokens[i - 1].kind == .punctuation && doc.scalar(i - 1) == "-"
        var range: Range<Int>
        var direct = false
        // `وبحسب X، …` opens a clause: its words follow. A bare `، بحسب X` closes the clause before it.
        let conjoined = doc.folded[i].hasPrefix("و") && !["وفقا", "وفق", "وفقما"].contains(doc.folded[i])
        let opensClause = conjoined && k < doc.tokens.count
            && doc.sentence[k] == sentence && doc.wordCount(k..<min(doc.tokens.count, k + 4)) >= 2
        if !dashBefore, !opensClause, wordsBefore >= 3 {
            var end = i
            while end > sentenceStart, doc.tokens[end - 1].kind == .punctuation { end -= 1 }
            // The attribution after a clause is the source of the whole sentence before it.
            range = sentenceStart..<end
            let q = QuoteMarks.quotedWordCount(range, tokens: doc.tokens, scalars: doc.scalars)
            direct = q.quoted * 2 > q.words
        } else {
            var s = k
            while s < doc.tokens.count, doc.sentence[s] == sentence,
                doc.tokens[s].kind == .punctuation || (doc.tokens[s].kind.isWord && doc.isComplementizer(s))
            {
                s += 1
            }
            guard s < doc.tokens.count, let c = content(from: s, doc) else { return [] }
            range = c.range
            direct = c.direct
        }
        range = doc.trimmed(range)
        guard doc.wordCount(range) >= 2 else { return [] }
        return [_Candidate(cue: cue, speaker: speaker, content: range, direct: direct, isAttribution: true, parentHint: nil)]
    }

    /// `على حد قوله` / `على حد تعبيره`: the sentence before the phrase, a continuation.
    private func asHeSaid(cue: Range<Int>, _ doc: _QuoteDocument) -> _Candidate? {
        let start = doc.sentenceStart(doc.sentence[cue.lowerBound])
        let range = doc.trimmed(start..<cue.lowerBound)
        guard doc.wordCount(range) >= 2 else { return nil }
        let q = QuoteMarks.quotedWordCount(range, tokens: doc.tokens, scalars: doc.scalars)
        return _Candidate(cue: cue, speaker: nil, content: range, direct: q.quoted * 2 > q.words, isAttribution: false, parentHint: nil)
    }

    // MARK: - نقل عن X قوله

    private func transmission(cue i: Int, _ doc: _QuoteDocument) -> [_Candidate] {
        let sentence = doc.sentence[i]
        var an: Int? = nil
        var k = i + 1
        while k < doc.tokens.count, doc.sentence[k] == sentence, k < i + 9 {
            if doc.folded[k] == "عن" { an = k; break }
            k += 1
        }
        guard let an else { return [] }
        var m = an + 1
        var start: Int? = nil
        var cueEnd = an + 1
        while m < doc.tokens.count, doc.sentence[m] == sentence || doc.tokens[m].kind == .quote, m < an + 12 {
            let t = doc.tokens[m]
            if t.kind.isWord, doc.bare(m).hasPrefix("قول") {
                cueEnd = m + 1
                var s = m + 1
                if s < doc.tokens.count, doc.tokens[s].kind == .punctuation, doc.scalar(s) == ":" { s += 1 }
                if s < doc.tokens.count, doc.tokens[s].kind.isWord, doc.isComplementizer(s) { s += 1 }
                start = s
                break
            }
            if t.kind == .quote, doc.opens(m) { start = m; break }
            if t.kind.isWord, doc.isComplementizer(m) { start = m + 1; break }
            if t.kind == .punctuation, doc.scalar(m) == ":" { start = m + 1; break }
            m += 1
        }
        guard let s = start, let c = content(from: s, doc), let inner = doc.cleanSpeaker((an + 1)..<m) else { return [] }
        var result: [_Candidate] = []
        if let outer = doc.cleanSpeaker((i + 1)..<an) {
            result.append(_Candidate(cue: i..<(i + 1), speaker: outer, content: c.range, direct: c.direct, isAttribution: true, parentHint: nil))
        }
        let cueRange = cueEnd > an + 1 ? i..<cueEnd : i..<(an + 1)
        result.append(_Candidate(
            cue: cueRange, speaker: inner, content: c.range, direct: c.direct, isAttribution: false,
            parentHint: result.isEmpty ? nil : -1))
        return result
    }

    // MARK: - A colon after a short speaker at the start of a line: `الكرملين: موسكو مستعدة …`

    private func colonCue(at i: Int, _ doc: _QuoteDocument) -> _Candidate? {
        guard doc.tokens[i].kind == .punctuation, doc.scalar(i) == ":" else { return nil }
        let sentence = doc.sentence[i]
        let first = doc.sentenceStart(sentence)
        guard first < i, i - first <= 3, first == 0 || doc.tokens[first].token.followsLineBreak else { return nil }
        // A heading (`جنوب السودان: توقيف 4 جنود`) has no closing stop, and one that asks
        // (`الحرب السورية: من يقاتل من؟`) is no statement; a statement ends with a stop.
        var last = i
        while last + 1 < doc.tokens.count, doc.sentence[last + 1] == sentence { last += 1 }
        guard doc.tokens[last].kind == .punctuation || doc.tokens[last].kind == .quote,
            ".!".unicodeScalars.contains(doc.scalar(last)) || doc.tokens[last].kind == .quote
        else { return nil }
        for x in first..<i {
            guard doc.tokens[x].kind == .arabicWord, !doc.tokens[x].isStopWord,
                cues.role(ofFolded: doc.folded[x]) == nil, !_QuoteDocument.labels.contains(doc.bare(x))
            else { return nil }
        }
        guard i + 1 < doc.tokens.count, doc.sentence[i + 1] == sentence, let c = content(from: i + 1, doc),
            doc.wordCount(c.range) >= 3
        else { return nil }
        return _Candidate(cue: i..<(i + 1), speaker: first..<i, content: c.range, direct: c.direct, isAttribution: false, parentHint: nil)
    }

    // MARK: - Content

    /// The words that start at token `s`: a quotation when one opens there, else the clause to
    /// the end of the sentence, cut before a participle or an attribution after a comma.
    private func content(from s: Int, _ doc: _QuoteDocument) -> (range: Range<Int>, direct: Bool)? {
        guard s < doc.tokens.count else { return nil }
        if doc.tokens[s].kind == .quote, doc.opens(s) {
            if let q = QuoteMarks.quoted(from: s, tokens: doc.tokens, scalars: doc.scalars), doc.wordCount(q) > 0 {
                // `"…" وأن "…"`: a second complement of the same verb.
                var n = q.upperBound + 1
                if n < doc.tokens.count, doc.folded[n] == "و" { n += 1 }
                if n < doc.tokens.count, doc.tokens[n].kind.isWord, doc.isComplementizer(n), doc.folded[n].hasPrefix("و") || doc.folded[n - 1] == "و",
                    let more = content(from: n + 1, doc)
                {
                    return (doc.trimmed(q.lowerBound..<more.range.upperBound), true)
                }
                return (doc.trimmed(q), true)
            }
            let r = doc.trimmed(clause(from: s + 1, doc))
            return doc.wordCount(r) > 0 ? (r, true) : nil
        }
        let r = doc.trimmed(clause(from: s, doc))
        guard doc.wordCount(r) > 0 else { return nil }
        let q = QuoteMarks.quotedWordCount(r, tokens: doc.tokens, scalars: doc.scalars)
        return (r, q.quoted * 2 > q.words)
    }

    private func clause(from s: Int, _ doc: _QuoteDocument) -> Range<Int> {
        guard s < doc.tokens.count else { return s..<s }
        let sentence = doc.sentence[s]
        var e = s
        while e < doc.tokens.count, doc.sentence[e] == sentence {
            if e > s, doc.tokens[e].kind == .arabicWord, e > 0,
                doc.tokens[e - 1].kind == .punctuation, doc.scalar(e - 1) == "،" || doc.scalar(e - 1) == "-",
                let role = cues.role(ofFolded: doc.folded[e]), role == .participle || role == .attribution
            {
                break
            }
            // `… أنها فقدت كل شيء وقالت "…"`: a conjoined speech verb starts the next statement.
            if e > s, doc.tokens[e].kind == .arabicWord, doc.folded[e].hasPrefix("و"),
                cues.role(ofFolded: doc.folded[e]) == .verb, doc.hasConjunction(e, cues: cues),
                doc.introducesWords(after: e) || complementFollows(e, doc)
            {
                break
            }
            e += 1
        }
        return s..<e
    }

    /// Whether the preposition of a verb like `دعا إلى`, `شدد على` follows the verb `e` within
    /// eight tokens of its sentence.
    private func complementFollows(_ e: Int, _ doc: _QuoteDocument) -> Bool {
        guard let prep = cues.complement(of: doc.folded[e]) else { return false }
        var n = e + 1
        while n < doc.tokens.count, n <= e + 8, doc.sentence[n] == doc.sentence[e] {
            if doc.tokens[n].kind.isWord {
                if prep == "ب" ? doc.hasPreposition(n) && doc.tokens[n].surface.hasPrefix("ب") : doc.bare(n) == prep || (prep == "الي" && doc.bare(n) == "الى") {
                    return true
                }
            }
            n += 1
        }
        return false
    }

    // MARK: - Speakers, continuations, nesting

    private func resolve(_ found: [_Candidate], _ doc: _QuoteDocument) -> [Quote] {
        let sorted = found.enumerated().sorted { ($0.element.cue.lowerBound, $0.offset) < ($1.element.cue.lowerBound, $1.offset) }.map(\.element)
        var quotes: [Quote] = []
        var last: String? = nil
        // Whether a speaker is unnamed, once per speaker (continuations repeat theirs).
        var anonymity: [String: Bool] = [:]
        func anonymous(_ speaker: String) -> Bool {
            if let known = anonymity[speaker] { return known }
            let a = _QuoteDocument.isAnonymous(speaker)
            anonymity[speaker] = a
            return a
        }
        /// Explicit speakers so far, newest last, with the gender their cue marks (or their head noun's ة).
        var history: [(text: String, gender: SpeechCues.Gender?)] = []
        /// The last speaker of any statement, attributions included (the fallback of a continuation).
        var lastAny: String? = nil
        for c in sorted {
            let contentSpan = doc.span(c.content)
            var parent: Int? = nil
            if c.parentHint == -1, !quotes.isEmpty {
                parent = quotes.count - 1
            } else {
                // The enclosing statement is among the few just before (a bounded look-back keeps long texts linear).
                let cue = doc.span(c.cue)
                parent = quotes.indices.reversed().prefix(16).first {
                    quotes[$0].content.start <= cue.start && cue.end <= quotes[$0].content.end && quotes[$0].parent == nil
                }
            }
            if c.throughPreposition, parent != nil { continue }
            if c.silent {
                guard parent == nil, let s = c.speaker else { continue }
                let text = doc.text(doc.span(s))
                last = text
                lastAny = text
                let head = s.first { doc.tokens[$0].kind.isWord }.map { doc.bare($0) }
                let gender = cues.gender(ofFolded: doc.folded[c.cue.lowerBound])
                    ?? (head.map { $0.hasSuffix("ه") && $0.count > 2 } == true ? .feminine : nil)
                history.append((text, gender))
                continue
            }
            var speakerText: String? = nil
            var speakerSpan: Span? = nil
            var continuation = false
            if let s = c.speaker {
                speakerSpan = doc.span(s)
                if c.speakerTrim > 0 { speakerSpan!.start = min(speakerSpan!.end, speakerSpan!.start + c.speakerTrim) }
                speakerText = doc.text(speakerSpan!)
                // `المنظمة`, `المتحدث`: a bare definite noun refers back to the current speaker.
                let refersBack = last != nil && doc.isBareDefinite(s)
                if refersBack, parent == nil || c.parentHint == -1, !c.isAttribution,
                    let word = s.first(where: { doc.tokens[$0].kind.isWord }).map({ String(doc.bare($0).dropFirst(2)) }), word.count > 2,
                    let k = history.indices.reversed().prefix(8).first(where: { Normalizer.search(history[$0].text).contains(word) })
                {
                    // `وقال الرئيس` after `الرئيس الأمريكي دونالد ترامب` and another speaker: he is current again.
                    last = history[k].text
                    history.append(history[k])
                } else if (parent == nil || c.parentHint == -1), !c.isAttribution, !refersBack {
                    last = speakerText
                    let head = s.first { doc.tokens[$0].kind.isWord }.map { doc.bare($0) }
                    let gender = cues.gender(ofFolded: doc.folded[c.cue.lowerBound])
                        ?? (head.map { $0.hasSuffix("ه") && $0.count > 2 } == true ? .feminine : nil)
                    history.append((speakerText!, gender))
                }
                lastAny = speakerText
            } else {
                continuation = true
                // A participle describes its own sentence's subject; when no earlier statement
                // of the sentence named one, the subject after the sentence's opening verb does.
                let sameSentence = quotes.last.map { doc.sentenceOfScalar($0.cueSpan.start) == doc.sentence[c.cue.lowerBound] } ?? false
                if !sameSentence, let subject = c.clauseSubject {
                    speakerText = doc.text(doc.span(subject))
                } else {
                    speakerText = carriedSpeaker(cue: c.cue.lowerBound, history: history, doc) ?? last ?? lastAny
                }
                parent = nil
            }
            let cueText = doc.text(doc.span(c.cue))
            quotes.append(Quote(
                speaker: speakerText, speakerSpan: speakerSpan, cue: cueText, cueSpan: doc.span(c.cue),
                kind: c.direct ? .direct : .indirect, content: contentSpan, isContinuation: continuation,
                isAnonymous: speakerText.map(anonymous) ?? false, parent: parent))
        }
        return quotes
    }
}

extension QuoteExtractor {
    /// The speaker a continuation carries: the most recent explicit speaker whose gender agrees
    /// with the cue's (`وأضافت` skips a man named since, `مضيفا` a ministry), among the last few;
    /// nil when the cue marks no gender or no recent speaker agrees.
    fileprivate func carriedSpeaker(cue k: Int, history: [(text: String, gender: SpeechCues.Gender?)], _ doc: _QuoteDocument) -> String? {
        guard let gender = cues.gender(ofFolded: doc.folded[k]), let latest = history.last else { return nil }
        if latest.gender == nil || latest.gender == gender { return latest.text }
        return history.suffix(4).reversed().first { $0.gender == gender }?.text
    }
}

/// A statement found, in token indices, before speakers are carried over.
struct _Candidate {
    var cue: Range<Int>
    var speaker: Range<Int>?
    var content: Range<Int>
    var direct: Bool
    var isAttribution: Bool
    /// -1: nested under the candidate just before it (نقلت الوكالة عن الوزير قوله).
    var parentHint: Int?
    /// For a participle: the subject after its sentence's opening verb, if any.
    var clauseSubject: Range<Int>? = nil
    /// Whether the content is a prepositional complement (`دعا إلى …`), which inside another
    /// statement's words is part of them, not a statement of its own.
    var throughPreposition = false
    /// Scalars to drop from the speaker's start (the لـ of `لوزيرة`).
    var speakerTrim = 0
    /// A speaker named by a speech verb whose words are not reported: remembered, not listed.
    var silent = false
}
