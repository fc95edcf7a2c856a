import Foundation

extension Gazetteer {
    /// The built-in gazetteer: Arabic country and region names from CLDR (Foundation's
    /// `Locale`), a few common names CLDR spells otherwise, demonyms derived from the country
    /// names, capitals and large cities, and trigger words. Built when a model is trained and
    /// saved with it.
    /// The Arabic names CLDR (through `Locale`) gives the ISO regions, in ISO order, without a
    /// parenthesised qualifier: a country, or a grouping (numeric UN M.49 codes, QO, EU, EZ, UN).
    static func cldrRegionNames() -> [(name: String, isCountry: Bool)] {
        let arabic = Locale(identifier: "ar")
        var names: [(name: String, isCountry: Bool)] = []
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard var name = arabic.localizedString(forRegionCode: code) else { continue }
            if let paren = name.firstIndex(of: "(") { name = String(name[..<paren]) }
            name = name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, name != code else { continue }
            names.append((name, !(code.allSatisfy(\.isNumber) || ["QO", "EU", "EZ", "UN"].contains(code))))
        }
        return names
    }

    public static func builtin() -> Gazetteer {
        var entries: [Entry] = []
        var countryNames: [String] = []
        for (name, isCountry) in cldrRegionNames() {
            if isCountry {
                entries.append(Entry(category: .country, words: [name]))
                countryNames.append(name)
            } else {
                entries.append(Entry(category: .region, words: [name]))
            }
        }
        for name in extraCountries {
            entries.append(Entry(category: .country, words: [name]))
            countryNames.append(name)
        }
        for name in extraRegions { entries.append(Entry(category: .region, words: [name])) }
        for name in countryNames.sorted() {
            for d in demonyms(of: name) { entries.append(Entry(category: .demonym, words: [d])) }
        }
        for d in irregularDemonyms {
            for form in demonymForms(d) { entries.append(Entry(category: .demonym, words: [form])) }
        }
        for c in capitals { entries.append(Entry(category: .capital, words: [c])) }
        for c in cities { entries.append(Entry(category: .city, words: [c])) }
        for w in personTitles { entries.append(Entry(category: .personTitle, words: [w])) }
        for w in organizationTriggers { entries.append(Entry(category: .organizationTrigger, words: [w])) }
        for w in locationTriggers { entries.append(Entry(category: .locationTrigger, words: [w])) }
        for w in speechVerbs { entries.append(Entry(category: .speechVerb, words: [w])) }
        return Gazetteer(entries: entries)
    }

    /// Demonyms derived from a country name: `الصين` → `الصيني`, `الصينية`, `صيني`, …;
    /// `روسيا` → `الروسي`; `فرنسا` → `الفرنسي`; `السعودية` → `السعودي`. Multi-word names
    /// give a demonym only when their second word is an adjective (`كوريا الجنوبية` → `الكوري`).
    static func demonyms(of country: String) -> [String] {
        let words = country.split(separator: " ").map { fold(String($0)) }
        guard let first = words.first else { return [] }
        if words.count > 1 {
            guard words[1].hasPrefix("ال"), !first.hasPrefix("ال") else { return [] }
        }
        var base = Array(first.unicodeScalars.map(\.value))
        if base.count > 4, base[0] == WordForm.alef, base[1] == WordForm.lam { base.removeFirst(2) }
        return nisba(of: base).map(demonymForms) ?? []
    }

    /// The masculine nisba adjective of a name without its article (scalar values): a final
    /// يا, ا or ه (and a ي before it) or ي gives way to ي — `روسيا` → `روسي`, `صين` → `صيني`;
    /// nil when less than two letters would be left before it.
    static func nisba(of name: [UInt32]) -> String? {
        let ya: UInt32 = 0x64A, ha: UInt32 = 0x647
        var stem = name
        if stem.count > 3, stem.last == WordForm.alef, stem[stem.count - 2] == ya {
            stem.removeLast(2)
        } else if stem.count > 3, stem.last == WordForm.alef || stem.last == ha {
            stem.removeLast()
            if stem.last == ya { stem.removeLast() }
        } else if stem.last == ya {
            stem.removeLast()
        }
        guard stem.count >= 2 else { return nil }
        stem.append(ya)
        return String(String.UnicodeScalarView(stem.compactMap(Unicode.Scalar.init)))
    }

    /// The forms of a demonym (`صيني`): with and without the article, feminine and plurals.
    static func demonymForms(_ d: String) -> [String] {
        let bare = d.hasPrefix("ال") ? String(d.dropFirst(2)) : d
        return [bare, bare + "ة", "ال" + bare, "ال" + bare + "ة", "ال" + bare + "ون", "ال" + bare + "ين"]
    }

    static let extraCountries = [
        "الصين", "أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية",
        "بريطانيا", "إنجلترا", "انكلترا", "فلسطين", "سورية", "إسرائيل", "كوريا الشمالية",
        "كوريا الجنوبية", "الإمارات", "السعودية", "هولندا", "روسيا الاتحادية", "الكونغو",
        "ساحل العاج", "البوسنة", "الهرسك", "تايوان", "هونغ كونغ", "هونج كونج", "التشيك",
    ]

    static let extraRegions = [
        "الشرق الأوسط", "الشرق الاوسط", "الخليج", "الخليج العربي", "المغرب العربي", "أوروبا",
        "آسيا", "إفريقيا", "أفريقيا", "أمريكا اللاتينية", "أميركا اللاتينية", "البلقان",
        "القوقاز", "الضفة الغربية", "قطاع غزة", "الجولان", "سيناء", "كشمير", "الشيشان",
        "دارفور", "كردستان", "شبه الجزيرة الكورية", "أوقيانوسيا", "إسكندنافيا",
    ]

    static let irregularDemonyms = [
        "أمريكي", "أميركي", "بريطاني", "فلسطيني", "إماراتي", "أفغاني", "إنجليزي", "انكليزي",
        "أوروبي", "إفريقي", "أفريقي", "آسيوي", "خليجي", "عربي", "كردي", "يهودي", "سويسري",
        "هولندي", "بلجيكي", "سعودي", "سوفيتي", "سوفياتي", "كوري", "شيشاني", "بوسني",
    ]

    static let capitals = [
        "واشنطن", "موسكو", "بكين", "لندن", "باريس", "برلين", "طوكيو", "القاهرة", "بغداد",
        "دمشق", "بيروت", "عمان", "الرياض", "الدوحة", "أبوظبي", "أبو ظبي", "الكويت", "المنامة",
        "مسقط", "صنعاء", "طهران", "أنقرة", "كابول", "إسلام آباد", "نيودلهي", "روما", "مدريد",
        "لشبونة", "أثينا", "فيينا", "بروكسل", "أمستردام", "ستوكهولم", "أوسلو", "كوبنهاغن",
        "هلسنكي", "وارسو", "براغ", "بودابست", "كييف", "كيف", "مينسك", "الخرطوم", "طرابلس",
        "تونس", "الجزائر", "الرباط", "نواكشوط", "القدس", "أوتاوا", "مكسيكو", "برازيليا",
        "بوينس آيرس", "كانبرا", "كانبيرا", "سيول", "بيونغ يانغ", "بيونغيانغ", "هانوي", "بانكوك",
        "جاكرتا", "مانيلا", "كوالالمبور", "نيروبي", "أديس أبابا", "مقديشو", "جيبوتي", "داكار",
        "أبوجا", "بريتوريا", "دبلن", "برن", "بلغراد", "بوخارست", "صوفيا", "تبليسي", "يريفان",
        "باكو", "طشقند", "دكا", "كاتماندو", "كولومبو", "هافانا", "كاراكاس", "بوغوتا", "ليما",
        "سانتياغو", "تل أبيب", "رام الله", "نيقوسيا", "فاليتا", "زغرب", "ليوبليانا", "سراييفو",
        "تيرانا", "سكوبيي", "ريغا", "تالين", "فيلنيوس", "أستانا", "بشكيك", "دوشنبه",
    ]

    static let cities = [
        "نيويورك", "لوس أنجلوس", "شيكاغو", "جنيف", "إسطنبول", "اسطنبول", "دبي", "الإسكندرية",
        "جدة", "مكة", "المدينة المنورة", "البصرة", "الموصل", "كركوك", "أربيل", "النجف",
        "كربلاء", "الفلوجة", "حلب", "حمص", "حماة", "اللاذقية", "درعا", "إدلب", "غزة", "الخليل",
        "نابلس", "جنين", "بيت لحم", "أريحا", "حيفا", "يافا", "صيدا", "صور", "طرابلس", "بنغازي",
        "مصراتة", "الدار البيضاء", "مراكش", "فاس", "طنجة", "وهران", "قسنطينة", "صفاقس", "عدن",
        "تعز", "الحديدة", "شنغهاي", "هونغ كونغ", "مومباي", "كراتشي", "لاهور", "سان فرانسيسكو",
        "بوسطن", "ميامي", "هيوستن", "تورونتو", "مونتريال", "سيدني", "ملبورن", "ميونيخ",
        "فرانكفورت", "هامبورغ", "ميلانو", "برشلونة", "مرسيليا", "ليون", "مانشستر", "ليفربول",
        "سان بطرسبرغ", "أوديسا", "خاركيف", "دونيتسك", "ماريوبول", "أسوان", "الأقصر", "بورسعيد",
        "السويس", "الإسماعيلية", "المنصورة", "طنطا", "أسيوط", "الدمام", "الطائف", "تبريز",
        "مشهد", "أصفهان", "قندهار", "هرات",
    ]

    static let personTitles = [
        "الرئيس", "رئيس", "الرئيسان", "الوزير", "وزير", "وزيرة", "الوزيرة", "المستشار", "مستشار",
        "الملك", "ملك", "الأمير", "أمير", "الشيخ", "شيخ", "السيد", "السيدة", "الدكتور", "د",
        "النائب", "نائب", "السفير", "سفير", "المتحدث", "الناطق", "متحدث", "الجنرال", "العقيد",
        "اللواء", "العميد", "الأمين", "أمين", "الزعيم", "زعيم", "المبعوث", "مبعوث", "البابا",
        "الإمام", "القس", "الكاتب", "الكاتبة", "الروائي", "الشاعر", "المخرج", "الفنان",
        "الفنانة", "المطرب", "المطربة", "اللاعب", "المدرب", "النجم", "الممثل", "الممثلة",
        "رئيسة", "الرئيسة", "المرشح", "المرشحة", "القاضي", "المحامي", "البروفسور", "الأستاذ",
        "السلطان", "ولي", "العاهل", "المفوض", "المدير", "مدير", "نظيره", "نظيرته",
    ]

    static let organizationTriggers = [
        "وكالة", "شركة", "حركة", "حزب", "منظمة", "جمعية", "مجلس", "جامعة", "اتحاد", "بنك",
        "مؤسسة", "هيئة", "وزارة", "جبهة", "صحيفة", "مجموعة", "لجنة", "نادي", "محكمة", "مصرف",
        "معهد", "مركز", "قناة", "تلفزيون", "إذاعة", "جيش", "مجلة", "برلمان", "الشركة", "الوكالة",
        "الحزب", "المنظمة", "الحركة", "الجبهة", "الاتحاد", "المجلس", "جماعة", "الجماعة",
        "كتائب", "ألوية", "سرايا", "صندوق", "رابطة", "نقابة", "ائتلاف", "تحالف",
    ]

    static let locationTriggers = [
        "مدينة", "المدينة", "عاصمة", "العاصمة", "بلدة", "قرية", "منطقة", "محافظة", "ولاية",
        "إقليم", "جزيرة", "جزر", "نهر", "بحر", "جبل", "جبال", "دولة", "مخيم", "حي", "شارع",
        "ميناء", "مطار", "بلاد", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي",
        "ضواحي", "مقاطعة", "بحيرة", "صحراء", "وادي", "قضاء", "ريف",
    ]

    static let speechVerbs = [
        "قال", "وقال", "قالت", "وقالت", "أكد", "وأكد", "أعلن", "وأعلن", "ذكر", "وذكر", "أوضح",
        "وأوضح", "أضاف", "وأضاف", "صرح", "وصرح", "أشار", "وأشار", "أفاد", "نقل", "ونقل",
        "يقول", "تقول", "اعتبر", "رأى", "دعا", "طالب", "التقى", "استقبل", "بحث",
    ]
}
