import ArabicText

/// The words that introduce reported speech, as a linguist lists them, in search-folded form
/// (`Normalizer.search`: bare alef, ه for ة, no diacritics), every person and number generated
/// from a past stem and a present stem.
struct SpeechCues: Sendable {
    /// What role a cue word plays.
    enum Role: Sendable, Equatable {
        /// A finite speech verb (`قال`, `تقول`, `أكدوا`): a speaker may follow or precede it.
        case verb
        /// An active participle (`مضيفا`, `مشيرة`): its speaker is the clause's subject.
        case participle
        /// An attribution (`بحسب`, `وفقا`, `حسبما`, `على لسان`): the speaker follows, the words
        /// are the clause it hangs on.
        case attribution
        /// `نقل`/`نقلت`: `نقل عن X قوله …`, `نقلت الوكالة عن X أن …`.
        case transmission
        /// `جاء في البيان أن …`.
        case cameIn
    }

    /// (past stem, present stem without its prefix): قال/قول gives قال قالت قالا قالوا يقول تقول يقولون ….
    static let verbs: [(String, String)] = [
        ("قال", "قول"), ("أضاف", "ضيف"), ("أكد", "ؤكد"), ("أوضح", "وضح"), ("أشار", "شير"),
        ("ذكر", "ذكر"), ("أعلن", "علن"), ("صرح", "صرح"), ("تابع", "تابع"), ("اعتبر", "عتبر"),
        ("شدد", "شدد"), ("لفت", "لفت"), ("كشف", "كشف"), ("حذر", "حذر"), ("أفاد", "فيد"),
        ("أبلغ", "بلغ"), ("أردف", "ردف"), ("زعم", "زعم"), ("أقر", "قر"),
        ("اعترف", "عترف"), ("نوه", "نوه"), ("أورد", "ورد"), ("كتب", "كتب"), ("غرد", "غرد"),
        ("علق", "علق"), ("توقع", "توقع"), ("رجح", "رجح"), ("اعتقد", "عتقد"), ("أظهر", "ظهر"),
        ("وجد", "جد"), ("استبعد", "ستبعد"), ("طالب", "طالب"), ("أفصح", "فصح"),
        ("لاحظ", "لاحظ"), ("أجاب", "جيب"), ("أصر", "صر"), ("نبه", "نبه"), ("تساءل", "تساءل"),
        ("اقترح", "قترح"), ("ناشد", "ناشد"), ("حث", "حث"), ("تعهد", "تعهد"), ("هدد", "هدد"),
        ("استدرك", "ستدرك"), ("اختتم", "ختتم"), ("أبدى", "بدي"), ("أفصح", "فصح"), ("قيل", "قال"), ("تحدث", "تحدث"),
        ("نصح", "نصح"), ("أوصى", "وصي"), ("ادعى", "دعي"),
        ("توعد", "توعد"), ("كرر", "كرر"), ("ختم", "ختم"), ("اشترط", "شترط"), ("أعرب", "عرب"), ("شكك", "شكك"),
        ("وصف", "صف"), ("اتهم", "تهم"), ("انتقد", "نتقد"),
        ("أكمل", "كمل"), ("واصل", "واصل"), ("عقب", "عقب"), ("صاح", "صيح"), ("صرخ", "صرخ"), ("سأل", "سأل"),
        ("أخبر", "خبر"), ("ألمح", "لمح"), ("استطرد", "ستطرد"),
    ]

    /// Verbs whose object stands between subject and `بأن` (`وصف الرئيس الهجوم بأنه`, `اتهم X Y
    /// بأنه`), with their object-pronoun forms (`ووصفه`, `اتهمتها`).
    static let objectVerbs: [String] = ["وصف", "اتهم", "توعد"]

    /// Verbs of telling, whose لـ phrase after the verb is the addressee (`قال للصحيفة إن`), not an object.
    static let tellingVerbs: [(String, String)] = [
        ("قال", "قول"), ("أكد", "ؤكد"), ("صرح", "صرح"), ("أوضح", "وضح"), ("أعلن", "علن"), ("ذكر", "ذكر"),
        ("كشف", "كشف"), ("أضاف", "ضيف"), ("تابع", "تابع"), ("أفاد", "فيد"), ("شدد", "شدد"), ("كتب", "كتب"),
    ]

    /// Defective verbs, written out: رأى يرى, نفى ينفي, دعا يدعو.
    static let irregular: [String] = [
        "رأى", "رأت", "رأوا", "يرى", "ترى", "يرون", "نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون",
        "دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "أوصى", "أوصت", "ادعى", "ادعت",
        "روى", "روت", "رووا", "يروي", "تروي", "حكى", "حكت", "يحكي", "تحكي",
    ]

