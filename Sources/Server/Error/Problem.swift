import Foundation
import Hummingbird

/// An HTTP error as RFC 9457 `application/problem+json`: a status, a short title, and a
/// detail that says what to do.
public struct Problem: Error, Sendable, Encodable {
    public var type = "about:blank"
    public var title: String
    public var status: Int
    public var detail: String
    /// The `WWW-Authenticate` challenge of a 401.
    var challenge: String?

    enum CodingKeys: String, CodingKey { case type, title, status, detail }

    public init(_ status: HTTPResponse.Status, _ detail: String) {
        self.title = status.reasonPhrase
        self.status = status.code
        self.detail = detail
    }

    /// The problem with a `WWW-Authenticate` challenge (for a 401).
    func with(challenge: String) -> Problem {
        var p = self
        p.challenge = challenge
        return p
    }

    /// The problem as a response.
    func response() -> Response {
        let data = (try? JSONEncoder().encode(self)) ?? Data("{}".utf8)
        var fields: HTTPFields = [.contentType: "application/problem+json"]
        if let challenge { fields[.wwwAuthenticate] = challenge }
        return Response(status: HTTPResponse.Status(code: status), headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Turns every error a route throws into a problem response, and logs server faults.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let p as Problem {
            return p.response()
        } catch let e as HTTPError {
            return Problem(e.status, e.body ?? e.status.reasonPhrase).response()
        } catch let e as any HTTPResponseError {
            // Includes the 413 of a body read beyond its limit.
            let detail = e.status == .contentTooLarge ? "the request body is beyond the server's limit" : e.status.reasonPhrase
            return Problem(e.status, detail).response()
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return Problem(.internalServerError, "the server failed to answer; the error is in its log").response()
        }
    }
}

/// Refuses a request whose declared body is beyond `maximumBytes` (413) before any route reads
/// it; routes that read bodies also collect them with that limit, for bodies sent without a length.
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let maximumBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maximumBytes {
            throw Problem(.contentTooLarge, "the request body is \(length) bytes; the limit is \(maximumBytes)")
        }
        return try await next(request, context)
    }
}
