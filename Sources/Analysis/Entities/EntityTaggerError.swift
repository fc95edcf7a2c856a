/// What can go wrong reading training data or a model, and what to do about it.
public enum EntityTaggerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A CoNLL line is not `token TAG` with a known tag; fix or remove the line.
    case badCoNLLLine(line: Int, text: String)
    /// The file is not valid UTF-8; convert it first.
    case notUTF8
    /// The model data is not a Khabar entity model or is truncated; retrain with `khabar train ner`.
    case badModel(reason: String)
    /// The shipped model is missing from the package resources; run `khabar train ner` and rebuild.
    case shippedModelMissing
    /// There is nothing to train on; give a CoNLL file with sentences.
    case noTrainingData

    public var description: String {
        switch self {
        case let .badCoNLLLine(line, text): return "line \(line): expected 'token TAG', got '\(text)'"
        case .notUTF8: return "the file is not valid UTF-8"
        case let .badModel(reason): return "not a usable entity model (\(reason)); retrain with 'khabar train ner'"
        case .shippedModelMissing: return "the shipped entity model is missing from Analysis's resources"
        case .noTrainingData: return "no sentences to train on"
        }
    }
}
