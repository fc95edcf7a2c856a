import Foundation
import Hummingbird

/// Checks `Authorization: Bearer TOKEN` against the configured write token.
struct BearerToken {
    let expected: String?

    /// - Throws: `Problem` 403 when writes are off (no token configured), 401 when the header
    ///   is missing or carries another token.
    func authorize(_ request: Request) throws {
        guard let expected else {
            throw Problem(.forbidden, "writes are off: start the server with $KHABAR_TOKEN set or with --token-file to allow them")
        }
        guard let header = request.headers[.authorization] else {
            throw Problem(.unauthorized, "send Authorization: Bearer TOKEN to write").with(challenge: "Bearer")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
              BearerToken.equal(Array(parts[1].trimmingCharacters(in: .whitespaces).utf8), Array(expected.utf8))
        else {
            throw Problem(.unauthorized, "the bearer token is not the server's write token")
                .with(challenge: "Bearer error=\"invalid_token\"")
        }
    }

    /// Compares in time that depends only on the lengths, not on where the bytes differ.
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var diff = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<max(a.count, b.count) {
            diff |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0)
        }
        return diff == 0
    }
}
