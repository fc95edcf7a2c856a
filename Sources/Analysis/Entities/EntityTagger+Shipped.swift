import Foundation

extension EntityTagger {
    /// Name of the model file among Analysis's resources.
    static let shippedResourceName = "entity-tagger"
    static let shippedResourceExtension = "kner"

    private static let _shipped: Result<EntityTagger, EntityTaggerError> = {
        guard let url = Bundle.module.url(forResource: shippedResourceName, withExtension: shippedResourceExtension),
              let data = try? Data(contentsOf: url)
        else { return .failure(.shippedModelMissing) }
        return Result { () throws(EntityTaggerError) in try EntityTagger(serialized: data) }
    }()

    /// The model shipped with Khabar (trained by `khabar train ner` on the first 90% of
    /// ANERcorp's training part), loaded on first use and shared afterwards.
    /// - Throws: `EntityTaggerError.shippedModelMissing` or `.badModel` when the resource is
    ///   absent or unreadable.
    public static func shipped() throws(EntityTaggerError) -> EntityTagger {
        try _shipped.get()
    }
}
