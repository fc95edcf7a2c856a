/// How the analyzer cut one folded word: how many letters of proclitics and enclitics, whether
/// a ت before an enclitic is the ة of the stem (سياستهما → سياسة + هما), and how many letters
/// of suffix the light stem drops. Small and trivially copyable: it is what the memo stores.
struct WordAnalysis: Hashable, Sendable {
    /// Letters of proclitics at the front of the folded word.
    var proclitic: UInt8 = 0
    /// Index into `Clitics.proclitics`, or -1.
    var procliticIndex: Int8 = -1
    /// Letters of enclitic at the end of the folded word.
    var enclitic: UInt8 = 0
    /// Whether the stem's last letter ت stands for ة (folded ه).
    var restoresTaMarbuta: Bool = false
    /// Letters the light stem drops from the end of the segmented stem.
    var suffix: UInt8 = 0
    /// Whether the word, or the word without its clitics, is a function word.
    var isStopWord = false
}
