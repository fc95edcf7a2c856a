/// A text decoded once into parallel arrays — scalar values, their classes and their UTF-8
/// offsets — so that tokenizing and folding index by scalar without decoding twice.
/// Reused across texts by its owner to avoid allocating per text.
final class DecodedText {
    /// Scalar values.
    var values: [UInt32] = []
    /// Class of each scalar.
    var classes: [ScalarClass] = []
    /// UTF-8 offset of each scalar, plus one final entry: the text's byte length.
    var byteOffsets: [Int] = []

    var count: Int { values.count }

    init() {}

    /// Decodes `text`, replacing the previous contents.
    func load(_ text: String) {
        // Work on locals: appending to a class's stored arrays pays a dynamic exclusivity
        // check per call, which dominated the analyzer's profile.
        var values: [UInt32] = []
        var classes: [ScalarClass] = []
        var byteOffsets: [Int] = []
        swap(&values, &self.values)
        swap(&classes, &self.classes)
        swap(&byteOffsets, &self.byteOffsets)
        values.removeAll(keepingCapacity: true)
        classes.removeAll(keepingCapacity: true)
        byteOffsets.removeAll(keepingCapacity: true)
        defer {
            swap(&values, &self.values)
            swap(&classes, &self.classes)
            swap(&byteOffsets, &self.byteOffsets)
        }
        var text = text
        ScalarClass.withArabicTable { arabicClasses in
        text.withUTF8 { bytes in
            let n = bytes.count
            // Fill through raw pointers: one capacity check per text, not three per scalar.
            values.reserveCapacity(n)
            classes.reserveCapacity(n)
            byteOffsets.reserveCapacity(n + 1)
            var count = 0
            values = [UInt32](unsafeUninitializedCapacity: n) { vBuf, vCount in
                classes = [ScalarClass](unsafeUninitializedCapacity: n) { cBuf, cCount in
                    byteOffsets = [Int](unsafeUninitializedCapacity: n + 1) { oBuf, oCount in
                        var i = 0
                        while i < n {
                            let b0 = UInt32(bytes[i])
                            var v: UInt32
                            var len: Int
                            if b0 < 0x80 {
                                v = b0; len = 1
                            } else if b0 < 0xE0 {
                                v = ((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F); len = 2
                            } else if b0 < 0xF0 {
                                v = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)
                                len = 3
                            } else {
                                v = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                                    | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)
                                len = 4
                            }
                            vBuf[count] = v
                            cBuf[count] = v >= 0x0600 && v <= 0x06FF ? arabicClasses[Int(v - 0x0600)] : ScalarClass.of(v)
                            oBuf[count] = i
                            count += 1
                            i += len
                        }
                        oBuf[count] = n
                        oCount = count + 1
                    }
                    cCount = count
                }
                vCount = count
            }
        }
        }
    }
}
