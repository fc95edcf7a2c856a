import Foundation

/// A character encoding a page can come in, as Khabar understands it.
enum Charset: Hashable, Sendable {
    case utf8
    case utf16LE
    case utf16BE
    case windows1256
    case iso8859_6
    case windows1252
    /// Any other label: handed to libxml2 (iconv) by name.
    case other(String)

    /// Maps an encoding label (`charset=` value) to a charset; labels follow the WHATWG
    /// encoding standard's common aliases.
    init(label raw: String) {
        let label = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
            self = .utf8
        case "utf-16le", "utf-16", "unicode", "ucs-2":
            self = .utf16LE
        case "utf-16be":
            self = .utf16BE
        case "windows-1256", "cp1256", "x-cp1256", "win-1256", "windows1256":
            self = .windows1256
        case "iso-8859-6", "iso8859-6", "iso_8859-6", "arabic", "asmo-708", "ecma-114", "iso-ir-127",
             "csisolatinarabic", "iso_8859-6:1987", "iso88596", "iso-8859-6-i", "iso-8859-6-e":
            self = .iso8859_6
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "windows-1252", "cp1252", "us-ascii", "ascii",
             "iso_8859-1", "iso88591", "cp819", "ibm819", "x-cp1252", "iso-8859-15", "iso8859-15", "latin-1":
            self = .windows1252
        default:
            self = .other(label)
        }
    }

    /// The name reported in warnings and given to libxml2.
    var name: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .windows1256: return "windows-1256"
        case .iso8859_6: return "ISO-8859-6"
        case .windows1252: return "windows-1252"
        case .other(let n): return n
        }
    }
}
