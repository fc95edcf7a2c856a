/// Arabic function words, in search-folded form, after clitic segmentation.
///
/// They are kept in the index (phrases need them) but carry no weight in similarity and
/// fingerprints and are marked in analysis output. Each class, and why it is here:
enum StopWords {
    /// Prepositions: relate words, say nothing of the topic.
    static let prepositions = ["في", "من", "الي", "علي", "عن", "مع", "حتي", "منذ", "عند", "لدي", "بين", "نحو", "خلال", "ضد", "حول", "دون", "عبر", "لدى", "تحت", "فوق", "امام", "وراء", "بعد", "قبل"]
    /// Conjunctions and particles: sentence glue.
    static let particles = ["و", "او", "ام", "ثم", "بل", "لكن", "ان", "انه", "انها", "اذ", "اذا", "لو", "لولا", "قد", "لقد", "لن", "لم", "لا", "ما", "هل", "كي", "اي", "كل", "بعض", "غير", "سوي", "فقط", "ايضا", "كما", "كان", "كانت", "يكون", "تكون", "ليس", "ليست", "مازال", "لايزال", "حيث", "عندما", "بينما", "لان", "كذلك", "هناك", "هنا", "اما", "الا", "انما", "مثل", "نفس", "يا", "ب", "ل", "ك", "ف"]
    /// Pronouns: stand for an entity already named.
    static let pronouns = ["هو", "هي", "هم", "هما", "هن", "انا", "نحن", "انت", "انتم", "انتما", "ه", "ها", "نا"]
    /// Demonstratives and relatives: point back, name nothing.
    static let demonstratives = ["هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "ذا", "ذات", "ذو", "ذي"]

    static let all: Set<String> = Set(prepositions + particles + pronouns + demonstratives)
    static let hashes: Set<UInt64> = Set(all.map { WordHash.hash($0.unicodeScalars.map(\.value)) })

    /// Whether the folded form with hash `h` is a stop word.
    static func contains(_ h: UInt64) -> Bool { hashes.contains(h) }

    /// Whether a search-folded word is a stop word.
    public static func contains(_ folded: String) -> Bool { all.contains(folded) }
}
