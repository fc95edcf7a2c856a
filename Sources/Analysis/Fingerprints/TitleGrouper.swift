/// Groups short texts (teaser titles, headlines) that are the same item: written with a typo,
/// a moved space, tatweel or different punctuation, or repeated.
///
/// Two titles are the same item when their `ShortTextSignature` similarity is at least
/// `threshold`; groups are the connected components of that relation (single link).
public struct TitleGrouper: Sendable {
    /// The similarity at or above which two titles are one item.
    public var threshold: Double

    /// The measured default threshold (`khabar eval duplicates`): one-letter variants of news
    /// titles score ≥ 0.8, different ANS headline pairs on one event mostly < 0.5.
    public static let defaultThreshold = 0.7

    /// A grouper with `threshold`.
    public init(threshold: Double = TitleGrouper.defaultThreshold) {
        self.threshold = threshold
    }

    /// Whether `a` and `b` are the same item.
    public func isSameItem(_ a: String, _ b: String) -> Bool {
        ShortTextSignature(a).similarity(to: ShortTextSignature(b)) >= threshold
    }

    /// The groups of `titles` as lists of indices into it: each group in input order, groups
    /// ordered by their first member. Every title is in exactly one group.
    public func groups(_ titles: [String]) -> [[Int]] {
        let signatures = titles.map(ShortTextSignature.init)
        var parent = Array(titles.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for i in titles.indices {
            for j in titles.indices where j > i && signatures[i].similarity(to: signatures[j]) >= threshold {
                let (a, b) = (root(i), root(j))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var order: [Int: Int] = [:]
        var result: [[Int]] = []
        for i in titles.indices {
            let r = root(i)
            if let g = order[r] { result[g].append(i) } else { order[r] = result.count; result.append([i]) }
        }
        return result
    }

    /// One representative (the first) of each item in `titles` that is not already among `shown`
    /// — for a related list shown under a page that also carries `shown` (its read-also teasers).
    /// - Returns: indices into `titles`, in input order.
    public func distinctItems(_ titles: [String], excluding shown: [String] = []) -> [Int] {
        let all = shown + titles
        return groups(all).compactMap { group in
            guard group.allSatisfy({ $0 >= shown.count }) else { return nil }
            return group[0] - shown.count
        }
    }
}