    /// Participle stems: مضيف gives مضيفا مضيفة مضيفين مضيفان.
    static let participles: [String] = [
        "مضيف", "مشير", "مؤكد", "مردف", "موضح", "لافت", "معتبر", "مشدد", "منوه", "محذر", "مبين",
        "متابع", "قائل", "مستدرك", "مستطرد", "معلن", "كاشف", "مطالب", "متسائل", "مختتم",
        "منبه", "مبرز", "مستبعد", "مرجح", "معترف", "مقر", "ناصح", "مكرر", "واصف", "معرب", "متوعد", "مشترط",
    ]

    /// Words of attribution; `وفقا`/`وفق` are followed by لـ or a noun.
    static let attributions: [String] = ["بحسب", "حسب", "حسبما", "وفقا", "وفق", "وفقما", "نقلا"]

    /// Grammatical gender a cue marks on its subject (`قالت`, `تقول`, `مضيفة`: feminine).
    enum Gender: Sendable, Equatable {
        case masculine, feminine
    }

    /// Verbs whose reported content may be a prepositional phrase instead of an إن/أن clause
    /// (`شدد على ضرورة …`, `حذر من …`, `دعا إلى …`, `طالب بـ…`, `أشار إلى …`): past, present
    /// without prefix, participle stem, preposition.
    static let complements: [(String, String, String, String)] = [
        ("أكد", "ؤكد", "مؤكد", "على"), ("شدد", "شدد", "مشدد", "على"), ("حذر", "حذر", "محذر", "من"),
        ("حث", "حث", "حاث", "على"), ("طالب", "طالب", "مطالب", "ب"), ("أشار", "شير", "مشير", "إلى"),
        ("لفت", "لفت", "لافت", "إلى"), ("نوه", "نوه", "منوه", "إلى"), ("أصر", "صر", "مصر", "على"),
        ("أفاد", "فيد", "مفيد", "ب"),
    ]

    private let table: [String: Role]
    /// Folded masculine pasts that open with a bare ا (`اعتقد`, `استبعد`).
    private let waslPasts: Set<String>
    /// The preposition (folded) each form of a `complements` verb takes.
    private let complementTable: [String: String]
    /// Folded forms of `tellingVerbs` and of `objectVerbs` (with and without object pronouns).
    private let telling: Set<String>
    private let objectTaking: Set<String>
    /// `objectVerbs` forms that carry their object as a pronoun.
    private let objectSuffixed: Set<String>
    /// Gender of each cue form that marks one without ambiguity.
    private let genders: [String: Gender]

