/// A half-open range `[start, end)` of Unicode scalar offsets into a text,
/// usually `Article.body` (paragraphs joined by a blank line).
///
/// Encoded as `{"start": 10, "end": 17}`.
public struct Span: Codable, Hashable, Sendable, Comparable {
    /// Offset of the first scalar in the span.
    public var start: Int
    /// Offset one past the last scalar in the span.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "Span start \(start) is after its end \(end)")
        self.start = start
        self.end = end
    }

    /// Creates a span from a range of scalar offsets.
    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// The span as a range of scalar offsets.
    public var range: Range<Int> { start..<end }

    /// Number of scalars covered.
    public var length: Int { end - start }

    /// The text the span covers in `scalars` (a text's Unicode scalars, `Array(text.unicodeScalars)`).
    public func text(in scalars: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
