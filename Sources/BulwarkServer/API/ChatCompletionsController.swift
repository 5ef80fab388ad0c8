import AsyncHTTPClient
import BulwarkCore
import BulwarkShield
import BulwarkStore
import Hummingbird
import HTTPTypes
import Logging
import NIOCore
import NIOHTTP1

/// `POST /v1/chat/completions`: authorize, rate-limit, record, forward, record again, answer.
///
/// Two audit events per request: `chat.request` (who, which model) is written to the store while the prompt is
/// inspected and before the provider is called (if it cannot be written the provider is never called), and
/// `chat.completion` (what inspection found and did, the outcome, tokens) is durable on disk before the answer
/// completes (for streams, before the final `data: [DONE]`); a prompt refused by inspection is recorded as a
/// denied completion. Syncing the completion makes the request event durable too, so each request waits for
/// one disk sync, not two.
struct ChatCompletionsController {
    let policy: Policy
    let providers: ProviderRegistry
    let audit: AuditWriter
    let rateLimiter: RateLimiter
    let metrics: GatewayMetrics
    let clock: any WallClock
    let inspector = PromptInspector()
    let links: LinkInspector
    let redactors: RoleRedactors
    let workers: InspectionThreads

    func handle(_ request: Request, context: AuthenticatedContext) async throws -> Response {
        let principal = context.principal
        let role = policy.roles[principal.role]
        let body = try await RequestBodyLimit.collect(request, limit: policy.limits.maxRequestBytes)
        let chat = try ChatRequest.parse(body)
        let labels = ChatLabels(model: chat.model, stream: chat.stream)
        let (modelPolicy, provider) = try policy.decideChat(role: principal.role, model: chat.model).get()
        try rateLimiter.check(principal.userID, perMinute: role?.requestsPerMinute, now: clock.now())
        guard let client = providers.client(for: provider.id) else { throw GatewayError.unknownModel(chat.model) }

        let injectionPolicy = policy.injectionPolicy(for: principal.role)
        var record = AuditDraft(
            time: clock.now(),
            actor: principal.auditActor,
            action: "chat.request",
            target: modelPolicy.id,
            outcome: .started,
            status: 0,
            requestID: context.requestID,
            details: ["provider": provider.id, "stream": String(chat.stream)]
        )
        // The prompt is inspected on an inspection thread while the request event is written; what inspection
        // found goes into the completion event, which is the one that decides and is synced.
        let (inspector, messages, redactor) = (inspector, chat.messages, redactors.prompt(for: principal.role))
        let inspecting = workers.start {
            inspector.inspect(messages, redactor: redactor, injection: injectionPolicy)
        }
        try await audit.appendOrRefuse(record, synced: false)
        let inspection = try await inspecting.value()
        record.action = "chat.completion"
        record.details = Self.details(inspection, provider: provider.id, stream: chat.stream)
        metrics.recordInspection(inspection, user: principal.userName)
        if let refusal = Self.refusal(inspection, injection: injectionPolicy) {
            record.outcome = .denied
            record.status = 400
            try await complete(&record, context: context, chat: labels)
            throw AuditedError(underlying: refusal)
        }
        let upstreamBody = chat.upstreamBody(
            upstreamModel: modelPolicy.upstreamModel,
            replacements: inspection.replacements
        )
        var filter = AnswerFilter(
            table: inspection.pseudonyms,
            links: links,
            redactor: redactors.answer(for: principal.role)
        )

        let upstreamStart = ContinuousClock.now
        /// Records a provider call that gave no usable answer; returns the error to throw.
        func upstreamFailure(_ error: GatewayError, status: Int) async throws -> AuditedError {
            metrics.recordUpstream(provider: provider.id, status: status, duration: .now - upstreamStart)
            return try await fail(error, record: record, context: context, chat: labels)
        }
        if chat.stream {
            let response: HTTPClientResponse
            do {
                response = try await client.openStream(body: upstreamBody, logger: context.logger)
            } catch {
                throw try await upstreamFailure(error, status: 0)
            }
            guard response.status == .ok else {
                let status = Int(response.status.code)
                let detail = await UpstreamErrorSummary.read(response)
                throw try await upstreamFailure(.upstreamFailed(status: status, message: detail), status: status)
            }
            return streamResponse(
                response,
                record: record,
                context: context,
                chat: labels,
                provider: provider.id,
                upstreamStart: upstreamStart,
                filter: filter
            )
        }
        let answer: ProviderClient.Answer
        do {
            answer = try await client.complete(body: upstreamBody, logger: context.logger)
        } catch {
            throw try await upstreamFailure(error, status: 0)
        }
        guard answer.status == 200 else {
            let detail = UpstreamErrorSummary.summarize(answer.body)
            throw try await upstreamFailure(
                .upstreamFailed(status: answer.status, message: detail),
                status: answer.status
            )
        }
        metrics.recordUpstream(provider: provider.id, status: 200, duration: .now - upstreamStart)
        guard let (filtered, usage) = filter.filterCompletion(Array(answer.body.readableBytesView)) else {
            throw try await fail(
                .upstreamFailed(status: 200, message: "the provider's answer is not a JSON object"),
                record: record,
                context: context,
                chat: labels
            )
        }
        Self.recordAnswerInspection(filter, into: &record)
        metrics.recordAnswerInspection(filter)
        record.outcome = .success
        record.status = 200
        record.promptTokens = usage.prompt
        record.completionTokens = usage.completion
        try await complete(&record, context: context, chat: labels)
        return Response(
            status: .ok,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: filtered))
        )
    }

    /// Records a failed completion and returns the error to throw (marked as audited).
    private func fail(
        _ error: GatewayError,
        record: AuditDraft,
        context: AuthenticatedContext,
        chat: ChatLabels
    ) async throws -> AuditedError {
        var record = record
        Self.recordFailure(error, into: &record)
        try await complete(&record, context: context, chat: chat)
        return AuditedError(underlying: error)
    }

    private func complete(_ record: inout AuditDraft, context: AuthenticatedContext, chat: ChatLabels) async throws {
        record.time = clock.now()
        record.latencyMicros = (ContinuousClock.now - context.startedAt).microseconds
        metrics.recordChat(model: chat.model, status: record.status, stream: chat.stream)
        metrics.recordTokens(model: chat.model, prompt: record.promptTokens, completion: record.completionTokens)
        try await audit.appendOrRefuse(record)
    }

    private func streamResponse(
        _ upstream: HTTPClientResponse,
        record: AuditDraft,
        context: AuthenticatedContext,
        chat: ChatLabels,
        provider: String,
        upstreamStart: ContinuousClock.Instant,
        filter: AnswerFilter
    ) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
        return Response(
            status: .ok,
            headers: headers,
            body: ResponseBody { writer in
                var relay = SSERelay()
                relay.filter = filter
                var record = record
                var failure: GatewayError?
                do {
                    for try await chunk in upstream.body {
                        let forward = relay.feed(chunk)
                        if !forward.isEmpty { try await writer.write(ByteBuffer(bytes: forward)) }
                    }
                    if !relay.sawDone {
                        failure = .upstreamFailed(status: 200, message: "the provider's stream ended early")
                    }
                } catch {
                    // The upstream failed or the client went away; either way the completion is still recorded.
                    failure = ProviderClient.classify(error)
                }
                metrics.recordUpstream(
                    provider: provider,
                    status: failure == nil ? 200 : 0,
                    duration: .now - upstreamStart
                )
                if let filter = relay.filter {
                    Self.recordAnswerInspection(filter, into: &record)
                    metrics.recordAnswerInspection(filter)
                }
                record.promptTokens = relay.promptTokens
                record.completionTokens = relay.completionTokens
                if let failure {
                    Self.recordFailure(failure, into: &record)
                } else {
                    record.outcome = .success
                    record.status = 200
                }
                do {
                    try await complete(&record, context: context, chat: chat)
                } catch {
                    failure = .storeUnavailable
                }
                if let failure {
                    try await writer.write(ByteBuffer(bytes: SSEErrorEvent.bytes(for: failure)))
                } else {
                    try await writer.write(ByteBuffer(bytes: SSERelay.doneEvent))
                }
                try await writer.finish(nil)
            }
        )
    }
}

