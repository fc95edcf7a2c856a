import Foundation
import NewsModel

/// The metadata of an HTML page, interpreted: JSON-LD `NewsArticle` first, then OpenGraph and
/// `article:` properties, then plain `<meta>` names, `<time datetime>` and `<title>`.
struct PageMetadata: Sendable {
    var title: String?
    var siteName: String?
    var canonicalURL: String?
    var published: Date?
    var publishedOrigin: Article.DateOrigin?
    var authors: [String] = []
    var language: String?
    var direction: String?
    var category: String?

    init(_ raw: RawMetadata) {
        let ld = JSONLDArticle(raw.jsonLD)
        title = ld?.headline ?? raw.meta["og:title"] ?? raw.meta["twitter:title"] ?? raw.title.map(Self.cleanTitle)
        title = title?.trimmed
        siteName = raw.meta["og:site_name"] ?? ld?.publisher ?? raw.meta["application-name"]
        canonicalURL = raw.canonical?.trimmed ?? raw.meta["og:url"]
        if canonicalURL?.isEmpty == true { canonicalURL = nil }
        if let d = ld?.datePublished.flatMap(DateParsing.parse) {
            published = d; publishedOrigin = .jsonLD
        } else if let d = ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                           "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"]
            .lazy.compactMap({ raw.meta[$0] }).compactMap(DateParsing.parse).first {
            published = d; publishedOrigin = .metadata
        } else if let d = raw.timeDatetime.flatMap(DateParsing.parse) {
            published = d; publishedOrigin = .timeElement
        }
        var names = ld?.authors ?? []
        if names.isEmpty, let a = raw.meta["author"] ?? raw.meta["article:author"] ?? raw.meta["dc.creator"],
           !a.hasPrefix("http") {
            names = [a]
        }
        if names.isEmpty { names = raw.authorLinks }
        var seen = Set<String>()
        authors = names.map { $0.trimmed }.filter { !$0.isEmpty && seen.insert($0).inserted }
        if let l = raw.lang ?? raw.meta["content-language"] ?? raw.meta["language"] ?? raw.meta["dc.language"] ?? raw.meta["og:locale"] {
            let primary = l.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { String($0).lowercased() }
            language = primary?.isEmpty == false ? primary : nil
        }
        direction = raw.dir?.lowercased()
        category = raw.meta["article:section"] ?? ld?.section
    }

    /// `Headline | Site` → `Headline` when the headline part is the longer one.
    static func cleanTitle(_ t: String) -> String {
        for sep in [" | ", " - ", " – ", " — ", " :: ", " « "] {
            if let r = t.range(of: sep, options: .backwards) {
                let head = t[..<r.lowerBound]
                if head.count > t[r.upperBound...].count { return String(head) }
            }
        }
        return t
    }
}

/// The fields of a JSON-LD `NewsArticle` (or `Article`, `BlogPosting`, `ReportageNewsArticle`…),
/// found at the top level, in arrays or under `@graph`.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var section: String?

    init?(_ blocks: [String]) {
        for block in blocks {
            guard let data = block.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            if let found = Self.findArticle(json, depth: 0) {
                headline = found["headline"] as? String ?? found["name"] as? String
                datePublished = found["datePublished"] as? String ?? found["dateCreated"] as? String
                authors = Self.names(found["author"])
                publisher = Self.names(found["publisher"]).first
                section = found["articleSection"] as? String
                return
            }
        }
        return nil
    }

    private static func findArticle(_ json: Any, depth: Int) -> [String: Any]? {
        guard depth < 6 else { return nil }
        if let obj = json as? [String: Any] {
            let types: [String] = (obj["@type"] as? String).map { [$0] } ?? (obj["@type"] as? [String]) ?? []
            if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "NewsArticle" || $0 == "Report" }) {
                return obj
            }
            if let graph = obj["@graph"] { return findArticle(graph, depth: depth + 1) }
            if let main = obj["mainEntity"] { return findArticle(main, depth: depth + 1) }
        } else if let arr = json as? [Any] {
            for item in arr { if let f = findArticle(item, depth: depth + 1) { return f } }
        }
        return nil
    }

    private static func names(_ v: Any?) -> [String] {
        if let s = v as? String { return [s] }
        if let o = v as? [String: Any], let n = o["name"] as? String { return [n] }
        if let a = v as? [Any] { return a.flatMap { names($0) } }
        return []
    }
}

/// Reads the date formats pages put in metadata: ISO 8601 with or without time, seconds,
/// fractions and zone (`2024-05-02`, `2024-05-02T10:20:00+03:00`, `2024-05-02 10:20:00Z`).
enum DateParsing {
    static func parse(_ raw: String) -> Date? {
        let s = Array(raw.trimmed.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= s.count else { return nil }
            var v = 0
            for k in from..<(from + len) {
                let b = s[k]
                guard b >= 48 && b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        guard let y = num(0, 4), s.count >= 10, s[4] == 45, let mo = num(5, 2), s[7] == 45, let d = num(8, 2),
              (1...12).contains(mo), (1...31).contains(d), y > 1900 else { return nil }
        var h = 0, mi = 0, sec = 0, offset = 0
        var i = 10
        if i < s.count, s[i] == 84 || s[i] == 32, let hh = num(i + 1, 2), i + 3 < s.count, s[i + 3] == 58, let mm = num(i + 4, 2) {
            h = hh; mi = mm; i += 6
            if i < s.count, s[i] == 58, let ss = num(i + 1, 2) { sec = ss; i += 3 }
            if i < s.count, s[i] == 46 { i += 1; while i < s.count, s[i] >= 48 && s[i] <= 57 { i += 1 } }
            if i < s.count, s[i] == 43 || s[i] == 45, let oh = num(i + 1, 2) {
                let sign = s[i] == 43 ? 1 : -1
                var om = 0
                if i + 3 < s.count, s[i + 3] == 58, let m2 = num(i + 4, 2) { om = m2 } else if let m2 = num(i + 3, 2) { om = m2 }
                offset = sign * (oh * 3600 + om * 60)
            }
        }
        var c = DateComponents()
        c.year = y; c.month = mo; c.day = d; c.hour = h; c.minute = mi; c.second = sec
        c.timeZone = TimeZone(secondsFromGMT: 0)
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: 0)!
        return cal.date(from: c).map { $0.addingTimeInterval(TimeInterval(-offset)) }
    }
}
