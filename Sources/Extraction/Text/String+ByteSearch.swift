extension String {
    /// Whether `needle` occurs in the string, compared byte for byte on UTF-8 (no locale,
    /// no Foundation bridging: hot paths call this for every element).
    func containsBytes(_ needle: String) -> Bool {
        var hay = self
        var ndl = needle
        return hay.withUTF8 { h in
            ndl.withUTF8 { n in
                guard n.count > 0 else { return true }
                guard h.count >= n.count else { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