    init() {
        var t: [String: Role] = [:]
        var g: [String: Gender?] = [:]
        func add(_ w: String, _ r: Role, _ gender: Gender? = nil) {
            let f = Normalizer.search(w)
            t[f] = r
            // A form generated with two genders (or none) marks none.
            if let old = g[f] { if old != gender { g[f] = .some(nil) } } else { g[f] = gender }
        }
        // Verb-subject agreement: past -ت/-تا/-ن and present ت- are feminine; the rest masculine.
        for (past, present) in Self.verbs {
            for (suffix, gender) in [("", Gender.masculine), ("ت", .feminine), ("ا", .masculine), ("وا", .masculine),
                                     ("تا", .feminine), ("ن", .feminine)] {
                add(past + suffix, .verb, gender)
            }
            for (prefix, gender) in [("ي", Gender.masculine), ("ت", .feminine)] {
                for suffix in ["", "ون", "ان"] { add(prefix + present + suffix, .verb, gender) }
            }
        }
        for w in Self.irregular {
            let feminine = w.hasSuffix("ت") || w.hasPrefix("ت")
            add(w, .verb, feminine ? .feminine : .masculine)
        }
        // بيّن "made clear", but not bare بين "between" nor تبين "it turned out".
        for w in ["بينت", "بينوا", "يبين", "يبينون"] { add(w, .verb) }
        for w in ["داعيا", "داعين", "نافيا", "نافين"] { add(w, .participle, .masculine) }
        for w in ["داعية", "نافية"] { add(w, .participle, .feminine) }
        for p in Self.participles {
            for (suffix, gender) in [("ا", Gender.masculine), ("ة", .feminine), ("ين", .masculine), ("ان", .masculine),
                                     ("ات", .feminine)] {
                add(p + suffix, .participle, gender)
            }
        }
        // `ردت الولايات المتحدة بالقول إن`: "by saying", like قائلا.
        add("بالقول", .participle)
        for w in Self.attributions { add(w, .attribution) }
        for w in ["نقل", "نقلت", "نقلوا", "ينقل", "تنقل"] { add(w, .transmission) }
        // `جاء في البيان أن`, `ورد في التقرير أن`.
        for w in ["جاء", "جاءت", "ورد", "وردت"] { add(w, .cameIn) }
        var tell: Set<String> = []
        for (past, present) in Self.tellingVerbs {
            for suffix in ["", "ت", "ا", "وا", "تا", "ن"] { tell.insert(Normalizer.search(past + suffix)) }
            for prefix in ["ي", "ت"] { for suffix in ["", "ون", "ان"] { tell.insert(Normalizer.search(prefix + present + suffix)) } }
        }
        var objects: Set<String> = [], suffixed: Set<String> = []
        let presents = ["وصف": "صف", "اتهم": "تهم", "توعد": "توعد"]
        for past in Self.objectVerbs {
            var forms = ["", "ت", "وا"].map { past + $0 } + ["ي", "ت"].map { $0 + presents[past]! }
            forms += ["ون"].map { "ي" + presents[past]! + $0 }
            for f in forms {
                objects.insert(Normalizer.search(f))
                // وصفه، وصفها، وصفهم، وصفته، وصفوه، يصفه …
                let stem = f.hasSuffix("وا") ? String(f.dropLast()) : f
                for pronoun in ["ه", "ها", "هم", "هما"] {
                    let w = Normalizer.search(stem + pronoun)
                    objects.insert(w); suffixed.insert(w)
                    add(stem + pronoun, .verb, f.hasSuffix("ت") || f.hasPrefix("ت") ? .feminine : .masculine)
                }
            }
        }
        var comp: [String: String] = [:]
        for (past, present, participle, prep) in Self.complements {
            var forms = ["", "ت", "ا", "وا", "تا", "ن"].map { past + $0 }
            for prefix in ["ي", "ت"] { forms += ["", "ون", "ان"].map { prefix + present + $0 } }
            forms += ["ا", "ة", "ين", "ان", "ات"].map { participle + $0 }
            for f in forms { comp[Normalizer.search(f)] = Normalizer.search(prep) }
        }
        for f in ["دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "داعيا", "داعية", "داعين"] { comp[Normalizer.search(f)] = Normalizer.search("إلى") }
        complementTable = comp
        waslPasts = Set(Self.verbs.map(\.0).filter { $0.hasPrefix("ا") }.map { Normalizer.search($0) })
        telling = tell
        objectTaking = objects
        objectSuffixed = suffixed
        table = t
        genders = g.compactMapValues { $0 }
    }

    /// The preposition (folded: `علي`, `الي`, `من`, `ب`) that may introduce a cue's content.
    func complement(of word: String) -> String? {
        if let p = complementTable[word] { return p }
        if word.count > 3, word.first == "و" || word.first == "ف" { return complementTable[String(word.dropFirst())] }
        return nil
    }

    /// Whether a cue written `surface` is a first-person present (`أعتقد`, `وأعتبر`): its folded
    /// form is the past of a verb whose past opens with a bare ا (`اعتقد`), but it is written with أ.
    func isFirstPersonPresent(surface: String, folded: String) -> Bool {
        var s = Substring(surface), f = Substring(folded)
        if let c = s.first, c == "و" || c == "ف", s.count > 3 { s = s.dropFirst(); f = f.dropFirst() }
        return s.hasPrefix("أ") && waslPasts.contains(String(f))
    }

    /// Whether a folded cue (with or without و/ف) is a verb of telling (`قال`, `أكدت`).
    func isTelling(_ word: String) -> Bool {
        telling.contains(word) || (word.count > 2 && (word.first == "و" || word.first == "ف") && telling.contains(String(word.dropFirst())))
    }

    /// Whether a folded cue takes an object before `بأن`, and whether it carries it as a pronoun.
    func objectTaking(_ word: String) -> (takes: Bool, suffixed: Bool) {
        var w = word
        if !objectTaking.contains(w), w.count > 3, w.first == "و" || w.first == "ف" { w.removeFirst() }
        return (objectTaking.contains(w), objectSuffixed.contains(w))
    }

    /// The gender a cue word (folded, with or without و/ف) marks on its subject, when it marks one.
    func gender(ofFolded word: String) -> Gender? {
        if let r = genders[word] { return r }
        if let f = word.first, f == "و" || f == "ف", word.count > 2 { return genders[String(word.dropFirst())] }
        return nil
    }

    /// The role of a folded word, tried as written and without a leading و or ف (and ك in كما
    /// is a separate word, so not here). Returns the role and how many letters of proclitic were cut.
    func role(ofFolded word: String) -> Role? {
        if let r = table[word] { return r }
        if let f = word.first, f == "و" || f == "ف", word.count > 2 {
            return table[String(word.dropFirst())]
        }
        return nil
    }
}