/// What metrics and the audit trail need to know of a chat request (Sendable, unlike the JSON body).
struct ChatLabels: Sendable {
    let model: String
    let stream: Bool
}

extension ChatCompletionsController {
    static func details(_ inspection: PromptInspector.Outcome, provider: String, stream: Bool) -> [String: String] {
        var details = ["provider": provider, "stream": String(stream)]
        if !inspection.findings.isEmpty { details["dlp"] = inspection.findingsSummary }
        details["injection_score"] = Self.threeDecimals(inspection.injectionScore)
        if inspection.injectionFlagged {
            details["injection_flagged"] = "true"
            details["injection_reasons"] = inspection.injectionReasons.prefix(5).joined(separator: ",")
        }
        if case let .notRun(reason) = inspection.injectionStatus { details["injection_check"] = "not run: \(reason)" }
        return details
    }

    /// `0.123` for a score in 0…1 (what `String(format: "%.3f")` writes, without Foundation's formatter).
    static func threeDecimals(_ value: Double) -> String {
        let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// Marks a completion record as failed with the status and code the client is answered with.
    static func recordFailure(_ error: GatewayError, into record: inout AuditDraft) {
        let mapped = ErrorMapper.map(error)
        record.outcome = .failure
        record.status = Int(mapped.status.code)
        record.details["error"] = mapped.code ?? "error"
    }

    static func recordAnswerInspection(_ filter: AnswerFilter, into record: inout AuditDraft) {
        let summary = filter.findingsSummary
        if !summary.isEmpty { record.details["answer_findings"] = summary }
        let data = filter.dataFindingsSummary
        if !data.isEmpty { record.details["answer_dlp"] = data }
        if let reason = filter.notRun { record.details["answer_check"] = "not run: \(reason)" }
    }

    /// The error that refuses the request under the policy, if any.
    static func refusal(_ inspection: PromptInspector.Outcome, injection: InjectionPolicy) -> GatewayError? {
        if !inspection.blockedTypes.isEmpty {
            return .sensitiveDataBlocked(types: inspection.blockedTypes.map(\.rawValue).sorted())
        }
        if inspection.injectionFlagged && injection.action == .block { return .injectionSuspected }
        return nil
    }
}

/// An error reported inside an already-started event stream, in the shape OpenAI's SDKs raise.
enum SSEErrorEvent {
    static func bytes(for error: GatewayError) -> [UInt8] {
        let mapped = ErrorMapper.map(error)
        let (message, type, code) = (mapped.message, mapped.type, mapped.code ?? "error")
        let object =
            #"{"error": {"message": "# + JSONString.quoted(message) + #", "type": "# + JSONString.quoted(type)
            + #", "code": "# + JSONString.quoted(code) + "}}"
        return Array("data: \(object)\n\n".utf8)
    }
}

/// A safe summary of an upstream error: the provider's error `type`/`code` only, never its message
/// (provider messages can echo parts of the credential).
enum UpstreamErrorSummary {
    static func read(_ response: HTTPClientResponse) async -> String {
        guard let body = try? await response.body.collect(upTo: 64 * 1024) else { return "no details" }
        return summarize(body)
    }

    /// The safe summary of an error body already read.
    static func summarize(_ body: ByteBuffer) -> String {
        guard let error = (try? JSONDocument(parsing: Array(body.readableBytesView)))?.root["error"] else {
            return "no details"
        }
        return [error["type"]?.string, error["code"]?.string].compactMap { $0 }.filter(Self.isSafeToken).joined(
            separator: "/"
        ).nonEmpty
            ?? "no details"
    }

    static func isSafeToken(_ s: String) -> Bool {
        s.count <= 64
            && s.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0 == "_" || $0 == "-" || ("0"..."9").contains($0)
            }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
