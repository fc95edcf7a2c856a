/// Guesses a language from the script of a text: enough to tell Arabic pages from others
/// when the markup says nothing.
enum LanguageGuess {
    /// `ar` when Arabic letters make up at least 30% of the letters of `text`'s first 2,000
    /// scalars; `nil` otherwise (a Latin-script page could be any of dozens of languages).
    static func guess(_ text: String) -> String? {
        var arabic = 0, letters = 0
        for s in text.unicodeScalars.prefix(2000) where s.isAlphabeticFast {
            letters += 1
            if (0x0600...0x06FF).contains(s.value) || (0x0750...0x077F).contains(s.value) { arabic += 1 }
        }
        guard letters > 0 else { return nil }
        return arabic * 10 >= letters * 3 ? "ar" : nil
    }
}
