import Storage

/// What became of one input item, for callers that report item by item (the HTTP API).
public struct IngestItem: Sendable, Codable, Equatable {
    /// The item's fate.
    public enum Outcome: String, Sendable, Codable {
        /// Stored as a new article.
        case stored
        /// Stored as a new article and linked to a duplicate group (`canonicalID`).
        case duplicate
        /// The same article was stored before (`id` is the stored one).
        case alreadyPresent
        /// Not stored (`reason` says why).
        case failed
    }

    /// Where the item came from: `body`, `batch:3`.
    public var origin: String
    public var outcome: Outcome
    /// The article's id (absent when the item failed).
    public var id: String?
    /// The canonical article of the duplicate group, for `duplicate`.
    public var canonicalID: String?
    /// Why the item failed.
    public var reason: String?

    public init(origin: String, outcome: Outcome, id: String? = nil, canonicalID: String? = nil, reason: String? = nil) {
        self.origin = origin
        self.outcome = outcome
        self.id = id
        self.canonicalID = canonicalID
        self.reason = reason
    }

    init(_ o: StoreOutcome, origin: String) {
        switch o {
        case .stored(let id): self.init(origin: origin, outcome: .stored, id: id)
        case .storedDuplicate(let id, let canonical, _): self.init(origin: origin, outcome: .duplicate, id: id, canonicalID: canonical)
        case .alreadyPresent(let id): self.init(origin: origin, outcome: .alreadyPresent, id: id)
        case .failed(let reason): self.init(origin: origin, outcome: .failed, reason: reason)
        }
    }
}
