import Foundation
import Hummingbird
import Ingest
import NewsModel
import Storage

/// `POST /api/v1/articles`: one page (`text/plain`, `text/html`) or a JSON-lines batch
/// (`application/x-ndjson`, `application/jsonl`) through the same `IngestPipeline` as
/// `khabar ingest`, behind the bearer token.
struct IngestRoute {
    let store: any ArticleStore
    let options: ServerOptions
    /// Cached search answers, dropped once anything is stored.
    let cache: ResponseCache

    /// The body's media types and how each is read.
    enum BodyKind {
        case page(RawPage.Format)
        case jsonLines

        static let mediaTypes: [String: BodyKind] = [
            "text/plain": .page(.text), "text/html": .page(.html), "application/xhtml+xml": .page(.html),
            "application/x-ndjson": .jsonLines, "application/jsonl": .jsonLines, "application/json-lines": .jsonLines,
            "application/jsonlines": .jsonLines,
        ]
    }

    /// What the API answers: the ingest counts and each item's fate.
    struct Response: Encodable {
        var read: Int
        var stored: Int
        var duplicates: Int
        var alreadyPresent: Int
        var failed: Int
        var failures: [String]
        var items: [IngestItem]
        var ids: [String]
    }

    func handle(_ request: Request, context: some RequestContext) async throws -> Hummingbird.Response {
        try BearerToken(expected: options.writeToken).authorize(request)
        let contentType = request.headers[.contentType] ?? ""
        let media = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard let kind = BodyKind.mediaTypes[media] else {
            throw Problem(.unsupportedMediaType,
                          "send text/plain or text/html for one page, application/x-ndjson or application/jsonl for a batch; got \(contentType.isEmpty ? "no Content-Type" : contentType)")
        }
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: options.maximumBodyBytes) } catch let e as any HTTPResponseError
            where e.status == .contentTooLarge {
            throw Problem(.contentTooLarge, "the body is larger than \(options.maximumBodyBytes) bytes: split the batch")
        }
        let bytes = Array(body.readableBytesView)
        guard !bytes.isEmpty else { throw Problem(.badRequest, "the body is empty: send a page or JSON lines") }
        let params = QueryParameters(request)
        func param(_ k: String) -> String? { params.value(k) }

        let source: MemoryRecords
        switch kind {
        case .page(let format):
            var page = RawPage(bytes: bytes, url: param("url"), contentType: contentType, format: format)
            page.sourceHint = param("source")
            source = MemoryRecords(page: page, origin: "body")
            if let s = param("source") { source.override { $0.source = s } }
            if let t = param("title") { source.override { $0.title = t } }
        case .jsonLines:
            source = MemoryRecords(jsonLines: bytes, name: "batch")
            guard source.count <= options.maximumBatchRecords else {
                throw Problem(.contentTooLarge, "the batch has \(source.count) records; the limit is \(options.maximumBatchRecords): split it")
            }
        }
        var pipelineOptions = IngestPipeline.Options()
        pipelineOptions.listsItems = true
        let summary = try await IngestPipeline(store: store, options: pipelineOptions).run(source)
        let items = summary.items ?? []
        if summary.stored > 0 { cache.invalidate() }  // stored counts the duplicates kept too
        context.logger.info("ingested", metadata: ["read": "\(summary.read)", "stored": "\(summary.stored)", "failed": "\(summary.failed)"])
        return try JSONResponse.make(Response(
            read: summary.read, stored: summary.stored, duplicates: summary.duplicates, alreadyPresent: summary.alreadyPresent,
            failed: summary.failed, failures: summary.failures, items: items, ids: items.compactMap(\.id)))
    }
}
