import Foundation
import Hummingbird

/// An HTTP error as RFC 9457 `application/problem+json`: a status, a short title, and a
/// detail that says what to do.
public struct Problem: Error, Sendable, Encodable {
    public var type = "about:blank"
    public var title: String
    public var status: Int
    public var detail: String

    public init(_ status: HTTPResponse.Status, _ detail: String) {
        self.title = status.reasonPhrase
        self.status = status.code
        self.detail = detail
    }

    /// The problem as a response.
    func response() -> Response {
        let data = (try? JSONEncoder().encode(self)) ?? Data("{}".utf8)
        return Response(
            status: HTTPResponse.Status(code: status), headers: [.contentType: "application/problem+json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
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
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return Problem(.internalServerError, "the server failed to answer; the error is in its log").response()
        }
    }
}
