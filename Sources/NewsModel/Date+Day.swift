import Foundation

extension Date {
    /// The UTC day as `YYYY-MM-DD`, as result lists and pages show dates.
    public var isoDay: String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate]
        return f.string(from: self)
    }
}
