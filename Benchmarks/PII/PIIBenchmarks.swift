import Benchmark
import BulwarkShield
import Foundation

/// Texts of the DLP development set: `$BULWARK_EVALS` or `../../shared/evals/pii/dev.jsonl` relative to Benchmarks/.
private func devTexts() -> [String] {
    let path = ProcessInfo.processInfo.environment["BULWARK_EVALS"] ?? "../../shared/evals/pii/dev.jsonl"
    guard let data = FileManager.default.contents(atPath: path), let body = String(data: data, encoding: .utf8) else {
        fatalError("cannot read \(path); set BULWARK_EVALS to the dev.jsonl path")
    }
    return body.split(separator: "\n").compactMap { line in
        guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        return obj["text"] as? String
    }
}

/// A ~420-byte support prompt with an e-mail, a phone number, a card and a name.
private let prompt = """
    Please summarize this ticket and draft a reply. Customer: Daniel Whitaker, daniel.whitaker@fastmail.com, \
    phone +1 (312) 555-0147. He says card 4539 1488 0343 6467 was charged twice for order 400303421 on \
    2025-03-14 and asks us to refund to the same card. He also mentioned the shipment to 1187 Lakeview Drive, \
    Evanston, IL 60201 arrived damaged. Keep it friendly and under 120 words, and sign as the support team.
    """

let benchmarks: @Sendable () -> Void = {
    let scanner = PIIScanner()
    let texts = devTexts()
    let totalBytes = texts.reduce(0) { $0 + $1.utf8.count }

    Benchmark(
        "PII scan dev set (bytes)",
        configuration: .init(metrics: [.wallClock, .throughput, .cpuTotal], scalingFactor: .one, maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var n = 0
            for text in texts { n += scanner.scan(text).count }
            blackHole(n)
        }
        benchmark.measurement(.custom("bytes", polarity: .prefersLarger), totalBytes)
    }

    Benchmark(
        "PII scan 420-byte prompt",
        configuration: .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal], scalingFactor: .kilo, maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(scanner.scan(prompt))
        }
    }

    Benchmark(
        "PII scan+pseudonymize 420-byte prompt",
        configuration: .init(metrics: [.wallClock, .cpuTotal], scalingFactor: .kilo, maxDuration: .seconds(5))
    ) { benchmark in
        let redactor = Redactor()
        for _ in benchmark.scaledIterations {
            var table = PseudonymTable()
            blackHole(redactor.scanAndRedact(prompt, scanner: scanner, pseudonyms: &table))
        }
    }

    // Worst cases per byte: long prompts made of one repeated unit, each of which made some rule re-read the whole
    // line or table once (Tests/BulwarkShieldTests/DLPLongInputTests.swift lists them). Throughput here should stay
    // within a small factor of the dev-set figure; a rule that costs the square of the length shows up as a collapse.
    let repeated = [
        "Herr ", "Ab: cd ", "- ", "— Tom ", "born ", "name,dob\n", "12-34-56 ", "(555) ", "a@b.io ", "@Anna ",
        "by Anna ", "Anna Smith ", "John, ", "'a', ", "1 ",
    ].map { String(repeating: $0, count: 200_000 / $0.utf8.count) }
    let repeatedBytes = repeated.reduce(0) { $0 + $1.utf8.count }
    Benchmark(
        "PII scan 200 KB repetitions (bytes)",
        configuration: .init(metrics: [.wallClock, .throughput, .cpuTotal], scalingFactor: .one, maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var n = 0
            for text in repeated { n += scanner.scan(text).count }
            blackHole(n)
        }
        benchmark.measurement(.custom("bytes", polarity: .prefersLarger), repeatedBytes)
    }
}
