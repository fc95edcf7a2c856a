import ArabicText
import Foundation

/// Known places for linking: country names from CLDR (Foundation's `Locale`), the
/// gazetteer's common variants, regions, capitals and cities, each under one canonical
/// name, plus demonyms that point at their country (`الصيني` → الصين, `الأمريكية` →
/// الولايات المتحدة).
///
/// Keys are `NameForm.bare` forms (folded, without proclitics and the article), so
/// `وبكين`, `بكين` and `بكّين` meet. Built once per process (`shared`).
struct PlaceDirectory: Sendable {
    /// A canonical place: its name as written and its linking key.
    struct Place: Hashable, Sendable {
        var name: String
        var key: String
    }

    /// Places by bare form of any of their names.
    private(set) var byBare: [String: Place] = [:]
    /// Places by name key, only where one place has that key.
    private(set) var byNameKey: [String: Place] = [:]
    /// Countries by the hash of a demonym's form without proclitics and article
    /// (`WordForm.stem`: `صيني`, `صينيه`, `روسيون`).
    private(set) var demonyms: [UInt64: Place] = [:]

    /// The directory built from CLDR and the gazetteer lists.
    static let shared = PlaceDirectory(analyzer: Analyzer())

    /// Common names that CLDR writes otherwise, mapped to CLDR's name.
    static let aliases: [String: String] = [
        "أمريكا": "الولايات المتحدة", "أميركا": "الولايات المتحدة",
        "الولايات المتحدة الأمريكية": "الولايات المتحدة", "الولايات المتحدة الأميركية": "الولايات المتحدة",
        "بريطانيا": "المملكة المتحدة", "روسيا الاتحادية": "روسيا", "سورية": "سوريا",
        "هونج كونج": "هونغ كونغ", "كيف": "كييف", "أبو ظبي": "أبوظبي", "بيونغيانغ": "بيونغ يانغ",
        "كانبيرا": "كانبرا", "اسطنبول": "إسطنبول", "أفريقيا": "إفريقيا", "انكلترا": "إنجلترا",
    ]

    init(analyzer: Analyzer) {
        let cldr = Gazetteer.cldrRegionNames()
        var countries = cldr.filter(\.isCountry).map(\.name)
        var others = cldr.filter { !$0.isCountry }.map(\.name)
        countries += Gazetteer.extraCountries
        others += Gazetteer.extraRegions + Gazetteer.capitals + Gazetteer.cities

        var keyOwners: [String: Set<Place>] = [:]
        func add(_ name: String) {
            let canonicalName = Self.aliases[name] ?? name
            let canonical = NameForm(canonicalName, analyzer: analyzer)
            let form = NameForm(name, analyzer: analyzer)
            guard !form.words.isEmpty, !canonical.words.isEmpty else { return }
            let place = Place(name: canonicalName, key: canonical.bare)
            if byBare[form.bare] == nil { byBare[form.bare] = place }
            keyOwners[form.key, default: []].insert(place)
        }
        for name in countries + others { add(name) }
        for (key, owners) in keyOwners where owners.count == 1 { byNameKey[key] = owners.first! }

        // Demonyms by the gazetteer's nisba rule; a form two countries share, or that is the
        // country's own name (مالي), links to none.
        var owners: [UInt64: Set<Place>] = [:]
        for name in countries {
            let form = NameForm(name, analyzer: analyzer)
            guard let place = byBare[form.bare] else { continue }
            let own = WordForm(form.words[0]).stem
            for d in Self.demonyms(of: form) {
                let h = WordForm(d).stem
                if h != own { owners[h, default: []].insert(place) }
            }
        }
        for (h, places) in owners where places.count == 1 { demonyms[h] = places.first! }
    }

    /// The nisba demonyms of a country name (as a `NameForm`, so the article is already off
    /// and a name that begins with ال, `ألمانيا`, keeps it): a final يا, ا or ه (and a ي before
    /// it) gives way to ي, then the feminine, the plurals and the article: `روسيا` → `روسي`,
    /// `روسيه`, `الروسي`, `الروسيون` …; `صين` → `صيني`. Names of two words or more give none
    /// (`أمريكي` comes from the alias `أمريكا`).
    static func demonyms(of form: NameForm) -> [String] {
        guard let first = form.words.first else { return [] }
        if form.words.count > 1 { return [] }
        guard let d = Gazetteer.nisba(of: first.unicodeScalars.map(\.value)) else { return [] }
        return [d, d + "ه", d + "ون", d + "ين", "ال" + d, "ال" + d + "ه", "ال" + d + "ون", "ال" + d + "ين"]
    }

    /// The place a name (as a `NameForm`) names, by its bare form, else by a name key only
    /// one place has.
    func place(_ form: NameForm) -> Place? {
        byBare[form.bare] ?? byNameKey[form.key]
    }
}
