/// An in-memory MinHash LSH index for batch duplicate detection.
///
/// Each added fingerprint is filed under its exact fingerprint and under one key per LSH band
/// (`MinHashSignature.bandKeys`). A query's candidates are the documents sharing its exact
/// fingerprint or at least one band key; a candidate is a match when it has the same exact
/// fingerprint or an estimated Jaccard similarity ≥ `parameters.threshold`, so banding only
/// narrows the search and never decides alone.
///
/// Memory per document: the signature (4 bytes per hash) plus, per band, one chain entry
/// (8 bytes) and at most one dictionary slot; band chains are singly linked lists in flat
/// arrays, not one array per bucket.
public struct NearDuplicateIndex: Sendable {
    /// A document found similar to a query.
    public struct Match: Hashable, Sendable {
        /// The document's number: the order in which it was added, from 0.
        public var document: Int
        /// Estimated Jaccard similarity (1 for exact duplicates).
        public var similarity: Double
        /// Whether the two texts have the same exact fingerprint.
        public var isExact: Bool

        /// A match from its parts.
        public init(document: Int, similarity: Double, isExact: Bool) {
            self.document = document
            self.similarity = similarity
            self.isExact = isExact
        }
    }

    /// The parameters every added fingerprint must have been computed under.
    public let parameters: FingerprintParameters
    private var signatures: [UInt32] = []
    private var exact: [UInt64: Int32] = [:]
    private var heads: [UInt64: Int32] = [:]
    private var chainDocument: [Int32] = []
    private var chainNext: [Int32] = []
    /// Documents added.
    public private(set) var count = 0

    /// An empty index; `expectedCount` reserves room.
    public init(parameters: FingerprintParameters = .default, expectedCount: Int = 0) {
        self.parameters = parameters
        if expectedCount > 0 {
            signatures.reserveCapacity(expectedCount * parameters.hashCount)
            exact.reserveCapacity(expectedCount)
            heads.reserveCapacity(expectedCount * parameters.bandCount)
            chainDocument.reserveCapacity(expectedCount * parameters.bandCount)
            chainNext.reserveCapacity(expectedCount * parameters.bandCount)
        }
    }

    /// The documents already added that duplicate `fingerprint`, most similar first.
    public func matches(for fingerprint: Fingerprint) -> [Match] {
        matches(for: fingerprint, keys: fingerprint.minHash.bandKeys(bands: parameters.bandCount))
    }

    /// Adds `fingerprint` as the next document and returns its number.
    @discardableResult
    public mutating func insert(_ fingerprint: Fingerprint) -> Int {
        insert(fingerprint, keys: fingerprint.minHash.bandKeys(bands: parameters.bandCount))
    }

    /// Finds the duplicates of `fingerprint` among the documents added so far, then adds it.
    /// - Returns: its document number and its matches, most similar first.
    public mutating func add(_ fingerprint: Fingerprint) -> (document: Int, matches: [Match]) {
        let keys = fingerprint.minHash.bandKeys(bands: parameters.bandCount)
        let found = matches(for: fingerprint, keys: keys)
        return (insert(fingerprint, keys: keys), found)
    }

    /// The signature of document `document`.
    public func signature(of document: Int) -> MinHashSignature {
        let k = parameters.hashCount
        return MinHashSignature(values: Array(signatures[(document * k)..<((document + 1) * k)]))
    }

    private func matches(for fingerprint: Fingerprint, keys: [UInt64]) -> [Match] {
        var candidates: [Int32] = []
        let exactDocument = exact[fingerprint.exact.value]
        if let d = exactDocument { candidates.append(d) }
        for key in keys {
            var e = heads[key] ?? -1
            while e >= 0 {
                candidates.append(chainDocument[Int(e)])
                e = chainNext[Int(e)]
            }
        }
        guard !candidates.isEmpty else { return [] }
        candidates.sort()
        var result: [Match] = []
        let k = parameters.hashCount
        let query = fingerprint.minHash.values
        var previous: Int32 = -1
        signatures.withUnsafeBufferPointer { sigs in
            for c in candidates where c != previous {
                previous = c
                let base = Int(c) * k
                var equal = 0
                for i in 0..<k where sigs[base + i] == query[i] { equal += 1 }
                let similarity = Double(equal) / Double(k)
                if c == exactDocument {
                    result.append(Match(document: Int(c), similarity: 1, isExact: true))
                } else if similarity >= parameters.threshold {
                    result.append(Match(document: Int(c), similarity: similarity, isExact: false))
                }
            }
        }
        result.sort { ($0.similarity, -$0.document) > ($1.similarity, -$1.document) }
        return result
    }

    private mutating func insert(_ fingerprint: Fingerprint, keys: [UInt64]) -> Int {
        precondition(fingerprint.minHash.values.count == parameters.hashCount, "fingerprint computed under other parameters")
        let document = Int32(count)
        signatures.append(contentsOf: fingerprint.minHash.values)
        if exact[fingerprint.exact.value] == nil { exact[fingerprint.exact.value] = document }
        for key in keys {
            let entry = Int32(chainDocument.count)
            chainDocument.append(document)
            chainNext.append(heads[key] ?? -1)
            heads[key] = entry
        }
        count += 1
        return Int(document)
    }
}
