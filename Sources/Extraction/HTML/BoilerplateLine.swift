/// Short paragraphs inside a content block that are page furniture rather than article text:
/// "read also" pointers, "more on this" headings, share and follow calls, comment prompts,
/// photo credits, "advertisement" labels, update stamps. Recognised by a marker at the start of
/// a short paragraph (most European languages and Arabic), never by a site's exact wording.
enum BoilerplateLine {
    /// What a furniture paragraph is.
    enum Kind: Equatable {
        /// A pointer to another article (`Read more: Title`); the title when it carries one.
        case readAlso(title: String?)
        /// Anything else to leave out.
        case furniture
    }

    private static let readAlsoMarkers = [
        "read more", "read also", "also read", "see also", "related:", "related articles", "related stories",
        "related posts", "more on this", "more from", "you might also like", "you may also like", "recommended",
        "mehr zum thema", "mehr zum ereignis", "mehr zu", "lesen sie auch", "lesen sie mehr", "auch interessant",
        "das könnte", "schon gelesen", "weiterlesen", "zum artikel", "passend dazu", "siehe auch", "verwandte artikel",
        "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "sur le même sujet", "le puede interesar",
        "te puede interesar", "vea también", "lea también", "ver también", "temas relacionados", "noticias relacionadas",
        "leia também", "leia mais", "veja também", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
        "leggi anche", "vedi anche", "lees ook", "zie ook", "relevantes aus", "top themen", "weitere artikel",
        "weitere themen", "weitere tourentipps", "weitere nachrichten", "entdecke weitere", "newsticker",
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضاً", "إقرأ أيضا", "اقرأ المزيد", "اقرأ ايضا", "أخبار ذات صلة", "مواضيع ذات صلة",
        "مقالات ذات صلة", "مقالات مشابهة", "الأكثر قراءة", "شاهد أيضا",
    ]
    private static let furnitureMarkers = [
        "share", "teilen", "jetzt teilen", "partager", "compartir", "condividi", "udostępnij", "follow us", "folgen sie",
        "follow the", "síguenos", "siga-nos", "nos siga", "suivez-nous", "subscribe", "abonnieren", "abonnez",
        "suscríbete", "subscribe now", "subscribe to", "newsletter", "sign up", "get the", "melden sie sich", "jetzt anmelden", "registrieren",
        "kommentieren", "kommentare", "comments", "comment", "leave a comment", "leave a reply", "commentaires",
        "comentarios", "para comentar", "sie müssen sich", "you must be logged", "foto:", "fotos:", "photo:",
        "photos:", "bild:", "bilder:", "abbildung:", "abb.", "fig.", "grafik:", "illustration:", "quelle ", "image:", "images:", "credit:", "credits:", "quelle:", "kuva:", "zdjęcie:",
        "foto ", "photo ", "©", "(c) ", "copyright", "all rights reserved", "alle rechte", "tous droits",
        "anzeige", "- anzeige", "advertisement", "werbung", "sponsored", "publicité", "publicidad",
        "tags:", "schlagworte", "stichworte", "themen:", "schlagwörter", "über den autor", "about the author",
        "zum autor", "letzte änderung", "aktualisiert am", "zuletzt aktualisiert", "last updated", "updated:",
        "inhaltsverzeichnis", "table of contents", "bild anzeigen", "mira lo que", "gefällt dir", "unterstütze",
        "support us", "sie haben post", "immer auf dem laufenden", "auch auf", "if you enjoyed", "did you enjoy", "we recommend", "externer inhalt", "external content",
        "skip to", "zum inhalt", "loading", "wird geladen", "back to top", "nach oben", "print", "drucken", "e-mail", "email this",
        "whatsapp", "facebook", "twitter", "pinterest", "linkedin", "telegram",
        "تابعونا", "تابعنا", "جميع الحقوق محفوظة", "شارك", "المصدر:",
    ]

    private static let readAlsoBytes = readAlsoMarkers.map { Array($0.utf8) }
    private static let furnitureBytes = furnitureMarkers.map { Array($0.utf8) }
    private static let furnitureMultiword = furnitureMarkers.map { $0.utf8.contains(0x20) || $0.hasSuffix(":") || $0 == "©" }

    /// `text` without the punctuation and symbols before its first letter, digit or `©`.
    static func droppingLeadingDecoration(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "©"
        }) else { return text }
        return first == scalars.startIndex ? text : String(scalars[first...])
    }

    /// The kind of `text` when it is furniture, `nil` when it is article text.
    ///
    /// A marker counts only as a whole word (`share` does not match `shareholders`). One-word
    /// markers (`share`, `print`, `anzeige`) only mark paragraphs of up to six words, since
    /// "Share prices fell" is news; longer markers (`follow us`, `we recommend`) mark
    /// paragraphs of up to 300 letters.
    static func classify(_ text: String, letters: Int) -> Kind? {
        guard letters <= 300 else { return nil }
        // Markers may follow decoration: `:: Relevantes aus…`, `» Read more`, `(Foto: …)`.
        let text = Self.droppingLeadingDecoration(text)
        let lower = Array(String(text.prefix(40)).lowercased().utf8)
        func starts(_ m: [UInt8]) -> Bool {
            guard lower.count >= m.count else { return false }
            for k in 0..<m.count where lower[k] != m[k] { return false }
            if lower.count == m.count { return true }
            let last = m[m.count - 1]
            if last == UInt8(ascii: ":") || last == UInt8(ascii: " ") { return true }
            let next = lower[m.count]
            // Whole word: the next byte is not an ASCII letter or digit nor a UTF-8 letter byte.
            return !(next >= 0x61 && next <= 0x7A) && !(next >= 0x30 && next <= 0x39) && next < 0x80
        }
        let words = text.wordCount
        if letters <= 160 {
            for (k, mb) in readAlsoBytes.enumerated() where starts(mb) {
                let m = readAlsoMarkers[k]
                var rest = Substring(text.dropFirst(m.count))
                while let f = rest.first, f == ":" || f == " " || f == "-" || f == "–" || f == "|" || f == "»" { rest.removeFirst() }
                return .readAlso(title: rest.count >= 12 ? String(rest) : nil)
            }
        }
        for (k, mb) in furnitureBytes.enumerated() where starts(mb) {
            if furnitureMultiword[k] || words <= 6 { return .furniture }
        }
        // Captions with a credit: "Marco Odermatt, Ski-Star. © AFP / MARCO BERTORELLO".
        if letters <= 250, text.containsBytes("©") || text.containsBytes("Foto: ") || text.containsBytes("Photo: ")
            || text.containsBytes("(Foto") || text.containsBytes("Bild: ") || text.containsBytes("Fotos: ") {
            return .furniture
        }
        // Agency credits: "AFP / MARCO BERTORELLO", "dpa/Thinkstock".
        if words <= 6, text.containsBytes("/"), !text.contains(where: { $0.isLowercase }) { return .furniture }
        return nil
    }
}
